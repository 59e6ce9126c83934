import { Decimal, decimalString, roundHalfUp, toDecimal } from '../decimal.js';
import type { PathSegment } from '../errors/index.js';
import type { Category, Profile } from '../schema/profile.js';
import { criterionCanMatch, criterionSelected } from './criterionCanMatch.js';
import { criterionScoreSet } from './criterionScoreSet.js';
import { categoryCarriesWeight, ruleScope, type PlacedCriterion } from './criterionShares.js';
import { roundedReachFrom } from './decisionBoundaries.js';
import { lintWarning, type LintWarning } from './lintWarning.js';
import { addScoreSets, scaleScoreSet, ZERO_SET, type ScoreSet } from './scoreSet.js';
import { appendAll } from '../lists/appendAll.js';

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
 * statuses, points and scores their kinds allow), a rule whose score limit no possible score falls
 * below, a category-score rule on categories without weight, and a category minimum no category
 * score falls below. A rule limited to a category (`scope`) looks only at it. A general rule about
 * criteria the profile does not have at all (star-question rules in a profile without star
 * questions) is not reported: it applies as soon as they are added.
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
    else appendAll(warnings, belowWarning(profile, id, category.minScore, lowest, at));
  });
  profile.rules.forEach((rule, r) => {
    const when = rule.when;
    const at: PathSegment[] = ['rules', r, 'when'];
    const scope = ruleScope(rule);
    const categories = (when as { categories?: readonly string[] }).categories;
    const looksAt = (category: Category) => (scope === undefined || scope === category.id) && (!categories || categories.includes(category.id));
    const below = (when as { below?: string }).below;
    if (when.type === 'criteria') {
      // A general rule about criteria the profile does not have (say, star questions) waits for them:
      // it is reported only when it names criteria, or selects some that can never make it fire.
      const selected = placed.filter((p) => criterionSelected(when, p.criterion, p.category.id, scope)).length;
      const matching = placed.filter((p) => criterionCanMatch(when, p.criterion, p.category.id, missingCountsAsFail, scope)).length;
      if ((selected > 0 || when.criteria) && matching < when.atLeast) {
        warnings.push(lintWarning('rule_never_fires', at, { id: rule.id, reason: 'criteria', matching, atLeast: when.atLeast }));
      }
    } else if (when.type === 'category-score' || (when.type === 'score' && scope !== undefined)) {
      const lowest = profile.categories
        .filter(looksAt)
        .map(lowestCategoryScore)
        .filter((score): score is Decimal => score !== null);
      if (lowest.length === 0) warnings.push(lintWarning('rule_never_fires', at, { id: rule.id, reason: 'no-score' }));
      else appendAll(warnings, belowWarning(profile, rule.id, when.below, lowest.reduce((a, b) => Decimal.min(a, b)), [...at, 'below']));
    } else if (when.type === 'score') {
      const possible = placed.reduce<ScoreSet>((set, p) => addScoreSets(set, scaleScoreSet(criterionScoreSet(p.criterion, 'any'), p.share)), ZERO_SET);
      appendAll(warnings, belowWarning(profile, rule.id, when.below, (possible[0] as { low: Decimal }).low, [...at, 'below']));
    } else if (below !== undefined && !toDecimal(below).gt(0)) {
      // Any other score a rule compares (audit group scores, points over possible points) is never
      // below 0. A rule on groups the profile does not form waits for them, like a criteria rule.
      warnings.push(lintWarning('rule_never_fires', [...at, 'below'], { id: rule.id, reason: 'below', below, lowest: '0' }));
    }
  });
  return warnings;
}
