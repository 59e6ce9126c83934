import { Decimal, decimalString, toDecimal, type DecimalInput } from '../decimal.js';
import { compareInputToText } from './decimalText.js';

/** A decimal limit with its canonical text, its exact value and its nearest double. */
export interface FastLimit {
  readonly text: string;
  readonly exact: Decimal;
  readonly float: number;
  /** A bound on |float − exact|: 0 for whole numbers, else half a unit in the last place. */
  readonly error: number;
}

/**
 * Returns a limit ready for fast exact comparison.
 *
 * @example
 * fastLimit('6.550').text
 * //=> '6.55'
 */
export function fastLimit(value: DecimalInput | Decimal): FastLimit {
  const exact = toDecimal(value);
  const text = decimalString(exact);
  const float = Number(text);
  return { text, exact, float, error: Number.isSafeInteger(float) && exact.isInteger() ? 0 : Math.abs(float) * Number.EPSILON };
}

const BAND = 4 * Number.EPSILON;

/**
 * Returns -1, 0 or 1 as a number or decimal string (with `float`, its nearest double) is below, on or
 * above a limit, exactly. Both doubles are within half a unit in the last place of the decimals they
 * stand for, so a gap wider than four units has the sign of the exact difference; closer values are
 * compared digit by digit. A value on a limit is on it: 10.05 against 10.05 gives 0.
 *
 * @example
 * [compareToFastLimit('10.05', 10.05, fastLimit('10.05')), compareToFastLimit(10.050000000000002, 10.050000000000002, fastLimit('10.05'))]
 * //=> [0, 1]
 */
export function compareToFastLimit(value: DecimalInput, float: number, limit: FastLimit): number {
  const gap = float - limit.float;
  const band = BAND * Math.max(Math.abs(float), Math.abs(limit.float)) + Number.MIN_VALUE;
  if (gap > band) return 1;
  if (gap < -band) return -1;
  return compareInputToText(value, limit.text);
}

/**
 * Returns -1, 0 or 1 as a computed double `float`, known to lie within `relative` (a relative error
 * bound) of an exact value, is below, on or above a limit; null when the bound cannot tell, so the
 * caller decides exactly.
 *
 * @example
 * [compareFloatToLimit(250, 1e-15, fastLimit('1000')), compareFloatToLimit(1000, 1e-15, fastLimit('1000'))]
 * //=> [-1, null]
 */
export function compareFloatToLimit(float: number, relative: number, limit: FastLimit): number | null {
  const gap = float - limit.float;
  const band = (relative + BAND) * Math.max(Math.abs(float), Math.abs(limit.float)) + Number.MIN_VALUE;
  if (gap > band) return 1;
  if (gap < -band) return -1;
  return null;
}
