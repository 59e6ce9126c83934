import type { Decimal } from '../../decimal.js';
import { aroundLimit, resolutionStepOf, type BoundaryLimit, type LimitValues } from '../limitValues.js';
import { decimalString } from '../../decimal.js';
import { limitsOf, type MeasurementCriterion } from './schema.js';

/** The fields of a measurement criterion that give its limits. */
export const MEASUREMENT_LIMIT_FIELDS = ['nominal', 'tolerance', 'upperDeviation', 'lowerDeviation', 'lsl', 'usl'] as const;

/** The limit values of a measurement: at its lower and upper specification limits (one may be absent). */
export interface MeasurementLimitValues {
  readonly kind: 'measurement';
  readonly lsl?: LimitValues;
  readonly usl?: LimitValues;
  /** The step used: the criterion's `resolution`, else one unit in the last decimal place of its limits. */
  readonly step: string;
  readonly unit: string;
}

/**
 * Returns one resolution step of a measurement: its `resolution`, else one unit in the last decimal
 * place of the numbers its limits are written with.
 *
 * @example
 * measurementStep({ nominal: '86', upperDeviation: '0.3', lowerDeviation: '-0.2', ... })
 * //=> '0.1'
 */
export function measurementStep(criterion: MeasurementCriterion): string {
  return resolutionStepOf(criterion.resolution, MEASUREMENT_LIMIT_FIELDS.map((field) => criterion[field]));
}

/**
 * Returns the values at, just inside and just outside a measurement's specification limits.
 *
 * @example
 * measurementLimitValues(nozzleDiameter, new Decimal('0.01')).usl
 * //=> { at: '3.22', inside: '3.21', outside: '3.23' }
 */
export function measurementLimitValues(criterion: MeasurementCriterion, step: Decimal): MeasurementLimitValues {
  const { lsl, usl } = limitsOf(criterion);
  return {
    kind: 'measurement',
    ...(lsl ? { lsl: aroundLimit(lsl, step, true) } : {}),
    ...(usl ? { usl: aroundLimit(usl, step, false) } : {}),
    step: decimalString(step),
    unit: criterion.unit,
  };
}

/**
 * Returns the limits of a measurement's limit values: the lower, then the upper specification limit.
 *
 * @example
 * measurementBoundaryLimits(measurementLimitValues(nozzleDiameter, step)).map((l) => l.limit)
 * //=> ['lsl', 'usl']
 */
export function measurementBoundaryLimits(values: MeasurementLimitValues): BoundaryLimit[] {
  return [...(values.lsl ? [{ limit: 'lsl' as const, values: values.lsl }] : []), ...(values.usl ? [{ limit: 'usl' as const, values: values.usl }] : [])];
}
