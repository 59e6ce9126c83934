import type { Decimal } from '../decimal.js';
import { checkedValue, Exact } from './exact.js';
import { requireConversion } from './unitConversionIssues.js';

/**
 * Returns -1, 0 or 1 as a value in unit `from` is below, equal to or above a limit in unit `to`,
 * decided exactly: with `to = (v × scaleNum + offsetNum) / scaleDen` and `scaleDen > 0`, it compares
 * `value × scaleNum + offsetNum` with `limit × scaleDen` without dividing or rounding. Throws a
 * ValidationError for an unknown or incompatible unit or a non-finite value.
 *
 * @example
 * compareConverted(toDecimal('0.3957'), 'in', toDecimal('10.05078'), 'mm')
 * //=> 0
 */
export function compareConverted(value: Decimal, from: string, limit: Decimal, to: string): -1 | 0 | 1 {
  const c = requireConversion(from, to);
  const left = new Exact(checkedValue(value, 'value')).times(c.scaleNum).plus(c.offsetNum);
  const right = new Exact(checkedValue(limit, 'limit')).times(c.scaleDen);
  return left.cmp(right) as -1 | 0 | 1;
}
