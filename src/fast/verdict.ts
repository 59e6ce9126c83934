import type { KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import { FAIL, MISSING, NOT_APPLICABLE, PARTIAL, PASS } from './planParts.js';

/** What the fast route decided for one criterion: status code, score as a double and its error bound. */
export interface Verdict {
  status: number;
  /** The score 0–100 as a double. */
  score: number;
  /** A bound on |score − exact score|. */
  error: number;
  /** The smallest single point result of an audit question (Infinity for other kinds), for rules. */
  minPoints: number;
  /** The exact score when the route worked it out, else null. */
  exact: Decimal | null;
}

/**
 * Returns an empty verdict to fill.
 *
 * @example
 * emptyVerdict().minPoints
 * //=> Infinity
 */
export function emptyVerdict(): Verdict {
  return { status: 0, score: 0, error: 0, minPoints: Number.POSITIVE_INFINITY, exact: null };
}

/**
 * Sets a verdict to a status and a score that is exactly a double (0, 100, a constant read once).
 *
 * @example
 * settle(emptyVerdict(), 0, 100, 0).score
 * //=> 100
 */
export function settle(verdict: Verdict, status: number, score: number, error: number): Verdict {
  verdict.status = status;
  verdict.score = score;
  verdict.error = error;
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.exact = null;
  return verdict;
}

const STATUS_CODES = { pass: PASS, partial: PARTIAL, fail: FAIL, 'not-applicable': NOT_APPLICABLE, missing: MISSING } as const;

/**
 * Sets a verdict to an outcome worked out in decimal arithmetic (its status and exact score, the
 * score as a double within one unit in the last place), with `least` as its smallest point result.
 *
 * @example
 * verdictOf({ status: 'partial', score: new Decimal('87.5'), ... }, emptyVerdict()).score
 * //=> 87.5
 */
export function verdictOf(outcome: KindOutcome, verdict: Verdict, least = Number.POSITIVE_INFINITY): KindOutcome {
  verdict.status = STATUS_CODES[outcome.status];
  verdict.exact = outcome.score;
  verdict.score = outcome.score.toNumber();
  verdict.error = Math.abs(verdict.score) * Number.EPSILON;
  verdict.minPoints = least;
  return outcome;
}
