import { largest } from '../lists/largest.js';
import type { JsonValue } from '../criteria/outcome.js';
import { Decimal, decimalString } from '../decimal.js';
import { limitFieldsOf, writtenLimit } from '../parse/writtenLimits.js';
import { kindNamed } from '../kinds/registry.js';
import type { ReportProfile } from './reportInputs.js';

type Json = Readonly<Record<string, JsonValue>>;

/** Significant digits of a sigma, a sigma needed and a mean shift in a report. */
export const SPREAD_DIGITS = 3;

/**
 * How a report writes the figures of one measured characteristic, by the precision of its drawing:
 * the limits with the decimals the profile writes them with (`6.000`, not `6`), measured figures
 * (smallest, largest, mean, worst value) with one decimal more.
 */
export interface MeasurementFigures {
  /** Decimals of the limits as written in the profile (the most any limit field is written with). */
  readonly limitPlaces: number;
  /** Decimals of measured figures: the limits' decimals plus one; null without limits to go by. */
  readonly measuredPlaces: number | null;
  /** A limit (canonical decimal text) written with the profile's decimals: `'6'` → `'6.000'`. */
  limit(text: string): string;
  /**
   * A measured value (canonical decimal text) at `measuredPlaces` decimals; written exactly instead
   * when rounding would put it on a limit it is not on, so a value outside never reads as on the
   * limit, or without limits to go by.
   */
  measured(text: string): string;
}

const DECIMAL = /^[+-]?\d+(?:\.(\d+))?$/;
const decimalsOf = (text: string | undefined): number => (text === undefined ? 0 : (DECIMAL.exec(text)?.[1]?.length ?? 0));
const text = (value: JsonValue | undefined): string | undefined => (typeof value === 'string' && DECIMAL.test(value) ? value : undefined);

/**
 * Returns the criteria of a report profile measured against a drawing's limits (their kind has a
 * `drawing` part: measurements) by id, empty without a profile: the parsed profile's criteria, whose
 * limits `writtenLimit` reads as written, or the profile JSON's.
 *
 * @example
 * measurementCriteriaOf(profile).has('throat-d')
 * //=> true
 */
export function measurementCriteriaOf(profile: ReportProfile | undefined): ReadonlyMap<string, object> {
  const criteria = new Map<string, object>();
  for (const category of profile?.categories ?? []) {
    for (const criterion of category.criteria ?? []) {
      if (kindNamed(criterion)?.drawing !== undefined) criteria.set(criterion.id, criterion);
    }
  }
  return criteria;
}

/**
 * Returns how a report writes a measured characteristic's figures: limits with the decimals the
 * profile's criterion writes them with (else those of the evaluation's limits), measured figures with
 * one decimal more. A limit is never written with fewer decimals than its exact value has.
 *
 * @example
 * measurementFigures({ lsl: '5.97', usl: '6.03', nominal: '6' }, { kind: 'measurement', nominal: '6.000', tolerance: '0.03' }).limit('6')
 * //=> '6.000'
 */
export function measurementFigures(required: Json, criterion?: object): MeasurementFigures {
  const lsl = text(required.lsl);
  const usl = text(required.usl);
  const written = (criterion ? limitFieldsOf(criterion).map((field) => writtenLimit(criterion, field)) : [lsl, usl, text(required.nominal)]).filter(
    (x): x is string => x !== undefined,
  );
  const limitPlaces = largest([0, ...written.map(decimalsOf), decimalsOf(lsl), decimalsOf(usl)]);
  const measuredPlaces = lsl === undefined && usl === undefined ? null : limitPlaces + 1;
  const limits = [lsl, usl].filter((x): x is string => x !== undefined).map((x) => new Decimal(x));
  return {
    limitPlaces,
    measuredPlaces,
    limit: (value) => (DECIMAL.test(value) ? new Decimal(value).toFixed(Math.max(limitPlaces, decimalsOf(value))) : value),
    measured: (value) => {
      if (measuredPlaces === null || !DECIMAL.test(value)) return value;
      const exact = new Decimal(value);
      const rounded = exact.toDecimalPlaces(measuredPlaces);
      return limits.some((l) => rounded.eq(l) && !exact.eq(l)) ? decimalString(exact) : rounded.toFixed(measuredPlaces);
    },
  };
}

/**
 * Returns a decimal text at `digits` significant digits (a sigma, a mean shift); other text unchanged.
 *
 * @example
 * significant('-0.000164179')
 * //=> '-0.000164'
 */
export function significant(value: string, digits = SPREAD_DIGITS): string {
  return DECIMAL.test(value) ? decimalString(new Decimal(value).toSignificantDigits(digits)) : value;
}

/** The parameters of a measurement's explanation that are limits, measured values, or spreads. */
const LIMIT_PARAMS = ['lsl', 'usl'] as const;
const MEASURED_PARAMS = ['min', 'max', 'worst'] as const;
const SPREAD_PARAMS = ['sigma', 'sigmaNeeded', 'meanShift'] as const;

/**
 * Returns the parameters of a measurement's explanation with its figures written for a report: limits
 * as the profile writes them, measured values at the drawing's precision plus one decimal, sigma and
 * mean shift at 3 significant digits. The evaluation's own parameters are not changed.
 *
 * @example
 * reportMeasurementParams({ usl: '6', max: '5.9871', sigma: '0.00158396' }, measurementFigures({ usl: '6' }, { kind: 'measurement', usl: '6.000' }))
 * //=> { usl: '6.000', max: '5.9871', sigma: '0.00158' }
 */
export function reportMeasurementParams(params: Readonly<Record<string, string>>, figures: MeasurementFigures): Record<string, string> {
  const out: Record<string, string> = { ...params };
  for (const key of LIMIT_PARAMS) if (params[key]) out[key] = figures.limit(params[key]);
  for (const key of MEASURED_PARAMS) if (params[key]) out[key] = figures.measured(params[key]);
  for (const key of SPREAD_PARAMS) if (params[key]) out[key] = significant(params[key]);
  return out;
}
