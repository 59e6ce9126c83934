/**
 * Returns a score (a canonical decimal text with at most `places` decimals, 0–100) as a whole number
 * of units of 10^-places, read from its digits (no floating point).
 *
 * @example
 * scoreUnits('86.6', 1)
 * //=> 866
 */
export function scoreUnits(text: string, places: number): number {
  return Number(decimalUnits(text, places));
}

/**
 * Returns a non-negative decimal text as a whole number of units of 10^-places (extra decimals, which
 * a rounded score never has, are cut off).
 *
 * @example
 * decimalUnits('14.8', 1)
 * //=> 148n
 */
export function decimalUnits(text: string, places: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt((whole || '0') + fraction.slice(0, places).padEnd(places, '0'));
  return negative ? -digits : digits;
}

/**
 * Returns the canonical decimal text of a whole number of units of 10^-places.
 *
 * @example
 * unitsText(866, 1)
 * //=> '86.6'
 */
export function unitsText(units: number | bigint, places: number): string {
  const value = BigInt(units);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? digits.slice(digits.length - places).replace(/0+$/, '') : '';
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}
