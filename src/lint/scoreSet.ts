import { Decimal, toDecimal } from '../decimal.js';

/** A closed interval of scores `[low, high]`; a single possible score has `low` equal to `high`. */
export interface ScoreInterval {
  readonly low: Decimal;
  readonly high: Decimal;
}

/** A set of possible scores: sorted, disjoint closed intervals. */
export type ScoreSet = readonly ScoreInterval[];

/** How many intervals a set keeps before its smallest gaps are filled (the set only grows, never loses a score). */
export const SCORE_SET_LIMIT = 256;

/**
 * Returns a score set from intervals in any order: sorted, with overlapping or touching intervals
 * merged.
 *
 * @example
 * scoreSet([[50, 100], [0, 0], [90, 95]]).map((i) => [i.low.toNumber(), i.high.toNumber()])
 * //=> [[0, 0], [50, 100]]
 */
export function scoreSet(intervals: ReadonlyArray<readonly [Decimal | string | number, Decimal | string | number] | ScoreInterval>): ScoreSet {
  const list = intervals
    .map((i) => ('low' in i ? i : { low: toDecimal(i[0]), high: toDecimal(i[1]) }))
    .sort((a, b) => a.low.comparedTo(b.low));
  return mergeSorted(list);
}

function mergeSorted(sorted: readonly ScoreInterval[]): ScoreInterval[] {
  const out: ScoreInterval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next.low.lte(last.high)) {
      if (next.high.gt(last.high)) out[out.length - 1] = { low: last.low, high: next.high };
    } else {
      out.push(next);
    }
  }
  return out;
}

/** Fills the smallest gaps until at most `limit` intervals remain: a superset, never a subset. */
function capped(set: ScoreInterval[], limit: number): ScoreInterval[] {
  if (set.length <= limit) return set;
  const gaps = set.slice(1).map((interval, i) => interval.low.minus((set[i] as ScoreInterval).high));
  const threshold = [...gaps].sort((a, b) => a.comparedTo(b))[set.length - limit - 1] as Decimal;
  const out: ScoreInterval[] = [set[0] as ScoreInterval];
  set.slice(1).forEach((interval, i) => {
    if ((gaps[i] as Decimal).lte(threshold)) {
      const last = out[out.length - 1] as ScoreInterval;
      out[out.length - 1] = { low: last.low, high: interval.high };
    } else {
      out.push(interval);
    }
  });
  return out;
}

/**
 * Returns every sum of a score from `a` and a score from `b` (the Minkowski sum), as a score set of at
 * most `SCORE_SET_LIMIT` intervals (beyond that the smallest gaps are filled, so no sum is lost).
 *
 * @example
 * addScoreSets(scoreSet([[0, 0], [50, 50]]), scoreSet([[0, 0], [50, 50]])).length
 * //=> 3
 */
export function addScoreSets(a: ScoreSet, b: ScoreSet, limit = SCORE_SET_LIMIT): ScoreSet {
  if (a.length === 0 || b.length === 0) return [];
  const [many, few] = a.length >= b.length ? [a, b] : [b, a];
  // Each interval of the shorter set shifts the longer one; merging the sorted copies keeps the order.
  const copies = few.map((shift) => many.map((i) => ({ low: i.low.plus(shift.low), high: i.high.plus(shift.high) })));
  const merged: ScoreInterval[] = [];
  const next = copies.map(() => 0);
  for (;;) {
    let best = -1;
    copies.forEach((copy, k) => {
      const candidate = copy[next[k] as number];
      if (candidate && (best < 0 || candidate.low.lt((copies[best] as ScoreInterval[])[next[best] as number]!.low))) best = k;
    });
    if (best < 0) break;
    merged.push((copies[best] as ScoreInterval[])[next[best] as number] as ScoreInterval);
    next[best] = (next[best] as number) + 1;
  }
  return capped(mergeSorted(merged), limit);
}

/**
 * Returns the set scaled by a non-negative factor (a criterion's share of the overall score).
 *
 * @example
 * scaleScoreSet(scoreSet([[0, 0], [100, 100]]), new Decimal('0.25')).map((i) => i.high.toNumber())
 * //=> [0, 25]
 */
export function scaleScoreSet(set: ScoreSet, factor: Decimal): ScoreSet {
  if (factor.isZero()) return [{ low: new Decimal(0), high: new Decimal(0) }];
  return set.map((i) => ({ low: i.low.times(factor), high: i.high.times(factor) }));
}

/**
 * Returns whether `a + b` can fall in `[low, high]` for some score `a` of the first set and `b` of the
 * second, without forming their sum.
 *
 * @example
 * sumsMeet(scoreSet([[0, 0], [50, 50]]), scoreSet([[0, 0], [25, 25]]), new Decimal(70), new Decimal(80))
 * //=> true
 */
export function sumsMeet(a: ScoreSet, b: ScoreSet, low: Decimal, high: Decimal): boolean {
  for (const i of a) {
    // b must reach [low - i.high, high - i.low]
    const from = low.minus(i.high);
    const to = high.minus(i.low);
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((b[mid] as ScoreInterval).high.lt(from)) lo = mid + 1;
      else hi = mid;
    }
    const candidate = b[lo];
    if (candidate && candidate.low.lte(to)) return true;
  }
  return false;
}

/** The set holding only the score 0: the neutral element of `addScoreSets`. */
export const ZERO_SET: ScoreSet = [{ low: new Decimal(0), high: new Decimal(0) }];
