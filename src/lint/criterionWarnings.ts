import type { Criterion } from '../criteria/criterion.js';
import { limitsOf } from '../kinds/measurement/schema.js';
import { decimalString, toDecimal } from '../decimal.js';
import type { PathSegment } from '../errors/index.js';
import { lintWarning, type LintWarning } from './lintWarning.js';
import { appendAll } from '../lists/appendAll.js';

/** How long a management-system certificate runs: a three-year certification cycle (ISO/IEC 17021-1:2015 §9.1.3). */
export const CERTIFICATE_VALIDITY_YEARS = 3;

/** The most days a three-year certificate can have left: three years counting one leap day. */
export const CERTIFICATE_VALIDITY_DAYS = 3 * 365 + 1;

/** The capability index below which a process spreads wider than its tolerance (Cp = 1: tolerance = 6σ). */
export const CAPABILITY_MINIMUM_FLOOR = 1;

/**
 * Returns the warnings about one criterion on its own: a tolerance wider than its nominal, a critical
 * criterion with weight 0, a certificate window longer than a certificate runs, a capability minimum
 * below 1.0.
 *
 * @example
 * criterionWarnings({ kind: 'measurement', nominal: '0.5', tolerance: '0.4', unit: 'mm', ... }, ['categories', 0, 'criteria', 0]).map((w) => w.code)
 * //=> ['tolerance_wider_than_nominal']
 */
export function criterionWarnings(criterion: Criterion, at: readonly PathSegment[]): LintWarning[] {
  const warnings: LintWarning[] = [];
  if (criterion.severity === 'critical' && toDecimal(criterion.weight).isZero()) {
    warnings.push(lintWarning('critical_weight_zero', [...at, 'weight'], { id: criterion.id, title: criterion.title }));
  }
  if (criterion.kind === 'measurement') {
    appendAll(warnings, toleranceWarnings(criterion, at));
    appendAll(warnings, capabilityWarnings(criterion, at));
  }
  if (criterion.kind === 'certificate' && criterion.minRemainingDays !== undefined && criterion.minRemainingDays > CERTIFICATE_VALIDITY_DAYS) {
    warnings.push(
      lintWarning('certificate_window_long', [...at, 'minRemainingDays'], {
        id: criterion.id,
        days: criterion.minRemainingDays,
        standard: criterion.standard,
        years: CERTIFICATE_VALIDITY_YEARS,
        maxDays: CERTIFICATE_VALIDITY_DAYS,
      }),
    );
  }
  return warnings;
}

/**
 * A tolerance (the difference between the upper and lower limits, as ISO 286-1:2010 defines it) wider than
 * the nominal itself usually means a slipped decimal point or a tolerance in another unit. Nominal 0
 * (a deviation from a datum) is left alone.
 */
function toleranceWarnings(criterion: Extract<Criterion, { kind: 'measurement' }>, at: readonly PathSegment[]): LintWarning[] {
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
    lintWarning('tolerance_wider_than_nominal', [...at, field], {
      id: criterion.id,
      lsl: decimalString(lsl),
      usl: decimalString(usl),
      width: decimalString(width),
      nominal: decimalString(nominal),
      unit: criterion.unit,
    }),
  ];
}

/**
 * A required Cpk or Ppk below 1.0 accepts a process whose spread is wider than its tolerance (Cp = 1
 * when the tolerance is six sigma; AIAG SPC 2nd ed.). Requirements are usually 1.33 in production and
 * 1.67 for an initial study (AIAG PPAP 4th ed.).
 */
function capabilityWarnings(criterion: Extract<Criterion, { kind: 'measurement' }>, at: readonly PathSegment[]): LintWarning[] {
  const capability = criterion.capability;
  if (!capability || !toDecimal(capability.min).lt(CAPABILITY_MINIMUM_FLOOR)) return [];
  return [
    lintWarning('capability_minimum_low', [...at, 'capability', 'min'], {
      id: criterion.id,
      index: capability.index === 'cpk' ? 'Cpk' : 'Ppk',
      min: capability.min,
    }),
  ];
}
