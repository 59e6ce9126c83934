import { decimalString, toDecimal, type DecimalInput } from '../decimal.js';

/**
 * Exact arithmetic on plain decimal texts (`[+-]digits[.digits]`, no exponent), so the hot path can
 * compare, round and print decimals without building `Decimal` objects. Every function here gives
 * exactly what the `Decimal` route gives (checked by property tests); texts it cannot read (an
 * exponent, unusual white space) go the `Decimal` route.
 */

const ZERO = 48;
const NINE = 57;

/**
 * Returns whether a character code is white space that `String.prototype.trim` removes.
 *
 * @example
 * isSpace(' '.charCodeAt(0))
 * //=> true
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Returns whether a text is a plain decimal as accepted in evidence: optional white space, an
 * optional sign, digits with at most one decimal point and at least one digit, optional white space,
 * at most 400 characters (the same texts as `isDecimalInput`, without a regular expression).
 *
 * @example
 * [isPlainDecimalText(' -3.205 '), isPlainDecimalText('1e5'), isPlainDecimalText('.')]
 * //=> [true, false, false]
 */
export function isPlainDecimalText(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 400) return false;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i === end) return false;
  let c = text.charCodeAt(i);
  if (c === 43 || c === 45) i++;
  let digits = 0;
  let dot = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Returns the double nearest to a plain decimal text (as `Number(text)`), reading short texts
 * directly: with at most 15 significant digits and 22 decimals the digits and the power of ten are
 * exact doubles, so one division rounds correctly (Clinger's fast path); longer texts use `Number`.
 *
 * @example
 * decimalTextFloat('3.205') === 3.205
 * //=> true
 */
export function decimalTextFloat(text: string): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  if (c === 45) {
    negative = true;
    i = 1;
  } else if (c === 43) i = 1;
  let mantissa = 0;
  let significant = 0;
  let count = 0;
  let decimals = -1;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      count++;
      if (significant > 0 || c !== ZERO) significant++;
      mantissa = mantissa * 10 + (c - ZERO);
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return Number(text);
  }
  if (count === 0 || significant > 15 || decimals > 22) return Number(text);
  const value = decimals > 0 ? mantissa / (POWERS[decimals] as number) : mantissa;
  return negative ? -value : value;
}

/**
 * Returns the double of a plain decimal text (as `Number(text)`) when it is one as evidence accepts
 * (`isPlainDecimalText`), else NaN: checking and reading in one pass over the characters.
 *
 * @example
 * [decimalTextValue('3.205'), decimalTextValue(' -1.5 '), decimalTextValue('1e5')]
 * //=> [3.205, -1.5, NaN]
 */
export function decimalTextValue(text: string): number {
  const n = text.length;
  if (n === 0 || n > 400) return Number.NaN;
  let i = 0;
  let negative = false;
  const c = text.charCodeAt(0);
  if (c === 45) {
    negative = true;
    i = 1;
  } else if (c === 43) i = 1;
  // Most measured values have at most 9 digits: read them as a small whole number (exact, and
  // cheaper than double arithmetic) and divide once; longer texts are read by the loop below.
  if (n - i <= 10) {
    const start = i;
    let units = 0;
    let point = -1;
    for (; i < n; i++) {
      const digit = text.charCodeAt(i) - ZERO;
      if (digit >= 0 && digit <= 9) units = units * 10 + digit;
      else if (digit === -2 && point < 0) point = i;
      else return isPlainDecimalText(text) ? Number(text) : Number.NaN;
    }
    const digits = n - start - (point < 0 ? 0 : 1);
    if (digits === 0) return Number.NaN;
    if (digits <= 9) {
      const decimals = point < 0 ? 0 : n - point - 1;
      const value = decimals > 0 ? units / (POWERS[decimals] as number) : units;
      return negative ? -value : value;
    }
    i = start;
  }
  return longDecimalTextValue(text, i, negative);
}

/** `decimalTextValue` of a text with more than 9 digits, read from `i` (after the sign). */
function longDecimalTextValue(text: string, i: number, negative: boolean): number {
  const n = text.length;
  let mantissa = 0;
  let count = 0;
  // Leading zero digits (the mantissa is still 0 after them), and the digit count at the point.
  let zeros = 0;
  let point = -1;
  for (; i < n; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      count++;
      if (mantissa === 0) zeros++;
    } else if (digit === -2 && point < 0) point = count;
    else return isPlainDecimalText(text) ? Number(text) : Number.NaN;
  }
  if (count === 0) return Number.NaN;
  const decimals = point < 0 ? 0 : count - point;
  if (count - zeros > 15 || decimals > 22) return Number(text);
  const value = decimals > 0 ? mantissa / (POWERS[decimals] as number) : mantissa;
  return negative ? -value : value;
}

