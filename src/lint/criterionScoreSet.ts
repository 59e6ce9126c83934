import type { Criterion } from '../criteria/criterion.js';
import { Decimal, toDecimal } from '../decimal.js';
import { kindOf } from '../kinds/registry.js';
import { scoreSet, type ScoreSet } from './scoreSet.js';

const clamp = (value: Decimal | string | number): Decimal => Decimal.min(100, Decimal.max(0, toDecimal(value)));

/**
 * Returns the scores (0–100) a criterion can get, as its kind scores them: any score at all, or only
 * the scores that do not fail it (what a critical criterion scores when it does not knock the supplier
 * out). Any score includes 0, the score of missing evidence. Scores that can take many values (an averaged audit question, a metric scored linearly between
 * limit and target, partial credit, the share of lots accepted) are taken as a whole interval.
 *
 * @example
 * criterionScoreSet({ kind: 'check', ... }, 'any').map((i) => i.low.toNumber())
 * //=> [0, 100]
 */
export function criterionScoreSet(criterion: Criterion, mode: 'any' | 'not-failing'): ScoreSet {
  return scoreSet(kindOf(criterion.kind).scores(criterion, mode === 'any').map(([low, high]) => [clamp(low), clamp(high)]));
}
