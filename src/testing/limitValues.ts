import type { Criterion } from '../criteria/criterion.js';
import { limitsOf } from '../kinds/measurement/schema.js';
import { Decimal, decimalString, toDecimal } from '../decimal.js';
import { criterionArgument } from '../criteria/criterionArgument.js';
import { createIssue, ValidationError } from '../errors/index.js';
import { defineProfile } from '../parse/parseProfile.js';
import type { CriterionIdOfKind, ProfileShape, TypedProfile } from '../schema/profileShape.js';
import { largest } from '../lists/largest.js';

type MeasurementCriterion = Extract<Criterion, { kind: 'measurement' }>;
type MetricCriterion = Extract<Criterion, { kind: 'metric' }>;

/** Values at a limit, one step inside it (still on its good side) and one step outside it. */
export interface LimitValues {
  /** The limit itself, as canonical decimal text. */
  readonly at: string;
  readonly inside: string;
  readonly outside: string;
}

/** The limit values of a measurement: at its lower and upper specification limits (one may be absent). */
export interface MeasurementLimitValues {
  readonly kind: 'measurement';
  readonly lsl?: LimitValues;
  readonly usl?: LimitValues;
  /** The step used: the criterion's `resolution`, else one unit in the last decimal place of its limits. */
  readonly step: string;
  readonly unit: string;
}

/** The limit values of a metric: at its pass limit, its target and each band's bound. */
export interface MetricLimitValues {
  readonly kind: 'metric';
  readonly limit: LimitValues;
  readonly target?: LimitValues;
  /** One per band, in the profile's band order. */
  readonly bands?: readonly LimitValues[];
  /** The step used: the criterion's `resolution`, else one unit in the last decimal place of its limits. */
  readonly step: string;
  readonly unit: string;
}

/** Returns the number of decimal places a decimal text is written with. */
function placesOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * Returns one resolution step of a measurement or metric: its `resolution` when given, else one unit in
 * the last decimal place of the numbers its limits are written with (0.01 for 3.20 ± 0.02; 1 for a
 * limit of 1000 ppm).
 * Throws a `ValidationError` when the criterion is not a valid measurement or metric criterion.
 *
 * @example
 * resolutionStep({ kind: 'measurement', nominal: '86', upperDeviation: '0.3', lowerDeviation: '-0.2', ... })
 * //=> '0.1'
 */
export function resolutionStep(criterion: MeasurementCriterion | MetricCriterion): string {
  return stepOf(limitedCriterion(criterion));
}

/** Returns a measurement or metric criterion passed to a helper, parsed; throws a `ValidationError` listing its problems. */
function limitedCriterion(value: unknown): MeasurementCriterion | MetricCriterion {
  const { criterion, issues } = criterionArgument(value, ['measurement', 'metric']);
  if (!criterion) throw new ValidationError(issues, 'criterion');
  return criterion;
}

/**
 * Returns one resolution step of a parsed measurement or metric, unchecked (see `resolutionStep`).
 *
 * @example
 * stepOf({ kind: 'metric', limit: '1000', ... })
 * //=> '1'
 */
export function stepOf(criterion: MeasurementCriterion | MetricCriterion): string {
  if (criterion.resolution !== undefined) return criterion.resolution;
  const numbers =
    criterion.kind === 'measurement'
      ? [criterion.nominal, criterion.tolerance, criterion.upperDeviation, criterion.lowerDeviation, criterion.lsl, criterion.usl]
      : [criterion.limit, criterion.target, ...(criterion.bands ?? []).map((band) => band.bound)];
  const places = largest([0, ...numbers.filter((n): n is string => n !== undefined).map(placesOf)]);
  return decimalString(new Decimal(10).pow(-places));
}