/** A plain decimal text taken apart: sign, integer digits without leading zeros, fraction digits without trailing zeros. */
interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** Returns the parts of a plain decimal text (white space allowed around it), or null when it is not one. */
function partsOf(text: string): DecimalParts | null {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const c = text.charCodeAt(i);
  if (c === 45) {
    negative = true;
    i++;
  } else if (c === 43) i++;
  let dot = -1;
  let count = 0;
  for (let k = i; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d === 46) {
      if (dot >= 0) return null;
      dot = k;
    } else if (d < ZERO || d > NINE) return null;
    else count++;
  }
  if (count === 0) return null;
  let wholeStart = i;
  const wholeEnd = dot >= 0 ? dot : end;
  while (wholeStart < wholeEnd && text.charCodeAt(wholeStart) === ZERO) wholeStart++;
  let fractionEnd = end;
  if (dot >= 0) while (fractionEnd > dot + 1 && text.charCodeAt(fractionEnd - 1) === ZERO) fractionEnd--;
  const whole = text.slice(wholeStart, wholeEnd);
  const fraction = dot >= 0 ? text.slice(dot + 1, fractionEnd) : '';
  if (whole.length === 0 && fraction.length === 0) negative = false;
  return { negative, whole, fraction };
}

function compareMagnitude(a: DecimalParts, b: DecimalParts): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  if (a.fraction === b.fraction) return 0;
  return a.fraction < b.fraction ? -1 : 1;
}

/**
 * Returns -1, 0 or 1 as the plain decimal text `a` is below, equal to or above `b`, exactly
 * (`'90.0'` equals `'90'`, `'-0'` equals `'0'`). Null when either is not a plain decimal text.
 *
 * @example
 * [compareDecimalTexts('10.050', '10.05'), compareDecimalTexts('-0.1', '0'), compareDecimalTexts('9.9999999999999999999', '10')]
 * //=> [0, -1, -1]
 */
export function compareDecimalTexts(a: string, b: string): number | null {
  const x = partsOf(a);
  const y = partsOf(b);
  if (!x || !y) return null;
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const m = compareMagnitude(x, y);
  return m === 0 ? 0 : x.negative ? -m : m;
}

/**
 * Returns the exact decimal text of a number: its shortest round-trip text, read as `toDecimal`
 * reads numbers. Null for texts with an exponent (very large or small numbers).
 *
 * @example
 * [numberText(0.1), numberText(-0), numberText(1e21)]
 * //=> ['0.1', '0', null]
 */
export function numberText(value: number): string | null {
  const text = String(value);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69 || c === 73 || c === 78) return null; // e, E, Infinity, NaN
  }
  return text;
}

/**
 * Returns -1, 0 or 1 as a number or decimal string is below, equal to or above the decimal `text`,
 * exactly, as `toDecimal(value).comparedTo(toDecimal(text))`.
 *
 * @example
 * [compareInputToText('90.0', '90'), compareInputToText(0.1, '0.1'), compareInputToText(1e21, '5')]
 * //=> [0, 0, 1]
 */
export function compareInputToText(value: DecimalInput, text: string): number {
  const own = typeof value === 'number' ? numberText(value) : value;
  const fast = own === null ? null : compareDecimalTexts(own, text);
  return fast ?? toDecimal(value).comparedTo(toDecimal(text));
}

/**
 * Returns the canonical text of a number or decimal string, exactly as
 * `decimalString(toDecimal(value))`: no sign on zero, no leading or trailing zeros, no exponent.
 *
 * @example
 * [canonicalText(' +003.2050 '), canonicalText(-0), canonicalText('.5'), canonicalText(1e21)]
 * //=> ['3.205', '0', '0.5', '1000000000000000000000']
 */
export function canonicalText(value: DecimalInput): string {
  const own = typeof value === 'number' ? numberText(value) : value;
  const parts = own === null ? null : partsOf(own);
  if (!parts) return decimalString(toDecimal(value));
  const whole = parts.whole.length === 0 ? '0' : parts.whole;
  const body = parts.fraction.length === 0 ? whole : `${whole}.${parts.fraction}`;
  return parts.negative ? `-${body}` : body;
}

/** The canonical text of a number or decimal string (a number's shortest text is canonical already). */
function plainText(value: DecimalInput): string {
  return (typeof value === 'number' ? numberText(value) : null) ?? canonicalText(value);
}

