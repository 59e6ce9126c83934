import { auditThresholds } from '../kinds/audit-question/schema.js';
import type { Criterion } from '../criteria/criterion.js';
import { Decimal, toDecimal } from '../decimal.js';
import { scoreSet, type ScoreSet } from './scoreSet.js';
import { smallest } from '../lists/smallest.js';

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
  const any = mode === 'any';
  switch (criterion.kind) {
    case 'check':
    case 'document':
      return scoreSet(any ? [[0, 0], [100, 100]] : [[100, 100]]);
    case 'measurement':
      // Partial credit from a conforming share or from a capability index short of its minimum.
      if (criterion.partialFromShare !== undefined || criterion.capability?.partialFrom !== undefined) return scoreSet([[0, 100]]);
      return scoreSet(any ? [[0, 0], [100, 100]] : [[100, 100]]);
    case 'attribute-inspection':
      // The share of lots accepted when earlier lots were rejected.
      return scoreSet([[0, 100]]);
    case 'certificate': {
      const scores: [Decimal | string | number, Decimal | string | number][] = [[100, 100]];
      if (criterion.minRemainingDays !== undefined) {
        const expiring = clamp(criterion.expiringScore);
        scores.push([expiring, expiring]);
      }
      if (any) scores.push([0, 0]);
      return scoreSet(scores);
    }
    case 'audit-question': {
      // Several results for one question are averaged, so any score between the levels can occur.
      const { max, failBelow } = auditThresholds(criterion);
      const lowest = smallest(criterion.levels);
      const from = any ? lowest : Math.max(lowest, failBelow);
      const scores: [Decimal | string | number, Decimal | string | number][] = [[clamp(new Decimal(from).div(max).times(100)), 100]];
      if (any) scores.push([0, 0]);
      return scoreSet(scores);
    }
    case 'metric': {
      const scores: [Decimal | string | number, Decimal | string | number][] = [];
      if (criterion.bands) {
        scores.push([0, 0]);
        for (const band of criterion.bands) scores.push([clamp(band.score), clamp(band.score)]);
      } else if (criterion.target !== undefined) {
        scores.push([clamp(criterion.scoreAtLimit), 100]);
        if (any) scores.push([0, 0]);
      } else {
        scores.push([100, 100]);
        if (any) scores.push([0, 0]);
      }
      return scoreSet(scores);
    }
  }
}
