import { Decimal, decimalString, roundHalfUp } from '../decimal.js';
import type { PathSegment } from '../errors/index.js';
import type { Category, Profile } from '../schema/profile.js';
import { criterionCanMatch } from './criterionCanMatch.js';
import { criterionScoreSet } from './criterionScoreSet.js';
import { categoryCarriesWeight, type PlacedCriterion } from './criterionShares.js';
import { roundedReachFrom } from './decisionBoundaries.js';
import { lintWarning, type LintWarning } from './lintWarning.js';
import { addScoreSets, scaleScoreSet, ZERO_SET, type ScoreSet } from './scoreSet.js';

const EPSILON = new Decimal('1e-20');

/** Returns the lowest score a category can get (exact), or null when it carries no weight. */
function lowestCategoryScore(category: Category): Decimal | null {
  if (!categoryCarriesWeight(category)) return null;
  const weights = category.criteria.reduce((sum, k) => sum.plus(k.weight), new Decimal(0));
  return category.criteria.reduce(
    (sum, k) => sum.plus(new Decimal(k.weight).div(weights).times((criterionScoreSet(k, 'any')[0] as { low: Decimal }).low)),
    new Decimal(0),
  );
}

/** Returns the warning for a score limit no score can fall below, or none. */
function belowWarning(profile: Profile, id: string, below: string, lowest: Decimal, at: readonly PathSegment[]): LintWarning[] {
  if (!lowest.gt(roundedReachFrom(below, profile.places).plus(EPSILON))) return [];
  return [lintWarning('rule_never_fires', at, { id, reason: 'below', below, lowest: decimalString(roundHalfUp(lowest, profile.places)) })];
}

/**
 * Returns a warning for every rule that can never fire: a criteria rule fewer criteria can match than
 * it needs (by the criteria's ids, categories, kinds, severities, cause families, stars, and the
 * statuses, points and scores their kinds allow), a score or category-score rule whose limit no
 * possible score falls below, a category-score rule on categories without weight, and a category
 * minimum no category score falls below.
 *
 * @example
 * neverFiringRules(profile, placedCriteria(profile)).map((w) => w.params.reason)
 * //=> ['criteria']
 */
export function neverFiringRules(profile: Profile, placed: readonly PlacedCriterion[]): LintWarning[] {
  const missingCountsAsFail = profile.decision.missingEvidence === 'fail';
  const warnings: LintWarning[] = [];
  profile.categories.forEach((category, c) => {
    if (category.minScore === undefined) return;
    const lowest = lowestCategoryScore(category);
    const at = ['categories', c, 'minScore'];
    const id = `category-minimum:${category.id}`;
    if (lowest === null) warnings.push(lintWarning('rule_never_fires', at, { id, reason: 'no-score' }));
    else warnings.push(...belowWarning(profile, id, category.minScore, lowest, at));
  });
  profile.rules.forEach((rule, r) => {
    const when = rule.when;
    const at: PathSegment[] = ['rules', r, 'when'];
    if (when.type === 'criteria') {
      const matching = placed.filter((p) => criterionCanMatch(when, p.criterion, p.category.id, missingCountsAsFail)).length;
      if (matching < when.atLeast) warnings.push(lintWarning('rule_never_fires', at, { id: rule.id, reason: 'criteria', matching, atLeast: when.atLeast }));
    } else if (when.type === 'category-score') {
      const lowest = profile.categories
        .filter((category) => !when.categories || when.categories.includes(category.id))
        .map(lowestCategoryScore)
        .filter((score): score is Decimal => score !== null);
      if (lowest.length === 0) warnings.push(lintWarning('rule_never_fires', at, { id: rule.id, reason: 'no-score' }));
      else warnings.push(...belowWarning(profile, rule.id, when.below, Decimal.min(...lowest), [...at, 'below']));
    } else {
      const possible = placed.reduce<ScoreSet>((set, p) => addScoreSets(set, scaleScoreSet(criterionScoreSet(p.criterion, 'any'), p.share)), ZERO_SET);
      warnings.push(...belowWarning(profile, rule.id, when.below, (possible[0] as { low: Decimal }).low, [...at, 'below']));
    }
  });
  return warnings;
}