/**
 * Returns a canonical decimal text (`[-]digits[.digits]`, as `canonicalText` gives it) cut after
 * index `end` and rounded half-up by the digit at `next`: the kept characters, one unit added in
 * the last kept digit when that digit is 5 or more (carrying over nines and the point, one digit
 * longer when every digit was a nine).
 */
function cutText(text: string, end: number, next: number): string {
  const head = text.slice(0, end);
  if (next >= text.length || text.charCodeAt(next) < 53) return head;
  let i = end - 1;
  let zeros = '';
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === NINE) zeros = `0${zeros}`;
    else if (c === 46) zeros = `.${zeros}`;
    else break;
  }
  if (i < 0 || text.charCodeAt(i) === 45) return `${head.slice(0, i + 1)}1${zeros}`;
  return head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1) + zeros;
}

/** Drops trailing zeros of a fraction (and a point left bare) and the sign of zero. */
function trimmedText(text: string): string {
  let end = text.length;
  if (text.indexOf('.') >= 0) {
    while (text.charCodeAt(end - 1) === ZERO) end--;
    if (text.charCodeAt(end - 1) === 46) end--;
  }
  const trimmed = end === text.length ? text : text.slice(0, end);
  for (let i = trimmed.charCodeAt(0) === 45 ? 1 : 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c !== ZERO && c !== 46) return trimmed;
  }
  return '0';
}

/** `roundedText` of a canonical decimal text, without taking it apart. */
function roundedNumberText(text: string, places: number): string {
  const point = text.indexOf('.');
  if (point < 0 || text.length - point - 1 <= places) return text;
  const end = places === 0 ? point : point + 1 + places;
  return trimmedText(cutText(text, end, point + 1 + places));
}

/** `significantText` of a canonical decimal text, without taking it apart. */
function significantNumberText(text: string, digits: number): string {
  const n = text.length;
  let point = text.indexOf('.');
  if (point < 0) point = n;
  let first = text.charCodeAt(0) === 45 ? 1 : 0;
  while (first < n && (text.charCodeAt(first) === ZERO || text.charCodeAt(first) === 46)) first++;
  if (first === n) return '0';
  let end = first;
  for (let counted = 0; end < n && counted < digits; end++) if (text.charCodeAt(end) !== 46) counted++;
  if (end >= n) return text;
  const next = text.charCodeAt(end) === 46 ? end + 1 : end;
  const cut = cutText(text, end, next);
  // Cut in the integer part: the digits dropped there become zeros (the cut text may have grown by one).
  if (end < point) return cut + '0'.repeat(point - end);
  return trimmedText(cut);
}

/**
 * Returns the canonical text of a decimal rounded half-up (half away from zero) to `places` decimal
 * places, exactly as `decimalString(roundHalfUp(toDecimal(value), places))`.
 *
 * @example
 * [roundedText('87.45', 1), roundedText(-0.05, 1), roundedText(0.99996, 4), roundedText(1.2345678, 4)]
 * //=> ['87.5', '-0.1', '1', '1.2346']
 */
export function roundedText(value: DecimalInput, places: number): string {
  return roundedNumberText(plainText(value), places);
}

/**
 * Returns the canonical text of a decimal rounded half-up to `digits` significant digits, exactly as
 * `decimalString(toDecimal(value).toSignificantDigits(digits))`.
 *
 * @example
 * [significantText(0.000123456789, 6), significantText('999999.5', 6), significantText(1234567.8, 6)]
 * //=> ['0.000123457', '1000000', '1234570']
 */
export function significantText(value: DecimalInput, digits: number): string {
  return significantNumberText(plainText(value), digits);
}

/**
 * Returns the quotient of two whole numbers (numerator ≥ 0, denominator > 0, both safe integers below
 * 2^49) rounded half-up to `digits` significant digits, as canonical text: exactly what
 * `toDecimal(numerator).div(denominator).toSignificantDigits(digits)` prints, by long division.
 *
 * @example
 * [quotientText(2, 3, 6), quotientText(45, 90, 6), quotientText(1234567, 1, 3), quotientText(0, 7, 6)]
 * //=> ['0.666667', '0.5', '1230000', '0']
 */
export function quotientText(numerator: number, denominator: number, digits: number): string {
  if (numerator === 0) return '0';
  const whole = Math.floor(numerator / denominator);
  let rest = numerator - whole * denominator;
  let text = String(whole);
  let significant = whole > 0 ? text.length : 0;
  if (significant <= digits && rest > 0) {
    text += '.';
    while (significant <= digits && rest > 0) {
      rest *= 10;
      const digit = Math.floor(rest / denominator);
      rest -= digit * denominator;
      text += String(digit);
      if (significant > 0 || digit > 0) significant++;
    }
  }
  return significantText(text, digits);
}
