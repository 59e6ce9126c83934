import { Decimal, toDecimal } from '../decimal.js';
import type { Profile } from '../schema/profile.js';
import { decisionForGrade } from '../scoring/grades.js';
import { ruleScope } from './criterionShares.js';

/**
 * Returns the exact score from which a score rounded half-up to `places` decimals reaches `limit`: the
 * smallest multiple of the rounding step at or above the limit, less half a step.
 *
 * @example
 * roundedReachFrom('90', 1).toString()
 * //=> '89.95'
 */
export function roundedReachFrom(limit: Decimal | string, places: number): Decimal {
  const step = new Decimal(10).pow(-places);
  const first = toDecimal(limit).div(step).ceil().times(step);
  return first.minus(step.div(2));
}

/**
 * Returns the scores (as given in the profile, 0–100) at which the decision can change with the
 * score alone: the minimum of each grade band whose decision differs from the band below, and the
 * limit of every score rule. Sorted, without repeats.
 *
 * @example
 * decisionBoundaries(profileWithDefaultGrades)
 * //=> ['80', '90']
 */
export function decisionBoundaries(profile: Profile): string[] {
  const limits = new Map<string, Decimal>();
  profile.grades.forEach((band, g) => {
    const below = profile.grades[g + 1];
    if (below && decisionForGrade(band.grade, profile.grades) !== decisionForGrade(below.grade, profile.grades)) {
      limits.set(toDecimal(band.min).toString(), toDecimal(band.min));
    }
  });
  for (const rule of profile.rules) {
    // A score rule limited to one category reads that category's score, not the overall one.
    if (rule.when.type === 'score' && ruleScope(rule) === undefined) limits.set(toDecimal(rule.when.below).toString(), toDecimal(rule.when.below));
  }
  return [...limits.values()].sort((a, b) => a.comparedTo(b)).map((d) => d.toFixed());
}
