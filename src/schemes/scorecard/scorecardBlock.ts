import type { CriterionInput } from '../../criteria/criterion.js';
import { Decimal, decimalString, toDecimal } from '../../decimal.js';
import type { RuleInput } from '../../schema/rule.js';
import type { ProfileBlock } from '../profileBlock.js';
import { scorecardCriterion } from './scorecardCriteria.js';
import { checkedScorecardOptions, scorecardBlockOptionsSchema, type ScorecardBlockOptions } from './scorecardOptions.js';
import { scorecardParts } from './scorecardParts.js';

/**
 * Returns a periodic supplier scorecard as one category of a profile, so that the category score is
 * the scorecard total: every subcriterion a metric scored 1–100 (SAP MM vendor evaluation's score
 * range), weighted by main weight × subcriterion weight × the product of the other main criteria's
 * subcriterion weight sums, which gives exactly Σ main weight · main score / Σ main weight with each
 * main score the weighted mean of its subcriteria (SAP's weighting key). A not-applicable
 * subcriterion leaves only the one-level mean, not its main criterion's. Rules scoped to the category
 * turn the class bands into decisions: a total below a band whose decision is not `approved` caps the
 * decision (DRiV: below 70, Developmental, at most conditional).
 *
 * @example
 * scorecardBlock({ weights: { quality: 3, delivery: 1 }, subcriteria: { service: false } }).categories[0].criteria.map((c) => c.weight)
 * //=> ['3', '3', '3', '3', '3']
 */
export function scorecardBlock(input: ScorecardBlockOptions = {}): ProfileBlock {
  const options = checkedScorecardOptions(scorecardBlockOptionsSchema, input);
  const category = options.category ?? 'scorecard';
  const prefix = options.idPrefix ?? '';
  const { mains, classes } = scorecardParts(options);
  const sums = mains.map((m) => m.subs.reduce((acc, { settings }) => acc.plus(toDecimal(settings.weight ?? '1')), new Decimal(0)));
  const criteria: CriterionInput[] = mains.flatMap((m, k) => {
    const others = sums.reduce((acc, sum, j) => (j === k ? acc : acc.times(sum)), new Decimal(1));
    return m.subs.map(({ sub, settings }) =>
      scorecardCriterion(sub, settings, prefix, decimalString(toDecimal(m.weight).times(toDecimal(settings.weight ?? '1')).times(others))),
    );
  });
  const rules: RuleInput[] = [];
  classes.forEach((band, i) => {
    const above = classes[i - 1];
    if (!above || band.decision === undefined || band.decision === 'approved') return;
    rules.push({
      id: `${category}:class-${band.grade}`,
      title: `Scorecard total below ${above.min}: ${band.grade}`,
      scope: category,
      when: { type: 'score', below: above.min },
      then: { capDecision: band.decision },
      translations: { id: { title: `Total kartu skor di bawah ${above.min}: ${band.grade}` } },
    });
  });
  return {
    categories: [
      {
        id: category,
        title: options.title ?? 'Supplier scorecard',
        ...(options.weight !== undefined ? { weight: options.weight } : {}),
        criteria,
      },
    ],
    rules,
  };
}
