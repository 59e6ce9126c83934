import { sampleVariance } from './sampleVariance.js';

/**
 * Returns the sample standard deviation s = sqrt(Σ(xᵢ − x̄)² / (n − 1)) (divisor n − 1, no
 * unbiasing constant).
 *
 * A floating-point computation, numerically stable (see `sampleVariance`): about 13 or more
 * significant digits of the exact value for the given doubles, also for a million values close
 * together such as 74.0012 ± 1e-6.
 *
 * @throws {ValidationError} if the list has fewer than 2 values or a value is not a finite number;
 * `stats_overflow` for values so large that their squares overflow.
 *
 * @example
 * sampleStandardDeviation([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1])
 * //=> 0.16035674514745457
 */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}
