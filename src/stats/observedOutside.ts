import { Decimal, toDecimal, type DecimalInput } from '../decimal.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { readDecimalInput, readNumberInput } from './readDecimalInput.js';

/** Counts of values outside the specification limits. */
export interface ObservedOutside {
  /** Values strictly below LSL; `null` without a lower limit. */
  belowLsl: number | null;
  /** Values strictly above USL; `null` without an upper limit. */
  aboveUsl: number | null;
  /** The sum of the two. */
  total: number;
}

/** The limits for `observedOutside`: decimals, as given in a profile. */
export interface ObservedOutsideLimits {
  lsl?: DecimalInput | null | undefined;
  usl?: DecimalInput | null | undefined;
}

/** One limit prepared for fast exact comparison. */
interface PreparedLimit {
  exact: Decimal;
  approx: number;
  /** Half-width of the band around `approx` inside which the comparison is made in Decimal. */
  band: number;
}

function prepare(limit: Decimal): PreparedLimit {
  const approx = Number(limit.toString());
  return { exact: limit, approx, band: 4 * Number.EPSILON * Math.abs(approx) + Number.MIN_VALUE };
}

/** Returns the sign of (value − limit), decided exactly for the value's decimal meaning. */
function compare(original: DecimalInput, value: number, limit: PreparedLimit): number {
  // Both `value` and `limit.approx` are within one rounding unit of the decimals they stand for,
  // so a gap wider than the band has the sign of the exact difference.
  const gap = value - limit.approx;
  if (gap > limit.band) return 1;
  if (gap < -limit.band) return -1;
  return toDecimal(original).cmp(limit.exact);
}

/**
 * Returns how many values lie below LSL and above USL, decided EXACTLY in decimal: a value on a
 * limit is inside (10.05 against USL 10.05 is not above). A number means the decimal of its
 * shortest round-trip text (0.1 is 0.1), a string its own digits. Far from a limit the float
 * comparison already has the exact sign and is used for speed; within a few rounding units of the
 * limit the value is compared as a Decimal, so a million values take milliseconds.
 *
 * @throws {ValidationError} if a value or limit is not a finite number or plain decimal string,
 * no limit is given, or LSL ≥ USL.
 *
 * @example
 * observedOutside([10.05, 10.0500001, 9.95, '9.9499999999999999999'], { lsl: '9.95', usl: '10.05' })
 * //=> { belowLsl: 1, aboveUsl: 1, total: 2 }
 */
export function observedOutside(values: readonly DecimalInput[], limits: ObservedOutsideLimits): ObservedOutside {
  const issues: ValidationIssue[] = [];
  const present = (v: unknown): boolean => v !== null && v !== undefined;
  const lsl = present(limits.lsl) ? readDecimalInput(limits.lsl, ['lsl'], issues) : undefined;
  const usl = present(limits.usl) ? readDecimalInput(limits.usl, ['usl'], issues) : undefined;
  if (!present(limits.lsl) && !present(limits.usl)) issues.push(createIssue('limits_missing', []));
  if (lsl !== undefined && usl !== undefined && lsl.gte(usl)) {
    issues.push(createIssue('limits_out_of_order', ['usl'], { lsl: lsl.toFixed(), usl: usl.toFixed() }));
  }
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) numbers[i] = readNumberInput(values[i], ['values', i], issues) ?? 0;
  if (issues.length > 0) throw new ValidationError(issues, 'values');
  return countOutside(values, numbers, lsl, usl);
}

/**
 * Returns the exact counts outside the limits for validated values and their numbers (internal;
 * `processCapability` calls it after its own validation).
 *
 * @example
 * countOutside([1, 5], [1, 5], toDecimal(2), undefined)
 * //=> { belowLsl: 1, aboveUsl: null, total: 1 }
 */
export function countOutside(
  values: readonly DecimalInput[],
  numbers: ArrayLike<number>,
  lsl: Decimal | undefined,
  usl: Decimal | undefined,
): ObservedOutside {
  const lower = lsl === undefined ? undefined : prepare(lsl);
  const upper = usl === undefined ? undefined : prepare(usl);
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const original = values[i] as DecimalInput;
    const value = numbers[i] as number;
    if (lower !== undefined && compare(original, value, lower) < 0) below++;
    else if (upper !== undefined && compare(original, value, upper) > 0) above++;
  }
  return {
    belowLsl: lower === undefined ? null : below,
    aboveUsl: upper === undefined ? null : above,
    total: below + above,
  };
}