/** Returns the values at a limit and one step either side; `up` is the direction of the good side. */
function around(limit: Decimal, step: Decimal, up: boolean): LimitValues {
  return {
    at: decimalString(limit),
    inside: decimalString(up ? limit.plus(step) : limit.minus(step)),
    outside: decimalString(up ? limit.minus(step) : limit.plus(step)),
  };
}

/**
 * Returns the values at, just inside and just outside each limit of a measurement (lower and upper
 * specification limits) or a metric (pass limit, target, band bounds), one resolution step apart. On
 * a limit is inside it. Throws a `ValidationError` when the criterion is not a valid measurement or
 * metric criterion.
 *
 * @example
 * limitValuesOf(nozzleDiameter).usl
 * //=> { at: '3.22', inside: '3.21', outside: '3.23' }
 */
export function limitValuesOf(criterion: MeasurementCriterion): MeasurementLimitValues;
export function limitValuesOf(criterion: MetricCriterion): MetricLimitValues;
export function limitValuesOf(criterion: MeasurementCriterion | MetricCriterion): MeasurementLimitValues | MetricLimitValues;
export function limitValuesOf(criterion: MeasurementCriterion | MetricCriterion): MeasurementLimitValues | MetricLimitValues {
  return limitValuesOfParsed(limitedCriterion(criterion));
}

/**
 * Returns the limit values of a parsed measurement or metric, unchecked (see `limitValuesOf`).
 *
 * @example
 * limitValuesOfParsed(nozzleDiameter).usl
 * //=> { at: '3.22', inside: '3.21', outside: '3.23' }
 */
export function limitValuesOfParsed(criterion: MeasurementCriterion | MetricCriterion): MeasurementLimitValues | MetricLimitValues {
  const step = toDecimal(stepOf(criterion));
  if (criterion.kind === 'measurement') {
    const { lsl, usl } = limitsOf(criterion);
    return {
      kind: 'measurement',
      ...(lsl ? { lsl: around(lsl, step, true) } : {}),
      ...(usl ? { usl: around(usl, step, false) } : {}),
      step: decimalString(step),
      unit: criterion.unit,
    };
  }
  const up = criterion.direction === 'higher-is-better';
  return {
    kind: 'metric',
    limit: around(toDecimal(criterion.limit), step, up),
    ...(criterion.target !== undefined ? { target: around(toDecimal(criterion.target), step, up) } : {}),
    ...(criterion.bands ? { bands: criterion.bands.map((band) => around(toDecimal(band.bound), step, up)) } : {}),
    step: decimalString(step),
    unit: criterion.unit,
  };
}

/** The limit values of a criterion of kind `K`. */
export type LimitValuesFor<K> = K extends 'measurement' ? MeasurementLimitValues : K extends 'metric' ? MetricLimitValues : never;

/**
 * Returns the values at, just inside and just outside each limit of one measurement or metric
 * criterion of a profile, by id (checked at compile time for a profile written in code).
 *
 * @example
 * limitValues(profile, 'defect-ppm').limit
 * //=> { at: '1000', inside: '999', outside: '1001' }
 */
export function limitValues<S extends ProfileShape, Id extends CriterionIdOfKind<TypedProfile<S>, 'measurement' | 'metric'>>(
  typedProfile: TypedProfile<S>,
  criterionId: Id,
): LimitValuesFor<S['criteria'][Id]> {
  const profile = defineProfile(typedProfile as unknown);
  const criterion = profile.categories.flatMap((category) => category.criteria).find((c) => c.id === criterionId);
  if (!criterion) throw new ValidationError([createIssue('unknown_criterion', [], { id: criterionId })], 'criterion id');
  if (criterion.kind !== 'measurement' && criterion.kind !== 'metric') {
    throw new ValidationError(
      [createIssue('invalid_value', [], { options: '"measurement", "metric"', received: `the ${criterion.kind} criterion "${criterion.id}"` })],
      'criterion id',
    );
  }
  return limitValuesOfParsed(criterion) as LimitValuesFor<S['criteria'][Id]>;
}
