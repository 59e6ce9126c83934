import { optionsIssues, ValidationError } from '../errors/index.js';
import { c4Exact } from './c4Exact.js';
import { sampleStandardDeviation } from './sampleStandardDeviation.js';

/** Options of `overallSigma`. */
export interface OverallSigmaOptions {
  /** Divide by c4(N) (exact) to remove the bias of s; off by default, as in Minitab. */
  unbiased?: boolean;
}

/**
 * Returns the overall standard deviation of all values, the sample standard deviation s (divisor
 * N − 1), or s/c4(N) with `unbiased: true` (Minitab "Methods and formulas" for normal capability
 * analysis: unbiasing is off by default for overall σ). c4(N) is the exact value for any N. A float
 * computation (see `sampleStandardDeviation`).
 *
 * @throws {ValidationError} if there are fewer than 2 values or a value is not a finite number.
 *
 * @example
 * overallSigma([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1])
 * //=> 0.16035674514745457
 */
export function overallSigma(values: ArrayLike<number>, options: OverallSigmaOptions = {}): number {
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const s = sampleStandardDeviation(values);
  return options.unbiased === true ? s / c4Exact(values.length) : s;
}
