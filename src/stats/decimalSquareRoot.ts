import { Decimal } from '../decimal.js';

/**
 * Returns √x to the library's 50 significant digits (within a unit in the last) for a decimal x ≥ 0, by Newton's iteration
 * y ← (y + x/y)/2 from the double's square root (each step doubles the correct digits), using only
 * the arithmetic the slim global bundle keeps (decimal.js's own `sqrt` is left out of it) (internal).
 *
 * @example
 * decimalSquareRoot(new Decimal(2)).toFixed(20)
 * //=> '1.41421356237309504880'
 */
export function decimalSquareRoot(x: Decimal): Decimal {
  if (x.isZero() || x.isNegative()) return new Decimal(0);
  // A start within a factor of about 1 + 1e-16: the double's root of the mantissa, times 10^(e/2).
  const exponent = x.e - (x.e % 2 === 0 ? 0 : 1);
  const mantissa = x.div(new Decimal(10).pow(exponent)).toNumber();
  let y = new Decimal(Math.sqrt(mantissa)).times(new Decimal(10).pow(exponent / 2));
  for (let i = 0; i < 8; i++) {
    const next = y.plus(x.div(y)).div(2);
    if (next.eq(y)) break;
    y = next;
  }
  return y;
}
