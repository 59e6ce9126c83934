import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's private decimal type: a `Decimal.clone` with 50 significant digits and half-up
 * rounding, so the host's global `Decimal` settings are never read or changed.
 */
export const Decimal = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = InstanceType<typeof Decimal>;

/** A number or a decimal string as accepted in profiles and evidence. */
export type DecimalInput = number | string;

/**
 * Returns the exact decimal for a number or decimal string. A JavaScript number is read by its
 * shortest round-trip text, so `0.1` is the decimal 0.1, not the binary double behind it.
 *
 * @example
 * toDecimal(0.1).plus(toDecimal(0.2)).toString()
 * //=> '0.3'
 */
export function toDecimal(value: DecimalInput | Decimal): Decimal {
  if (value instanceof Decimal) return value;
  return new Decimal(typeof value === 'number' ? value : value.trim());
}

/**
 * Returns the canonical text of a decimal: no exponent, no trailing zeros, `-0` as `0`.
 *
 * @example
 * decimalString(toDecimal('1.50'))
 * //=> '1.5'
 */
export function decimalString(value: Decimal): string {
  if (value.isZero()) return '0';
  return value.toFixed();
}

/**
 * Returns the decimal rounded half-up to `places` decimal places (half away from zero).
 *
 * @example
 * decimalString(roundHalfUp(toDecimal('87.45'), 1))
 * //=> '87.5'
 */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}
