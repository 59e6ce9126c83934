import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { toDecimal } from '../../decimal.js';
import { resolutionIssues } from '../resolutionIssues.js';
import type { MetricCriterion, MetricEvidence } from './schema.js';

/**
 * Returns the problems a criterion of this kind has beyond its schema: a target worse than the
 * limit, bands beside a target.
 *
 * @example
 * metricCriterionIssues({ kind: 'metric', direction: 'lower-is-better', limit: '1000', target: '2000', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'target_worse_than_limit'
 */
export function metricCriterionIssues(criterion: MetricCriterion, at: readonly PathSegment[]): ValidationIssue[] {
  const issues = resolutionIssues(criterion, at);
  if (criterion.target !== undefined) {
    const target = toDecimal(criterion.target);
    const limit = toDecimal(criterion.limit);
    const worse = criterion.direction === 'higher-is-better' ? target.lt(limit) : target.gt(limit);
    if (worse) {
      issues.push(
        createIssue('target_worse_than_limit', [...at, 'target'], {
          target: criterion.target,
          limit: criterion.limit,
          direction: criterion.direction,
        }),
      );
    }
  }
  if (criterion.bands && criterion.target !== undefined) issues.push(createIssue('bands_and_target', at));
  return issues;
}

/**
 * Returns the problems of an evidence entry of this kind, already valid for its schema, against its
 * criterion: not a value or a numerator and denominator, a denominator not above 0, a numerator below 0.
 *
 * @example
 * metricEntryIssues(ppm, { criterion: 'ppm', value: '12', denominator: '0' }, ['entries', 3])[0].code
 * //=> 'evidence_form'
 */
export function metricEntryIssues(criterion: MetricCriterion, e: MetricEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byValue = e.value !== undefined;
  const byCount = e.numerator !== undefined || e.denominator !== undefined;
  if (byValue === byCount || (byCount && (e.numerator === undefined || e.denominator === undefined))) {
    issues.push(createIssue('evidence_form', at, { kind: criterion.kind, expected: 'either value, or numerator and denominator' }));
  }
  if (e.denominator !== undefined && toDecimal(e.denominator).lte(0)) issues.push(createIssue('zero_denominator', [...at, 'denominator']));
  if (e.numerator !== undefined && toDecimal(e.numerator).lt(0)) issues.push(createIssue('too_small', [...at, 'numerator'], { minimum: 0 }));
  return issues;
}
