import { Decimal } from '../decimal.js';
import { checkedValue, Exact } from './exact.js';
import { requireConversion } from './unitConversionIssues.js';

/**
 * Returns a value in unit `from` expressed in unit `to`: `(value × scaleNum + offsetNum) / scaleDen`
 * (see `conversionBetween`), with one rounding, half-up to 50 significant digits. For a decision
 * against a limit use `compareConverted`, which never rounds. Throws a ValidationError for an unknown
 * or incompatible unit or a non-finite value.
 *
 * @example
 * decimalString(convertValue(toDecimal('1'), 'psi', 'kPa').toDecimalPlaces(12))
 * //=> '6.894757293168'
 */
export function convertValue(value: Decimal, from: string, to: string): Decimal {
  const c = requireConversion(from, to);
  const numerator = new Exact(checkedValue(value, 'value')).times(c.scaleNum).plus(c.offsetNum);
  return new Decimal(numerator).div(c.scaleDen);
}
