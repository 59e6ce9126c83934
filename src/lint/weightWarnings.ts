import { Decimal, decimalString, roundHalfUp, toDecimal } from '../decimal.js';
import type { Profile } from '../schema/profile.js';
import { criterionCanMatch } from './criterionCanMatch.js';
import { criterionScoreSet } from './criterionScoreSet.js';
import { categoryCarriesWeight, ruleScope, type PlacedCriterion } from './criterionShares.js';
import { decisionBoundaries, roundedReachFrom } from './decisionBoundaries.js';
import { lintWarning, type LintWarning } from './lintWarning.js';
import { addScoreSets, scaleScoreSet, sumsMeet, ZERO_SET, type ScoreSet } from './scoreSet.js';
import { kindOf } from '../kinds/registry.js';
import { gatingIds } from '../kinds/links.js';

/** Margin that keeps every claim on the safe side of exact-decimal ties (shares like 1/3 do not end). */
const EPSILON = new Decimal('1e-20');

/**
 * Returns a warning for every category that carries no weight: its own weight is 0, or its criteria's
 * weights add up to 0. Its criteria cannot change the score; knock-outs and rules still act on them.
 *
 * @example
 * weightlessCategories(profile).map((w) => w.path)
 * //=> ['categories[2].weight']
 */
export function weightlessCategories(profile: Profile): LintWarning[] {
  return profile.categories.flatMap((category, c) => {
    if (toDecimal(category.weight).isZero()) return [lintWarning('category_weightless', ['categories', c, 'weight'], { id: category.id, title: category.title, why: 'category' })];
    if (!categoryCarriesWeight(category)) return [lintWarning('category_weightless', ['categories', c, 'criteria'], { id: category.id, title: category.title, why: 'criteria' })];
    return [];
  });
}

/**
 * Returns whether any rule can act on a criterion besides through the overall score: a criteria rule
 * whose filters it can match, a rule on its category's score (a category-score rule, a score rule
 * limited to its category, a category minimum), or, for an audit question, any other kind of rule on
 * its category (rules on audit groups).
 */
function referencedByRule(profile: Profile, placed: PlacedCriterion): boolean {
  const missingCountsAsFail = profile.decision.missingEvidence === 'fail';
  const category = placed.category.id;
  if (placed.category.minScore !== undefined) return true;
  return profile.rules.some((rule) => {
    const when = rule.when;
    const scope = ruleScope(rule);
    if (scope !== undefined && scope !== category) return false;
    if (when.type === 'criteria') return criterionCanMatch(when, placed.criterion, category, missingCountsAsFail, scope);
    if (when.type === 'score') return scope !== undefined;
    const categories = (when as { categories?: readonly string[] }).categories;
    if (categories && !categories.includes(category)) return false;
    return when.type === 'category-score' || kindOf(placed.criterion.kind).points !== undefined;
  });
}

/**
 * Returns a warning for every criterion that cannot change any decision by how it scores: it is not
 * critical, it is no measurement's gauge, no rule can refer to it, and whatever the other criteria score (critical ones without
 * failing, since a failed critical criterion rejects anyway), moving it from its lowest to its highest
 * score never carries the rounded overall score across a grade-band minimum where the decision
 * changes, nor across the limit of a score rule. Scores are modelled per kind (a check scores 0 or
 * 100; an audit question, a metric with a target or partial credit anything in between), every
 * criterion applies, and criteria in a category without weight are left to `weightlessCategories`.
 *
 * @example
 * ineffectiveWeights(profile, placedCriteria(profile)).map((w) => w.params.id)
 * //=> ['label-colour']
 */
