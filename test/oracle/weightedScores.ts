import type { CriterionStatus } from '../../src/criteria/outcome.js';
import { Decimal, toDecimal } from '../../src/decimal.js';
import type { Profile } from '../../src/schema/profile.js';

/** The exact scores of one evaluation before rounding. */
export interface WeightedScores {
  /** Overall score, exact. */
  readonly overall: Decimal;
  /** Per category: its score (null when no criterion applies) and its share of the overall score. */
  readonly categories: ReadonlyArray<{ readonly score: Decimal | null; readonly share: Decimal }>;
  /** Per criterion (profile order): its share of the overall score (0 when not applicable). */
  readonly shares: readonly Decimal[];
}

/**
 * Returns the weighted scores: a category's score is the weighted mean of its applicable criteria, the
 * overall score the weighted mean of the categories that have any; not-applicable criteria and empty
 * categories leave the denominators. `criterionScores` and `statuses` are in profile order.
 *
 * @example
 * weightedScores(profile, [100, 50].map(toDecimal), ['pass', 'partial']).overall.toString()
 * //=> '75'
 */
export function weightedScores(profile: Profile, criterionScores: readonly Decimal[], statuses: readonly CriterionStatus[]): WeightedScores {
  const zero = new Decimal(0);
  const perCategory: { score: Decimal | null; weight: Decimal; criteriaWeight: Decimal; from: number; to: number }[] = [];
  let index = 0;
  for (const category of profile.categories) {
    let sum = zero;
    let weights = zero;
    const from = index;
    for (const criterion of category.criteria) {
      if (statuses[index] !== 'not-applicable') {
        const weight = toDecimal(criterion.weight);
        weights = weights.plus(weight);
        sum = sum.plus(weight.times(criterionScores[index] as Decimal));
      }
      index++;
    }
    perCategory.push({ score: weights.isZero() ? null : sum.div(weights), weight: toDecimal(category.weight), criteriaWeight: weights, from, to: index });
  }
  const totalWeight = perCategory.reduce((acc, c) => (c.score === null ? acc : acc.plus(c.weight)), zero);
  const overall = totalWeight.isZero()
    ? zero
    : perCategory.reduce((acc, c) => (c.score === null ? acc : acc.plus(c.weight.times(c.score))), zero).div(totalWeight);
  const shares: Decimal[] = [];
  const categories = perCategory.map((c, k) => {
    const share = c.score === null || totalWeight.isZero() ? zero : c.weight.div(totalWeight);
    const criteria = (profile.categories[k] as Profile['categories'][number]).criteria;
    for (let i = c.from; i < c.to; i++) {
      const criterion = criteria[i - c.from] as (typeof criteria)[number];
      shares.push(statuses[i] === 'not-applicable' || c.criteriaWeight.isZero() ? zero : share.times(criterion.weight).div(c.criteriaWeight));
    }
    return { score: c.score, share };
  });
  return { overall, categories, shares };
}
