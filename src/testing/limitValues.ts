import type { Criterion } from '../criteria/criterion.js';
import { toDecimal } from '../decimal.js';
import { criterionArgument } from '../criteria/criterionArgument.js';
import { createIssue, ValidationError } from '../errors/index.js';
import { defineProfile } from '../parse/parseProfile.js';
import type { CriterionIdOfKind, ProfileShape, TypedProfile } from '../schema/profileShape.js';
import { kindOf, LIMITED_KINDS, type LimitedKind, type LimitValuesFor } from '../kinds/registry.js';
import type { LimitsPart } from '../kinds/limitValues.js';

export type { LimitValues } from '../kinds/limitValues.js';
export type { MeasurementLimitValues } from '../kinds/measurement/limitValues.js';
export type { MetricLimitValues } from '../kinds/metric/limitValues.js';
export type { LimitValuesFor } from '../kinds/registry.js';

/** A criterion of a kind decided against limits (a measurement or a metric). */
type LimitedCriterion = Extract<Criterion, { kind: LimitedKind }>;

/** Returns the `limits` part of a limited criterion's kind. */
function limitsOfKind(criterion: LimitedCriterion): LimitsPart<LimitedCriterion, { readonly step: string; readonly unit: string }> {
  return kindOf(criterion.kind).limits as LimitsPart<LimitedCriterion, { readonly step: string; readonly unit: string }>;
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
export function resolutionStep(criterion: LimitedCriterion): string {
  return stepOf(limitedCriterion(criterion));
}

/** Returns a measurement or metric criterion passed to a helper, parsed; throws a `ValidationError` listing its problems. */
function limitedCriterion(value: unknown): LimitedCriterion {
  const { criterion, issues } = criterionArgument(value, LIMITED_KINDS);
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
export function stepOf(criterion: LimitedCriterion): string {
  return limitsOfKind(criterion).step(criterion);
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
export function limitValuesOf<C extends LimitedCriterion>(criterion: C): LimitValuesFor<C['kind']> {
  return limitValuesOfParsed(limitedCriterion(criterion)) as LimitValuesFor<C['kind']>;
}

/**
 * Returns the limit values of a parsed measurement or metric, unchecked (see `limitValuesOf`).
 *
 * @example
 * limitValuesOfParsed(nozzleDiameter).usl
 * //=> { at: '3.22', inside: '3.21', outside: '3.23' }
 */
export function limitValuesOfParsed(criterion: LimitedCriterion): LimitValuesFor<LimitedKind> {
  const part = limitsOfKind(criterion);
  return part.values(criterion, toDecimal(part.step(criterion))) as LimitValuesFor<LimitedKind>;
}

/**
 * Returns the values at, just inside and just outside each limit of one measurement or metric
 * criterion of a profile, by id (checked at compile time for a profile written in code).
 *
 * @example
 * limitValues(profile, 'defect-ppm').limit
 * //=> { at: '1000', inside: '999', outside: '1001' }
 */
export function limitValues<S extends ProfileShape, Id extends CriterionIdOfKind<TypedProfile<S>, LimitedKind>>(
  typedProfile: TypedProfile<S>,
  criterionId: Id,
): LimitValuesFor<S['criteria'][Id]> {
  const profile = defineProfile(typedProfile as unknown);
  const criterion = profile.categories.flatMap((category) => category.criteria).find((c) => c.id === criterionId);
  if (!criterion) throw new ValidationError([createIssue('unknown_criterion', [], { id: criterionId })], 'criterion id');
  if (kindOf(criterion.kind).limits === undefined) {
    throw new ValidationError(
      [createIssue('invalid_value', [], { options: LIMITED_KINDS.map((kind) => JSON.stringify(kind)).join(', '), received: `the ${criterion.kind} criterion "${criterion.id}"` })],
      'criterion id',
    );
  }
  return limitValuesOfParsed(criterion as LimitedCriterion) as LimitValuesFor<S['criteria'][Id]>;
}
