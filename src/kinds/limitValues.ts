import type { CriterionStatus } from '../criteria/outcome.js';
import { Decimal, decimalString } from '../decimal.js';
import { largest } from '../lists/largest.js';

/** Values at a limit, one step inside it (still on its good side) and one step outside it. */
export interface LimitValues {
  /** The limit itself, as canonical decimal text. */
  readonly at: string;
  readonly inside: string;
  readonly outside: string;
}

/** One limit of a criterion as a boundary case names it, with the values at and around it. */
export interface BoundaryLimit {
  /** Which limit: `lsl`/`usl` of a measurement; `limit`, `target` or `band` (with `band` its index) of a metric. */
  readonly limit: 'lsl' | 'usl' | 'limit' | 'target' | 'band';
  readonly band?: number;
  readonly values: LimitValues;
}

/**
 * What `/testing` reads of a kind decided against limits (`limitValues`, `resolutionStep`,
 * `boundaryCases`), for criteria `C` whose limit values are `V`.
 */
export interface LimitsPart<C, V extends { readonly step: string; readonly unit: string }> {
  /** One resolution step: the criterion's `resolution`, else one unit in the last decimal place of its limits. */
  step(criterion: C): string;
  /** The values at, just inside and just outside each limit, `step` apart. */
  values(criterion: C, step: Decimal): V;
  /** The limits of those values, in the order boundary cases list them. */
  limits(values: V): BoundaryLimit[];
  /** The fields of an entry that gives `value` (besides `criterion`), and the status it must get as the limits are declared. */
  caseAt(criterion: C, value: string): { readonly entry: Record<string, unknown>; readonly expected: CriterionStatus };
}

/** Returns the number of decimal places a decimal text is written with. */
function placesOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * Returns one resolution step: `resolution` when given, else one unit in the last decimal place of
 * the numbers a criterion's limits are written with (0.01 for 3.20 ± 0.02; 1 for a limit of 1000).
 *
 * @example
 * resolutionStepOf(undefined, ['3.20', '0.02'])
 * //=> '0.01'
 */
export function resolutionStepOf(resolution: string | undefined, numbers: readonly (string | undefined)[]): string {
  if (resolution !== undefined) return resolution;
  const places = largest([0, ...numbers.filter((n): n is string => n !== undefined).map(placesOf)]);
  return decimalString(new Decimal(10).pow(-places));
}

/**
 * Returns the values at a limit and one step either side; `up` is the direction of the good side.
 *
 * @example
 * aroundLimit(new Decimal('3.22'), new Decimal('0.01'), false)
 * //=> { at: '3.22', inside: '3.21', outside: '3.23' }
 */
export function aroundLimit(limit: Decimal, step: Decimal, up: boolean): LimitValues {
  return {
    at: decimalString(limit),
    inside: decimalString(up ? limit.plus(step) : limit.minus(step)),
    outside: decimalString(up ? limit.minus(step) : limit.plus(step)),
  };
}
