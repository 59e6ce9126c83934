import { Decimal, decimalString, toDecimal, type DecimalInput } from '../decimal.js';
import { certainSignificantText } from '../fast/roundedUnits.js';

/**
 * An exact fraction n/d of two big integers, d > 0, in lowest terms (internal). The control chart
 * and gauge study functions do their deciding arithmetic in fractions, so a mean, a range or a
 * variance component compared with a limit is never rounded before the comparison.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** The greatest common divisor of two big integers (internal). */
export const gcdOf = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** Returns n/d in lowest terms with a positive denominator (d must not be 0). */
function make(n: bigint, d: bigint): Rational {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcdOf(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** A decimal written without exponent, sign other than minus, or spaces: read by its digits as given. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Returns the exact fraction of a finite number (its shortest round-trip decimal) or decimal text.
 *
 * @example
 * ratio(toRational('0.25'))
 * //=> '1/4'
 */
export function toRational(value: DecimalInput | Decimal): Rational {
  const plain = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  const text = PLAIN_DECIMAL.test(plain) ? plain : decimalString(toDecimal(value));
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = `${whole}${fraction}`;
  if (digits.length <= 15) {
    // Both n and 10^k are below 2^53: reduced in doubles, exactly.
    const n = Number(digits);
    const d = 10 ** fraction.length;
    let [x, y] = [n, d];
    while (y !== 0) [x, y] = [y, x % y];
    return { n: BigInt(n / x) * (negative ? -1n : 1n), d: BigInt(d / x) };
  }
  return make(BigInt(digits) * (negative ? -1n : 1n), 10n ** BigInt(fraction.length));
}

/** Returns the fraction n/d in lowest terms (d must not be 0). */
export const ratioOf = (n: bigint, d: bigint): Rational => make(n, d);

/** Returns the fraction of a whole number. */
export const int = (k: number | bigint): Rational => ({ n: BigInt(k), d: 1n });
export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d);
/** a/b; b must not be 0. */
export const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n);
/** −1, 0 or 1. */
export const sign = (a: Rational): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);
/** −1, 0 or 1 as a is below, equal to or above b (denominators are positive, so no reduction is needed). */
export const compare = (a: Rational, b: Rational): number => {
  const difference = a.n * b.d - b.n * a.d;
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
};
export const abs = (a: Rational): Rational => (a.n < 0n ? { n: -a.n, d: a.d } : a);
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);
/** The sum of a list (0 for none); terms over the same denominator are added without reducing each time. */
export function sum(list: readonly Rational[]): Rational {
  let n = 0n;
  let d = 1n;
  for (const term of list) {
    if (term.d === d) n += term.n;
    else ({ n, d } = make(n * term.d + term.n * d, d * term.d));
  }
  return make(n, d);
}

/**
 * Returns the fraction as a decimal of the library's precision (50 significant digits).
 *
 * @example
 * decimalString(toDecimalOf(div(int(1), int(8))))
 * //=> '0.125'
 */
export function toDecimalOf(a: Rational): Decimal {
  return new Decimal(a.n.toString()).div(a.d.toString());
}

/** Returns the text `n/d` of a fraction (for messages and tests). */
export const ratio = (a: Rational): string => `${a.n}/${a.d}`;

/** The mean of a non-empty list, exactly. */
export const meanOf = (list: readonly Rational[]): Rational => div(sum(list), int(list.length));

/** The range (largest less smallest) of a non-empty list, exactly. */
export const rangeOf = (list: readonly Rational[]): Rational =>
  sub(list.reduce((m, v) => (compare(v, m) > 0 ? v : m)), list.reduce((m, v) => (compare(v, m) < 0 ? v : m)));

/** A decimal written to `digits` significant digits, rounded half up. */
export const significantText = (value: Decimal, digits: number): string => decimalString(value.toSignificantDigits(digits, Decimal.ROUND_HALF_UP));

/**
 * The relative error bound of a figure worked out in doubles from exact fractions: a handful of
 * correctly rounded steps (a fraction's two parts, a division, a square root, a product) stay within
 * 2e-15; the bound is five times that.
 */
export const DOUBLE_ERROR = 1e-14;

/** Returns a fraction as a double, rounded at most twice (its numerator and denominator, then their quotient); NaN or ±Infinity beyond the doubles. */
export const doubleOf = (a: Rational): number => Number(a.n) / Number(a.d);

/** Whether a double is far from both ends of the normal doubles, where `DOUBLE_ERROR` bounds its relative error (0 is not). */
export const isWellInsideDoubles = (x: number): boolean => Math.abs(x) >= 1e-280 && Math.abs(x) <= 1e280;

/**
 * Returns a fraction written to `digits` significant digits, rounded half up: from its double when
 * that rounding is certain, else from a 50-digit decimal (the same text either way).
 *
 * @example
 * fractionText(div(int(2), int(3)), 10)
 * //=> '0.6666666667'
 */
export function fractionText(value: Rational, digits: number): string {
  const x = doubleOf(value);
  const certain = isWellInsideDoubles(x) ? certainSignificantText(x, digits, Math.abs(x) * DOUBLE_ERROR) : null;
  return certain ?? significantText(toDecimalOf(value), digits);
}
