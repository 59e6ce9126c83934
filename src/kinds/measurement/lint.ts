import { decimalString, toDecimal } from '../../decimal.js';
import type { PathSegment } from '../../errors/index.js';
import type { LintFinding } from '../kind.js';
import { limitsOf, type MeasurementCriterion } from './schema.js';

/** The capability index below which a process spreads wider than its tolerance (Cp = 1: tolerance = 6σ). */
export const CAPABILITY_MINIMUM_FLOOR = 1;

/**
 * A tolerance (the difference between the upper and lower limits, as ISO 286-1:2010 defines it) wider than
 * the nominal itself usually means a slipped decimal point or a tolerance in another unit. Nominal 0
 * (a deviation from a datum) is left alone.
 *
 * @example
 * toleranceWarnings({ nominal: '0.5', tolerance: '0.6', unit: 'mm', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'tolerance_wider_than_nominal'
 */
export function toleranceWarnings(criterion: MeasurementCriterion, at: readonly PathSegment[]): LintFinding[] {
  const { lsl, usl, nominal } = limitsOf(criterion);
  if (!lsl || !usl || !nominal || nominal.isZero()) return [];
  const width = usl.minus(lsl);
  if (!width.gt(nominal.abs())) return [];
  const field =
    criterion.tolerance !== undefined
      ? 'tolerance'
      : criterion.upperDeviation !== undefined || criterion.lowerDeviation !== undefined
        ? criterion.lowerDeviation !== undefined
          ? 'lowerDeviation'
          : 'upperDeviation'
        : 'lsl';
  return [
    { code: 'tolerance_wider_than_nominal', segments: [...at, field], params: {
      id: criterion.id,
      lsl: decimalString(lsl),
      usl: decimalString(usl),
      width: decimalString(width),
      nominal: decimalString(nominal),
      unit: criterion.unit,
    } },
  ];
}

/**
 * A required Cpk or Ppk below 1.0 accepts a process whose spread is wider than its tolerance (Cp = 1
 * when the tolerance is six sigma; AIAG SPC 2nd ed.). Requirements are usually 1.33 in production and
 * 1.67 for an initial study (AIAG PPAP 4th ed.).
 *
 * @example
 * capabilityWarnings({ capability: { index: 'cpk', min: '0.8', ... }, ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'capability_minimum_low'
 */
export function capabilityWarnings(criterion: MeasurementCriterion, at: readonly PathSegment[]): LintFinding[] {
  const capability = criterion.capability;
  if (!capability || !toDecimal(capability.min).lt(CAPABILITY_MINIMUM_FLOOR)) return [];
  return [
    { code: 'capability_minimum_low', segments: [...at, 'capability', 'min'], params: {
      id: criterion.id,
      index: capability.index === 'cpk' ? 'Cpk' : 'Ppk',
      min: capability.min,
    } },
  ];
}
