import { Decimal } from '../decimal.js';
import { CACHE_LIMIT, type PlanCaches } from './planParts.js';

/** What the fast evaluators of every kind read besides their criterion and entry. */
export interface FastContext {
  readonly compiled: PlanCaches;
  /** The evaluation date and its day number. */
  readonly at: string;
  readonly atDay: number;
}

/** The decimals 0 and 100, shared: decimals never change. */
export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/**
 * Returns the decimal of a canonical decimal text, remembered per profile (scores repeat, so the
 * rules read them without building a decimal each time).
 *
 * @example
 * decimalOf(compiled, '87.5').toString()
 * //=> '87.5'
 */
export function decimalOf(compiled: PlanCaches, text: string): Decimal {
  if (text === '0') return ZERO;
  if (text === '100') return HUNDRED;
  const cache = compiled.decimals;
  let value = cache.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, value);
  }
  return value;
}