export function ineffectiveWeights(profile: Profile, placed: readonly PlacedCriterion[]): LintWarning[] {
  const thresholds = decisionBoundaries(profile).map((limit) => roundedReachFrom(limit, profile.places));
  const inContext: ScoreSet[] = placed.map((p) => scaleScoreSet(criterionScoreSet(p.criterion, p.criterion.severity === 'critical' ? 'not-failing' : 'any'), p.share));
  const prefix: ScoreSet[] = [ZERO_SET];
  inContext.forEach((set, i) => prefix.push(addScoreSets(prefix[i] as ScoreSet, set)));
  const suffix: ScoreSet[] = new Array<ScoreSet>(placed.length + 1);
  suffix[placed.length] = ZERO_SET;
  for (let i = placed.length - 1; i >= 0; i--) suffix[i] = addScoreSets(suffix[i + 1] as ScoreSet, inContext[i] as ScoreSet);

  // A criterion that gates another's outcome (a measurement's gauge study) acts through it, whatever its own weight.
  const gauges = gatingIds(placed.map((p) => p.criterion));
  const warnings: LintWarning[] = [];
  placed.forEach((p, i) => {
    if (p.criterion.severity === 'critical' || gauges.has(p.criterion.id)) return;
    if (toDecimal(p.category.weight).isZero() || !categoryCarriesWeight(p.category)) return;
    if (referencedByRule(profile, p)) return;
    const own = criterionScoreSet(p.criterion, 'any');
    const low = (own[0] as { low: Decimal }).low.times(p.share);
    const high = (own[own.length - 1] as { high: Decimal }).high.times(p.share);
    const swing = high.minus(low);
    // The others must sum to x with x + low < T <= x + high for some decision threshold T.
    const effective =
      !swing.isZero() &&
      thresholds.some((t) => sumsMeet(prefix[i] as ScoreSet, suffix[i + 1] as ScoreSet, t.minus(high).minus(EPSILON), t.minus(low).plus(EPSILON)));
    if (!effective) {
      warnings.push(
        lintWarning('weight_ineffective', [...p.segments, 'weight'], {
          id: p.criterion.id,
          title: p.criterion.title,
          swing: swing.isZero() ? '0' : decimalString(swing.toSignificantDigits(3)),
        }),
      );
    }
  });
  return warnings;
}

/**
 * Returns a warning for every grade band that no possible score reaches once rounded to the profile's
 * places (and that no rule caps a grade to), with the nearest possible scores on either side.
 *
 * @example
 * unreachableGrades(fourChecksProfile, placedCriteria(fourChecksProfile)).map((w) => w.params.grade)
 * //=> ['B']
 */
export function unreachableGrades(profile: Profile, placed: readonly PlacedCriterion[]): LintWarning[] {
  const possible = placed.reduce<ScoreSet>((set, p) => addScoreSets(set, scaleScoreSet(criterionScoreSet(p.criterion, 'any'), p.share)), ZERO_SET);
  const capped = new Set(profile.rules.map((rule) => rule.then.capGrade).filter((grade) => grade !== undefined));
  const places = profile.places;
  const shown = (x: Decimal) => decimalString(roundHalfUp(x, places));
  const warnings: LintWarning[] = [];
  profile.grades.forEach((band, g) => {
    if (capped.has(band.grade)) return;
    const better = profile.grades[g - 1];
    // No rounded score lies in a band narrower than the rounding step, whatever the criteria.
    const empty = better !== undefined && !roundedReachFrom(band.min, places).lt(roundedReachFrom(better.min, places));
    const from = roundedReachFrom(band.min, places).minus(EPSILON);
    const to = better ? roundedReachFrom(better.min, places).plus(EPSILON) : null;
    const reached = !empty && possible.some((i) => i.high.gte(from) && (to === null || i.low.lt(to)));
    if (reached) return;
    const below = possible.filter((i) => i.low.lt(from)).map((i) => Decimal.min(i.high, from));
    const above = to === null ? [] : possible.filter((i) => i.high.gte(to)).map((i) => Decimal.max(i.low, to));
    warnings.push(
      lintWarning('grade_unreachable', ['grades', g, 'min'], {
        grade: band.grade,
        min: band.min,
        below: below.length ? shown(below[below.length - 1] as Decimal) : '',
        above: above.length ? shown(above[0] as Decimal) : '',
      }),
    );
  });
  return warnings;
}
