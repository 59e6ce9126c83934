import type { CriterionStatus } from '../../criteria/outcome.js';
import { decimalString, toDecimal, type Decimal } from '../../decimal.js';
import { aroundLimit, resolutionStepOf, type BoundaryLimit, type LimitValues } from '../limitValues.js';
import type { MetricCriterion } from './schema.js';

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

/**
 * Returns one resolution step of a metric: its `resolution`, else one unit in the last decimal place
 * of its limit, target and band bounds.
 *
 * @example
 * metricStep({ kind: 'metric', limit: '1000', ... })
 * //=> '1'
 */
export function metricStep(criterion: MetricCriterion): string {
  return resolutionStepOf(criterion.resolution, [criterion.limit, criterion.target, ...(criterion.bands ?? []).map((band) => band.bound)]);
}

/**
 * Returns the values at, just inside and just outside a metric's pass limit, target and band bounds.
 *
 * @example
 * metricLimitValues(defectPpm, new Decimal(1)).limit
 * //=> { at: '1000', inside: '999', outside: '1001' }
 */
export function metricLimitValues(criterion: MetricCriterion, step: Decimal): MetricLimitValues {
  const up = criterion.direction === 'higher-is-better';
  return {
    kind: 'metric',
    limit: aroundLimit(toDecimal(criterion.limit), step, up),
    ...(criterion.target !== undefined ? { target: aroundLimit(toDecimal(criterion.target), step, up) } : {}),
    ...(criterion.bands ? { bands: criterion.bands.map((band) => aroundLimit(toDecimal(band.bound), step, up)) } : {}),
    step: decimalString(step),
    unit: criterion.unit,
  };
}

/**
 * Returns the limits of a metric's limit values: the pass limit, the target, then each band's bound.
 *
 * @example
 * metricBoundaryLimits(metricLimitValues(defectPpm, step)).map((l) => l.limit)
 * //=> ['limit', 'target']
 */
export function metricBoundaryLimits(values: MetricLimitValues): BoundaryLimit[] {
  return [
    { limit: 'limit', values: values.limit },
    ...(values.target ? [{ limit: 'target' as const, values: values.target }] : []),
    ...(values.bands ?? []).map((band, i) => ({ limit: 'band' as const, band: i, values: band })),
  ];
}

/**
 * The status a metric value gets, as declared: worse than the limit fails; with bands it passes when
 * the best band it reaches scores 100; with a target it passes from the target on (or everywhere when
 * the limit already scores 100), and is partly met between limit and target.
 */
function metricStatus(criterion: MetricCriterion, value: string): CriterionStatus {
  const v = toDecimal(value);
  const meets = (bound: string) => (criterion.direction === 'higher-is-better' ? v.gte(bound) : v.lte(bound));
  if (!meets(criterion.limit)) return 'fail';
  if (criterion.bands) {
    const best = criterion.bands.filter((band) => meets(band.bound)).map((band) => toDecimal(band.score));
    return best.some((score) => score.gte(100)) ? 'pass' : 'partial';
  }
  if (criterion.target === undefined || toDecimal(criterion.scoreAtLimit).gte(100) || toDecimal(criterion.target).eq(criterion.limit)) return 'pass';
  return meets(criterion.target) ? 'pass' : 'partial';
}

/**
 * Returns the entry a boundary case gives a metric for `value` and the status it must get as the
 * limits are declared.
 *
 * @example
 * metricCaseAt(defectPpm, '1001')
 * //=> { entry: { value: '1001' }, expected: 'fail' }
 */
export function metricCaseAt(criterion: MetricCriterion, value: string): { entry: Record<string, unknown>; expected: CriterionStatus } {
  return { entry: { value }, expected: metricStatus(criterion, value) };
}
