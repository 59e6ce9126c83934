import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { cohortSummarySchema } from './cohortSummarySchema.js';
import { mergeStateInto, stateOfSummary, summaryOfState, type CohortSummary } from './cohortSummary.js';

/**
 * Returns the summary of two parts of a cohort from the parts' summaries: exactly the summary of
 * evaluating all their suppliers at once (counts add, score histograms add so quantiles stay exact,
 * the bounded ranking, near-miss and invalid-record lists keep the best of both by the same total
 * order). Associative and commutative, so shards may be merged in any grouping. Both summaries must
 * be of the same profile version and made with the same settings; a `ValidationError` lists every
 * difference, or every field of either that is not as `evaluateCohort` writes it (paths start at
 * `a` or `b`).
 *
 * @example
 * const whole = mergeCohortSummaries(evaluateCohort(profile, firstHalf), evaluateCohort(profile, secondHalf, { firstIndex: 75 }));
 * whole.evaluated
 * //=> 150
 */
export function mergeCohortSummaries(a: CohortSummary, b: CohortSummary): CohortSummary {
  const shapeIssues = [...schemaIssues(cohortSummarySchema, a, ['a']), ...schemaIssues(cohortSummarySchema, b, ['b'])];
  if (shapeIssues.length > 0) throw new ValidationError(shapeIssues, 'cohort summaries');
  const issues: ValidationIssue[] = [];
  if (a.profile.id !== b.profile.id || a.profile.version !== b.profile.version) {
    issues.push(createIssue('profile_mismatch', ['profile'], { before: `${a.profile.id} ${a.profile.version}`, after: `${b.profile.id} ${b.profile.version}` }));
  }
  if (a.places !== b.places) issues.push(createIssue('settings_mismatch', ['places'], { setting: 'places', a: a.places, b: b.places }));
  for (const key of ['top', 'nearMissMargin', 'nearMissLimit', 'invalidLimit', 'paths'] as const) {
    if (a.settings[key] !== b.settings[key]) {
      issues.push(createIssue('settings_mismatch', ['settings', key], { setting: key, a: String(a.settings[key]), b: String(b.settings[key]) }));
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, 'cohort summaries');
  return summaryOfState(mergeStateInto(stateOfSummary(a), stateOfSummary(b)));
}
