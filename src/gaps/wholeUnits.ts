import { Decimal } from '../decimal.js';

/**
 * Returns a decimal as a whole number of units of 10^-scale, exactly (`scale` covers its places), so
 * that sums and differences of such decimals are exact whatever their digits.
 *
 * @example
 * wholeUnits(toDecimal('12.5'), 2)
 * //=> 1250n
 */
export function wholeUnits(value: Decimal, scale: number): bigint {
  const text = value.toFixed(scale);
  return BigInt(scale === 0 ? text : text.replace('.', ''));
}

/**
 * Returns the decimal of a whole number of units of 10^-scale, exactly (a decimal is not rounded when
 * it is made).
 *
 * @example
 * unitsDecimal(1250n, 2).toString()
 * //=> '12.5'
 */
export function unitsDecimal(units: bigint, scale: number): Decimal {
  if (scale === 0) return new Decimal(units.toString());
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  return new Decimal(`${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}
