import { assertNumberList } from './numberListIssues.js';

/**
 * Returns the sum of finite numbers with Neumaier's compensated summation, without validating
 * them (internal; the public `compensatedSum` validates first).
 *
 * @example
 * sumOfFinite([1e16, 1, -1e16])
 * //=> 1
 */
export function sumOfFinite(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * Returns the sum of a list of numbers using Neumaier's compensated (improved Kahan–Babuška)
 * summation: the result is within about one rounding unit of the exact sum of the given doubles,
 * independent of the list's length. An empty list sums to 0.
 *
 * Source: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen",
 * ZAMM 54 (1974) 39–51.
 *
 * @throws {ValidationError} if a value is not a finite number.
 *
 * @example
 * compensatedSum([0.1, 0.2, 0.3])
 * //=> 0.6
 */
export function compensatedSum(values: ArrayLike<number>): number {
  assertNumberList(values, 0);
  return sumOfFinite(values);
}
