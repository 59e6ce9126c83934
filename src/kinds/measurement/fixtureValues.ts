import { limitsOf } from './schema.js';
import type { MeasurementCriterion } from './schema.js';
import type { CriterionStatus } from '../../criteria/outcome.js';
import { Decimal, decimalString, toDecimal } from '../../decimal.js';
import { measurementStep } from './limitValues.js';
import { stabilityOutcome } from './stabilityRequirement.js';
import { studyData } from './capabilityRequirement.js';

/**
 * Returns the passing value of a measurement: its nominal when within its limits, else the middle of
 * its limits, else its one limit (a value on a limit is inside it).
 *
 * @example
 * passingValue({ nominal: '3.20', tolerance: '0.02', ... })
 * //=> '3.2'
 */
export function passingValue(criterion: MeasurementCriterion): string {
  const { lsl, usl, nominal } = limitsOf(criterion);
  if (nominal && (!lsl || nominal.gte(lsl)) && (!usl || nominal.lte(usl))) return decimalString(nominal);
  if (lsl && usl) return decimalString(lsl.plus(usl).div(2));
  return decimalString(lsl ?? usl ?? toDecimal(0));
}

/** Returns a centre strictly inside the limits and its distance to the nearest limit. */
function centreOf(criterion: MeasurementCriterion): { centre: Decimal; reach: Decimal } {
  const { lsl, usl, nominal } = limitsOf(criterion);
  if (lsl && usl) {
    const centre = nominal && nominal.gt(lsl) && nominal.lt(usl) ? nominal : lsl.plus(usl).div(2);
    return { centre, reach: Decimal.min(centre.minus(lsl), usl.minus(centre)) };
  }
  const limit = (lsl ?? usl) as Decimal;
  const reach = limit.isZero() ? toDecimal(measurementStep(criterion)).times(1000) : limit.abs().div(2);
  return { centre: lsl ? limit.plus(reach) : limit.minus(reach), reach };
}

/**
 * Returns how many values a capable fixture gives: the requirement's minimum samples, enough that one
 * value on a limit cannot pull the index below its minimum (about 60 × minimum², even with the
 * Bissell lower bound), and whole subgroups.
 */
function capableCount(criterion: MeasurementCriterion): number {
  const capability = criterion.capability;
  if (!capability) return 1;
  const minimum = Math.max(1, toDecimal(capability.min).toNumber());
  const size = capability.subgroupSize;
  const n = Math.max(capability.minSamples, Math.ceil(60 * minimum * minimum), 2 * size);
  return Math.ceil(n / size) * size;
}

/**
 * Returns measured values that fully meet a measurement criterion: one passing value; with a
 * capability requirement, enough values alternating a little either side of the centre that the
 * index clears its minimum by far (and still does with one of them replaced by a value on a limit).
 *
 * @example
 * passingValues({ nominal: '3.20', tolerance: '0.02', capability: { index: 'cpk', min: '1.33', minSamples: 25, ... }, ... }).length
 * //=> 107
 */
export function passingValues(criterion: MeasurementCriterion): string[] {
  if (!criterion.capability) return [passingValue(criterion)];
  const { centre, reach } = centreOf(criterion);
  const minimum = Decimal.max(1, toDecimal(criterion.capability.min));
  const spread = reach.div(minimum.times(100)).toSignificantDigits(2);
  const low = decimalString(centre.minus(spread));
  const high = decimalString(centre.plus(spread));
  if (criterion.capability.requireStable) {
    // Up and down in steps of three, no run longer than three: no run rule flags a point of it.
    const wave = STABLE_WAVE.map((step) => decimalString(centre.plus(spread.times(step))));
    return Array.from({ length: capableCount(criterion) }, (_, i) => wave[i % wave.length] as string);
  }
  return Array.from({ length: capableCount(criterion) }, (_, i) => (i % 2 === 0 ? low : high));
}

/** Steps of stable passing values, in units of the spread: no Western Electric or Nelson rule flags them. */
const STABLE_WAVE = [2, 1, -1, -2, -1, 1];

/**
 * Returns the passing values with the last one replaced by `value`: the evidence a boundary test gives
 * for a measurement (a single value without a capability requirement).
 *
 * @example
 * valuesWith({ nominal: '3.20', tolerance: '0.02', ... }, '3.23')
 * //=> ['3.23']
 */
export function valuesWith(criterion: MeasurementCriterion, value: string): string[] {
  const values = passingValues(criterion);
  values[values.length - 1] = value;
  return values;
}

/**
 * Returns `pass`, or, for a stability requirement whose control chart flags a point of the values (a
 * value on a limit among capable values lies beyond the control limits: rule 1 flags it), the status
 * the requirement gives an unstable process.
 */
function stableStatus(criterion: MeasurementCriterion, values: readonly string[]): CriterionStatus {
  const capability = criterion.capability;
  const requirement = capability?.requireStable;
  if (!capability || !requirement) return 'pass';
  const outcome = stabilityOutcome(requirement, studyData(capability, values, null), capability.constants);
  if (outcome.state === 'stable') return 'pass';
  return outcome.state === 'unstable' && requirement.onUnstable === 'fail' ? 'fail' : 'missing';
}

/**
 * Returns the status measured values get as the limits are declared: the share within the limits (on a
 * limit is within) against the required share, partial credit from `partialFromShare`. A capability
 * requirement is taken as met: the fixture values meet it by far.
 *
 * @example
 * declaredMeasurementStatus({ lsl: '3.18', usl: '3.22', requiredShare: '100', ... }, ['3.22'])
 * //=> 'pass'
 */
export function declaredMeasurementStatus(criterion: MeasurementCriterion, values: readonly string[]): CriterionStatus {
  const { lsl, usl } = limitsOf(criterion);
  const inside = values.filter((value) => (!lsl || toDecimal(value).gte(lsl)) && (!usl || toDecimal(value).lte(usl))).length;
  const share = new Decimal(inside).times(100).div(values.length);
  const required = toDecimal(criterion.requiredShare);
  if (share.gte(required)) return stableStatus(criterion, values);
  if (criterion.partialFromShare !== undefined) {
    const from = toDecimal(criterion.partialFromShare);
    if (share.gte(from) && required.gt(from)) return 'partial';
  }
  return 'fail';
}

/**
 * Returns the entry a boundary case gives a measurement for `value` (the passing values with the last
 * one replaced by it) and the status it must get as the limits are declared.
 *
 * @example
 * measurementCaseAt({ nominal: '3.20', tolerance: '0.02', requiredShare: '100', ... }, '3.23')
 * //=> { entry: { values: ['3.23'] }, expected: 'fail' }
 */
export function measurementCaseAt(criterion: MeasurementCriterion, value: string): { entry: Record<string, unknown>; expected: CriterionStatus } {
  const values = valuesWith(criterion, value);
  return { entry: { values }, expected: declaredMeasurementStatus(criterion, values) };
}
