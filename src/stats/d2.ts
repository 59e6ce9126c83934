import { createIssue, ValidationError } from '../errors/index.js';
import { assertSizeInRange } from './assertSizeInRange.js';
import type { CapabilityConstants } from './types.js';
import { CAPABILITY_CONSTANTS } from './types.js';

/**
 * d2(n) as printed in the AIAG SPC manual (2nd ed., Appendix E) and ASTM tables, to 3 decimals,
 * for subgroup sizes n = 2..25. Index by n.
 */
export const D2_PRINTED: Readonly<Record<number, number>> = Object.freeze({
  2: 1.128, 3: 1.693, 4: 2.059, 5: 2.326, 6: 2.534, 7: 2.704, 8: 2.847, 9: 2.970,
  10: 3.078, 11: 3.173, 12: 3.258, 13: 3.336, 14: 3.407, 15: 3.472, 16: 3.532, 17: 3.588,
  18: 3.640, 19: 3.689, 20: 3.735, 21: 3.778, 22: 3.819, 23: 3.858, 24: 3.895, 25: 3.931,
});

/**
 * d2(n) to 9 decimals for n = 2..25: the expected range of n independent standard normal values,
 * d2(n) = ∫ [1 − (1 − Φ(x))ⁿ − Φ(x)ⁿ] dx, by numerical integration (two independent quadratures
 * agreeing to 14 digits; every value rounds to the 5-decimal and 3-decimal published tables).
 * d2(2) = 2/√π exactly. Index by n.
 */
export const D2_EXACT: Readonly<Record<number, number>> = Object.freeze({
  2: 1.128379167, 3: 1.692568751, 4: 2.058750746, 5: 2.325928947, 6: 2.534412721,
  7: 2.704356751, 8: 2.847200612, 9: 2.970026324, 10: 3.077505462, 11: 3.172872704,
  12: 3.25845528, 13: 3.335980354, 14: 3.406763108, 15: 3.47182689, 16: 3.531982786,
  17: 3.587883962, 18: 3.640063758, 19: 3.688963023, 20: 3.73495012, 21: 3.77833583,
  22: 3.819384643, 23: 3.858323423, 24: 3.895348148, 25: 3.93062922,
});

/**
 * Returns the bias-correction constant d2(n), the expected range of n standard normal values, so
 * that R̄/d2 estimates σ (AIAG SPC 2nd ed., Appendix E). `'printed'` (default) gives the 3-decimal
 * table value, `'exact'` the value to 9 decimals.
 *
 * @throws {ValidationError} if n is not a whole number from 2 to 25, or `constants` is unknown.
 *
 * @example
 * d2(5)
 * //=> 2.326
 * d2(2, 'exact')
 * //=> 1.128379167
 */
export function d2(n: number, constants: CapabilityConstants = 'printed'): number {
  assertSizeInRange(n, 2, 25, ['n']);
  if (constants === 'printed') return D2_PRINTED[n] as number;
  if (constants === 'exact') return D2_EXACT[n] as number;
  throw new ValidationError(
    [createIssue('invalid_value', ['constants'], { options: CAPABILITY_CONSTANTS.join(', ') })],
    'constants',
  );
}
