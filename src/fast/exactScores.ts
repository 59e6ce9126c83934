import { Decimal } from '../decimal.js';
import { CACHE_LIMIT, NOT_APPLICABLE, type CompiledProfile } from './plan.js';
import { HUNDRED, ZERO } from './fastContext.js';

/**
 * The weighted scores of one evaluation in exact decimal arithmetic, each worked out only when asked
 * for and then remembered, by the very operations, in the very order, of `weightedScores` and the
 * points lost of `exactNumbers`, so every value is identical to theirs. The fast route asks only for
 * the few numbers its doubles cannot round with certainty.
 */
export interface ExactScores {
  /** A category's score, or null when no criterion applies. */
  category(k: number): Decimal | null;
  overall(): Decimal;
  /** A criterion's share of the overall score (0 when not applicable). */
  share(i: number): Decimal;
  /** Points a criterion loses, unrounded. */
  lost(i: number): Decimal;
  /** Points a category loses, unrounded. */
  categoryLost(k: number): Decimal;
}

/**
 * Returns the lazy exact scores of an evaluation from its statuses and a function giving the exact
 * score of a criterion.
 *
 * @example
 * exactScores(compiled, statuses, (i) => outcomes[i].score).overall().toString()
 * //=> '86.555555555555555555555555555555555555555555555556'
 */
export function exactScores(compiled: CompiledProfile, statuses: ArrayLike<number>, score: (i: number) => Decimal): ExactScores {
  const categories = compiled.categories;
  const criteria = compiled.criteria;
  const weights: Array<Decimal | undefined> = new Array<Decimal | undefined>(categories.length);
  const scores: Array<Decimal | null | undefined> = new Array<Decimal | null | undefined>(categories.length);
  const shares: Array<Decimal | undefined> = new Array<Decimal | undefined>(categories.length);
  let total: Decimal | undefined;
  let overall: Decimal | undefined;

  const weightsOf = (k: number): Decimal => {
    let w = weights[k];
    if (w === undefined) {
      const c = categories[k] as (typeof categories)[number];
      w = ZERO;
      for (let i = c.from; i < c.to; i++) if (statuses[i] !== NOT_APPLICABLE) w = w.plus((criteria[i] as (typeof criteria)[number]).weightExact);
      weights[k] = w;
    }
    return w;
  };
  const category = (k: number): Decimal | null => {
    let s = scores[k];
    if (s === undefined) {
      const c = categories[k] as (typeof categories)[number];
      const w = weightsOf(k);
      if (w.isZero()) s = null;
      else {
        let sum = ZERO;
        for (let i = c.from; i < c.to; i++) if (statuses[i] !== NOT_APPLICABLE) sum = sum.plus((criteria[i] as (typeof criteria)[number]).weightExact.times(score(i)));
        s = sum.div(w);
      }
      scores[k] = s;
    }
    return s;
  };
  // Whether a category has a score does not need its score: only whether any criterion applies with weight.
  const hasScore = (k: number): boolean => !weightsOf(k).isZero();
  const totalWeight = (): Decimal => {
    if (total === undefined) {
      total = ZERO;
      for (let k = 0; k < categories.length; k++) if (hasScore(k)) total = total.plus((categories[k] as (typeof categories)[number]).weightExact);
    }
    return total;
  };
  const share = (k: number): Decimal => {
    let s = shares[k];
    if (s === undefined) {
      s = !hasScore(k) || totalWeight().isZero() ? ZERO : (categories[k] as (typeof categories)[number]).weightExact.div(totalWeight());
      shares[k] = s;
    }
    return s;
  };
  // A criterion's share depends only on which criteria apply and which categories have a score:
  // remembered per profile for each such pattern (the shares of one pattern in one array, so a key is
  // made once per evaluation, not per criterion), so a tie costs two decimal operations.
  let known: Array<Decimal | undefined> | undefined;
  const knownShares = (): Array<Decimal | undefined> => {
    if (known === undefined) {
      let pattern = '';
      for (let i = 0; i < criteria.length; i++) pattern += statuses[i] === NOT_APPLICABLE ? '1' : '0';
      const cache = compiled.shares;
      known = cache.get(pattern);
      if (known === undefined) {
        known = new Array<Decimal | undefined>(criteria.length);
        // At most about CACHE_LIMIT shares in all, however many criteria a pattern has.
        if (cache.size * criteria.length >= CACHE_LIMIT) cache.clear();
        cache.set(pattern, known);
      }
    }
    return known;
  };
  const criterionShare = (i: number): Decimal => {
    const shares = knownShares();
    let value = shares[i];
    if (value === undefined) {
      const c = criteria[i] as (typeof criteria)[number];
      const w = weightsOf(c.category);
      value = statuses[i] === NOT_APPLICABLE || w.isZero() ? ZERO : share(c.category).times(c.weightExact).div(w);
      shares[i] = value;
    }
    return value;
  };
  const lost = (i: number): Decimal => HUNDRED.minus(score(i)).times(criterionShare(i));
  return {
    category,
    overall() {
      if (overall === undefined) {
        const t = totalWeight();
        if (t.isZero()) overall = ZERO;
        else {
          let sum = ZERO;
          for (let k = 0; k < categories.length; k++) {
            const s = category(k);
            if (s !== null) sum = sum.plus((categories[k] as (typeof categories)[number]).weightExact.times(s));
          }
          overall = sum.div(t);
        }
      }
      return overall;
    },
    share: criterionShare,
    lost,
    // The points a category lost: its criteria's exact weighted shortfalls summed first and divided
    // once, so the sum does not depend on the order of the criteria.
    categoryLost(k) {
      const c = categories[k] as (typeof categories)[number];
      const w = weightsOf(k);
      if (w.isZero() || totalWeight().isZero()) return ZERO;
      let sum = ZERO;
      for (let i = c.from; i < c.to; i++) {
        if (statuses[i] !== NOT_APPLICABLE) sum = sum.plus(HUNDRED.minus(score(i)).times((criteria[i] as (typeof criteria)[number]).weightExact));
      }
      return sum.times(c.weightExact).div(totalWeight().times(w));
    },
  };
}
