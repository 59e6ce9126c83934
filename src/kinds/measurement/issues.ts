import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { toDecimal } from '../../decimal.js';
import { unitConversionIssues } from '../../units/index.js';
import { appendAll } from '../../lists/appendAll.js';
import { resolutionIssues } from '../resolutionIssues.js';
import { limitsOf, type MeasurementCriterion, type MeasurementEvidence } from './schema.js';

/**
 * Returns the problems a criterion of this kind has beyond its schema: the limits given in none or
 * more than one form, a tolerance not above 0, limits out of order, a partial share not below the
 * required share.
 *
 * @example
 * measurementCriterionIssues({ kind: 'measurement', lsl: '2', usl: '1', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'limits_out_of_order'
 */
export function measurementCriterionIssues(criterion: MeasurementCriterion, at: readonly PathSegment[]): ValidationIssue[] {
  const issues = resolutionIssues(criterion, at);
  const hasNominal = criterion.nominal !== undefined;
  const hasTolerance = criterion.tolerance !== undefined;
  const hasDeviation = criterion.upperDeviation !== undefined || criterion.lowerDeviation !== undefined;
  const hasLimits = criterion.lsl !== undefined || criterion.usl !== undefined;
  const forms = [hasTolerance, hasDeviation, hasLimits].filter(Boolean).length;
  if (forms === 0) issues.push(createIssue('limits_missing', at));
  if (forms > 1) issues.push(createIssue('limits_ambiguous', at));
  if ((hasTolerance || hasDeviation) && !hasNominal) issues.push(createIssue('required', [...at, 'nominal']));
  if (hasTolerance && toDecimal(criterion.tolerance as string).lte(0)) {
    issues.push(createIssue('too_small', [...at, 'tolerance'], { minimum: '0 (exclusive)' }));
  }
  if (forms === 1 && (hasNominal || !hasTolerance)) {
    const { lsl, usl } = limitsOf(criterion);
    if (lsl && usl && !lsl.lt(usl)) {
      issues.push(createIssue('limits_out_of_order', at, { lsl: lsl.toString(), usl: usl.toString() }));
    }
  }
  if (criterion.partialFromShare !== undefined && !toDecimal(criterion.partialFromShare).lt(criterion.requiredShare)) {
    issues.push(
      createIssue('partial_share_order', [...at, 'partialFromShare'], {
        partial: criterion.partialFromShare,
        required: criterion.requiredShare,
      }),
    );
  }
  return issues;
}

/**
 * Returns the problems of an evidence entry of this kind, already valid for its schema, against its
 * criterion: a unit that cannot be converted to the criterion's.
 *
 * @example
 * measurementEntryIssues(boreDiameter, { criterion: 'bore', values: ['3.2'], unit: 'kg' }, ['entries', 3])[0].code
 * //=> 'unit_incompatible'
 */
export function measurementEntryIssues(criterion: MeasurementCriterion, e: MeasurementEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (e.unit !== undefined) appendAll(issues, unitConversionIssues(e.unit, criterion.unit, [...at, 'unit']));
  return issues;
}
