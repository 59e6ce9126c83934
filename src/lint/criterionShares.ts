import type { Criterion } from '../criteria/criterion.js';
import { Decimal, toDecimal } from '../decimal.js';
import type { PathSegment } from '../errors/index.js';
import type { Category, Profile } from '../schema/profile.js';

/** A criterion in its place: its category, its path and its share of the overall score. */
export interface PlacedCriterion {
  readonly criterion: Criterion;
  readonly category: Category;
  readonly categoryIndex: number;
  readonly segments: readonly PathSegment[];
  /** The criterion's share of the overall score (0–1) when every criterion applies. */
  readonly share: Decimal;
}

/**
 * Returns whether a category takes part in the overall score: its criteria's weights add up to more
 * than 0 (a category without criterion weight has no score and leaves the overall denominator).
 *
 * @example
 * categoryCarriesWeight({ criteria: [{ weight: '0' }, { weight: '0' }] })
 * //=> false
 */
export function categoryCarriesWeight(category: Pick<Category, 'criteria'>): boolean {
  return category.criteria.some((criterion) => toDecimal(criterion.weight).gt(0));
}

/**
 * Returns every criterion in profile order with its share of the overall score when every criterion
 * applies: category weight over the weights of the categories that carry weight, times criterion
 * weight over the category's criterion weights (the weighting of `weightedScores`).
 *
 * @example
 * placedCriteria(profile).map((p) => p.share.toSignificantDigits(3).toString())
 * //=> ['0.148', '0.148', '0.0494', '0.0988', '0.111', ...]
 */
export function placedCriteria(profile: Profile): PlacedCriterion[] {
  const zero = new Decimal(0);
  const total = profile.categories.reduce((sum, c) => (categoryCarriesWeight(c) ? sum.plus(c.weight) : sum), zero);
  return profile.categories.flatMap((category, c) => {
    const weights = category.criteria.reduce((sum, k) => sum.plus(k.weight), zero);
    const categoryShare = total.isZero() || weights.isZero() ? zero : toDecimal(category.weight).div(total);
    return category.criteria.map((criterion, k) => ({
      criterion,
      category,
      categoryIndex: c,
      segments: ['categories', c, 'criteria', k],
      share: categoryShare.isZero() ? zero : categoryShare.times(criterion.weight).div(weights),
    }));
  });
}

/**
 * Returns the category a rule is limited to, for rule schemas that have a `scope`, else undefined.
 *
 * @example
 * ruleScope({ id: 'r', scope: 'process-audit', when, then })
 * //=> 'process-audit'
 */
export function ruleScope(rule: object): string | undefined {
  const scope = (rule as { scope?: unknown }).scope;
  return typeof scope === 'string' ? scope : undefined;
}
