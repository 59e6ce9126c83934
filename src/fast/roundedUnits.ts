import { canonicalText, roundedText, significantText } from './decimalText.js';

/** 10^0 … 10^22: every one a double exactly (written out, never computed with a power). */
const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** The most decimal places a double is rounded to by its units: beyond, the scale is no longer an exact double. */
const MOST_PLACES = SCALES.length - 1;

/**
 * Returns `x` rounded half-up (half away from zero) to `places` decimal places, as a whole number of
 * units of 10^-places, when `x` is known to lie within `error` of the exact value; NaN when the
 * exact value could be on either side of a rounding boundary (then round the exact value instead).
 * The bound covers the rounding of `x` times the scale.
 *
 * @example
 * [roundedUnits(87.43, 1e-12, 1), roundedUnits(87.45, 1e-12, 1)]
 * //=> [874, NaN]
 */
export function roundedUnits(x: number, error: number, places: number): number {
  const scale = SCALES[places] ?? 10 ** places;
  const y = Math.abs(x) * scale;
  if (!(y < 2 ** 51)) return Number.NaN;
  const e = error * scale + y * 4 * Number.EPSILON + 1e-300;
  const whole = Math.floor(y);
  const d = y - whole - 0.5;
  if (d <= e && d >= -e) return Number.NaN;
  const k = d > 0 ? whole + 1 : whole;
  return x < 0 && k !== 0 ? -k : k;
}

/**
 * Returns the canonical decimal text of a whole number of units of 10^-places (no trailing zeros, no
 * sign on zero), as `decimalString` writes the rounded decimal.
 *
 * @example
 * [unitsString(874, 1), unitsString(870, 1), unitsString(5, 2), unitsString(-3, 1), unitsString(0, 2)]
 * //=> ['87.4', '87', '0.05', '-0.3', '0']
 */
export function unitsString(units: number, places: number): string {
  if (places === 0) return units === 0 ? '0' : wholeText(units);
  const negative = units < 0;
  const magnitude = negative ? -units : units;
  const scale = SCALES[places];
  if (scale === undefined || !(magnitude < 2 ** 51)) return unitsStringByDigits(units, places);
  // Whole part and fraction apart, each a whole number (exact: magnitude < 2^51, scale a power of ten).
  const whole = Math.floor(magnitude / scale);
  const fraction = magnitude - whole * scale;
  let text = wholeText(whole);
  if (fraction !== 0) {
    const digits = fixedDigits(fraction, places);
    let end = places;
    while (digits.charCodeAt(end - 1) === 48) end--;
    text = `${text}.${end === places ? digits : digits.slice(0, end)}`;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

const ZEROS = '000000000';

/**
 * The digits of a whole number 0 ≤ value < 10^width (below 2^51) padded with zeros to `width`,
 * written nine digits at a time: numbers below 2^31 are written much faster than larger ones.
 */
function fixedDigits(value: number, width: number): string {
  if (width > 9) {
    const high = Math.floor(value / 1e9);
    return fixedDigits(high, width - 9) + fixedDigits(value - high * 1e9, 9);
  }
  const text = String(value);
  return text.length < width ? ZEROS.slice(0, width - text.length) + text : text;
}

/** The text `String` writes for a whole number: below 2^53 in magnitude, nine digits at a time above 2^31. */
function wholeText(value: number): string {
  const magnitude = value < 0 ? -value : value;
  if (magnitude < 2 ** 31 || !(magnitude < 2 ** 53)) return String(value);
  const high = Math.floor(magnitude / 1e9);
  const text = wholeText(high) + fixedDigits(magnitude - high * 1e9, 9);
  return value < 0 ? `-${text}` : text;
}

/** `unitsString` by the digits of the whole number of units, for any count of units and places. */
function unitsStringByDigits(units: number, places: number): string {
  const negative = units < 0;
  let digits = String(negative ? -units : units);
  if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
  const cut = digits.length - places;
  let end = digits.length;
  while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
  const text = end > cut ? `${digits.slice(0, cut)}.${digits.slice(cut, end)}` : digits.slice(0, cut);
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * Returns the canonical text of a double rounded half-up to `places` decimal places, exactly as
 * `roundedText(x, places)` (the double read as its shortest text, as `toDecimal` reads numbers): by
 * `roundedUnits` when the rounding is certain, so no text of the double is written; else by text.
 *
 * @example
 * [roundedDoubleText(1.23456, 4), roundedDoubleText(-0.00004, 4), roundedDoubleText(0.00005, 4)]
 * //=> ['1.2346', '0', '0.0001']
 */
export function roundedDoubleText(x: number, places: number): string {
  const units = places <= MOST_PLACES ? roundedUnits(x, 0, places) : Number.NaN;
  return Number.isNaN(units) ? roundedText(x, places) : unitsString(units, places);
}

/**
 * Returns the canonical text of a double rounded half-up to `digits` significant digits, exactly as
 * `significantText(x, digits)`: rounded to the decimal places that many digits reach (`roundedUnits`)
 * when the double is clear of a power of ten and the rounding is certain; else by text.
 *
 * @example
 * [significantDoubleText(0.000123456789, 6), significantDoubleText(-6.5432109876, 3), significantDoubleText(1234567.8, 6)]
 * //=> ['0.000123457', '-6.54', '1234570']
 */
export function significantDoubleText(x: number, digits: number): string {
  return certainSignificantText(x, digits) ?? significantText(x, digits);
}

/**
 * Returns the canonical text of `x.toPrecision(digits)` (the double itself rounded half away from
 * zero to `digits` significant digits, as `canonicalText` writes it): by `roundedUnits` when the
 * rounding is certain, where the double and its shortest text round alike; else by `toPrecision`.
 *
 * @example
 * [precisionText(3.2001234567891, 12), precisionText(0.1 + 0.2, 12), precisionText(-1e-7, 12)]
 * //=> ['3.20012345679', '0.3', '-0.0000001']
 */
export function precisionText(x: number, digits: number): string {
  return certainSignificantText(x, digits) ?? canonicalText(x.toPrecision(digits));
}

/**
 * Returns the canonical text of a value rounded half away from zero to `digits` significant digits,
 * from a double `x` within `error` of it, when the double is clear of a power of ten and of a rounding
 * boundary by more than the error (then the value, the double and its shortest text round to the same
 * digits), else null.
 *
 * @example
 * [certainSignificantText(0.0225563909, 6), certainSignificantText(0.12345650000000001, 6, 1e-12)]
 * //=> ['0.0225564', null]
 */
export function certainSignificantText(x: number, digits: number, error = 0): string | null {
  const magnitude = Math.abs(x);
  if (magnitude > 0 && magnitude < 1e15 && error < magnitude * 1e-10) {
    const exponent = Math.floor(Math.log10(magnitude));
    const places = digits - 1 - exponent;
    const lead = exponent >= 0 ? magnitude / (SCALES[exponent] ?? 10 ** exponent) : magnitude * (SCALES[-exponent] ?? 10 ** -exponent);
    // Clear of a power of ten: the first significant digit is surely at 10^exponent.
    if (places >= 0 && places <= MOST_PLACES && lead > 1 + 1e-9 && lead < 10 - 1e-8) {
      const units = roundedUnits(x, error, places);
      if (!Number.isNaN(units)) return unitsString(units, places);
    }
  }
  return null;
}
