import type { DecimalInput } from '../../decimal.js';
import { toDecimal } from '../../decimal.js';
import { createIssue, ValidationError, valueText } from '../../errors/index.js';
import { DEFAULT_GRADES, type GradeBand } from '../../schema/profile.js';
import { isDecimalInput } from '../../schema/primitives.js';
import { gradeBandFor } from '../../scoring/grades.js';

/**
 * The DRiV SupplyNet scorecard classes: Preferred 90–100, Acceptable 70–89, Developmental 0–69 (three
 * Developmental months in a row require corrective action, so Developmental is conditional here, not
 * rejected).
 */
export const DRIV_CLASSES: readonly GradeBand[] = [
  { grade: 'Preferred', min: '90', decision: 'approved' },
  { grade: 'Acceptable', min: '70', decision: 'approved' },
  { grade: 'Developmental', min: '0', decision: 'conditional' },
];

/** A/B/C classes from 90 and 80, as VDA 6.3 classifies (approved, conditional, rejected). */
export const ABC_CLASSES: readonly GradeBand[] = DEFAULT_GRADES;

/**
 * Returns the class of a scorecard total: the first band, best first, whose minimum it reaches
 * (default the DRiV classes). Decided exactly, so 89.99 is below 90.
 *
 * @example
 * [scorecardClass(90), scorecardClass('89.99'), scorecardClass(70), scorecardClass(69.9)]
 * //=> ['Preferred', 'Acceptable', 'Acceptable', 'Developmental']
 */
export function scorecardClass(score: DecimalInput, classes: readonly GradeBand[] = DRIV_CLASSES): string {
  const issues = isDecimalInput(score) ? [] : [createIssue('invalid_decimal', ['score'], { value: valueText(score) })];
  // The classes must be grade bands (as a profile's `grades`), best first, the lowest from 0.
  const bands =
    Array.isArray(classes) &&
    classes.length > 0 &&
    Array.from(classes as readonly unknown[]).every((band) => band !== null && typeof band === 'object' && typeof (band as GradeBand).grade === 'string' && isDecimalInput((band as GradeBand).min));
  if (!bands) issues.push(createIssue('invalid_type', ['classes'], { expected: 'a list of grade bands { grade, min }', received: valueText(classes) }));
  if (issues.length > 0) throw new ValidationError(issues, 'scorecard score');
  return gradeBandFor(toDecimal(score as DecimalInput), classes).grade;
}
