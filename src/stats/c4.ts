import { createIssue, ValidationError } from '../errors/index.js';
import { c4Exact } from './c4Exact.js';
import { assertSizeInRange } from './assertSizeInRange.js';
import type { CapabilityConstants } from './types.js';
import { CAPABILITY_CONSTANTS } from './types.js';

/**
 * c4(n) as printed in the AIAG SPC manual (2nd ed., Appendix E), to 4 decimals, for subgroup
 * sizes n = 2..25. Index by n.
 */
export const C4_PRINTED: Readonly<Record<number, number>> = Object.freeze({
  2: 0.7979, 3: 0.8862, 4: 0.9213, 5: 0.94, 6: 0.9515, 7: 0.9594, 8: 0.965, 9: 0.9693,
  10: 0.9727, 11: 0.9754, 12: 0.9776, 13: 0.9794, 14: 0.981, 15: 0.9823, 16: 0.9835, 17: 0.9845,
  18: 0.9854, 19: 0.9862, 20: 0.9869, 21: 0.9876, 22: 0.9882, 23: 0.9887, 24: 0.9892, 25: 0.9896,
});

/**
 * Returns the bias-correction constant c4(n), so that S̄/c4 estimates σ (AIAG SPC 2nd ed.,
 * Appendix E). `'printed'` (default) gives the 4-decimal table value for n = 2..25; `'exact'` gives
 * sqrt(2/(n − 1)) · Γ(n/2) / Γ((n − 1)/2) for any n ≥ 2 (see `c4Exact`).
 *
 * @throws {ValidationError} if n is not a whole number ≥ 2 (≤ 25 for printed values), or
 * `constants` is unknown.
 *
 * @example
 * c4(5)
 * //=> 0.94
 * c4(5, 'exact')
 * //=> 0.9399856029866251
 */
export function c4(n: number, constants: CapabilityConstants = 'printed'): number {
  if (constants === 'exact') return c4Exact(n);
  if (constants === 'printed') {
    assertSizeInRange(n, 2, 25, ['n']);
    return C4_PRINTED[n] as number;
  }
  throw new ValidationError(
    [createIssue('invalid_value', ['constants'], { options: CAPABILITY_CONSTANTS.join(', ') })],
    'constants',
  );
}
