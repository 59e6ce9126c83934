import { createIssue, ValidationError } from '../errors/index.js';
import { assertNumberList } from './numberListIssues.js';
import { sumOfFinite } from './compensatedSum.js';

/**
 * Returns the sample variance s² = Σ(xᵢ − x̄)² / (n − 1) of a list of numbers.
 *
 * A floating-point computation with the corrected two-pass algorithm (Chan, Golub & LeVeque,
 * "Algorithms for computing the sample variance", The American Statistician 37 (1983) 242–247):
 * s² = (Σdᵢ² − (Σdᵢ)²/n) / (n − 1) with dᵢ = xᵢ − x̄, every sum compensated (Neumaier). The
 * naive Σx² − n·x̄² is never used, so values such as 74.0012 ± 1e-6 keep their spread: the result
 * agrees with the exact variance of the given doubles to about 13 significant digits or better.
 *
 * @throws {ValidationError} if the list has fewer than 2 values or a value is not a finite number;
 * `stats_overflow` if a sum or square overflows (values near the largest double), rather than
 * returning NaN or a false 0.
 *
 * @example
 * sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])
 * //=> 4.571428571428571
 */
export function sampleVariance(values: ArrayLike<number>): number {
  assertNumberList(values, 2);
  const variance = varianceOfFinite(values);
  if (!Number.isFinite(variance)) throw new ValidationError([createIssue('stats_overflow', [], { quantity: 'standard deviation' })], 'values');
  return variance > 0 ? variance : 0;
}

/**
 * Returns the sample variance of at least two finite numbers already checked, by the arithmetic of
 * `sampleVariance` (internal): not finite when a sum or square overflows, and possibly a tiny
 * negative number where the exact variance is 0 (`sampleVariance` gives 0 there). `mean`, when
 * given, must be `sumOfFinite(values) / values.length`, the mean the deviations are taken from.
 *
 * @example
 * varianceOfFinite([2, 4, 4, 4, 5, 5, 7, 9])
 * //=> 4.571428571428571
 */
export function varianceOfFinite(values: ArrayLike<number>, mean?: number): number {
  const n = values.length;
  const m = mean ?? sumOfFinite(values) / n;
  let sum = 0;
  let sumCompensation = 0;
  let squares = 0;
  let squaresCompensation = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    let t = sum + d;
    sumCompensation += Math.abs(sum) >= Math.abs(d) ? sum - t + d : d - t + sum;
    sum = t;
    const d2 = d * d;
    t = squares + d2;
    squaresCompensation += squares >= d2 ? squares - t + d2 : d2 - t + squares;
    squares = t;
  }
  const deviationSum = sum + sumCompensation;
  return (squares + squaresCompensation - (deviationSum * deviationSum) / n) / (n - 1);
}
