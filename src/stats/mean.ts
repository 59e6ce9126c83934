import { createIssue, ValidationError } from '../errors/index.js';
import { assertNumberList } from './numberListIssues.js';
import { sumOfFinite } from './compensatedSum.js';

/**
 * Returns the arithmetic mean x̄ = Σxᵢ / n of a list of numbers.
 *
 * A floating-point computation: the sum is compensated (Neumaier), so the result is within about
 * one rounding unit (relative 1e-16) of the exact mean of the given doubles, for any length (a
 * loop, no argument spreading: a million values are fine).
 *
 * @throws {ValidationError} if the list is empty or holds a value that is not a finite number;
 * `stats_overflow` if the sum overflows (values near the largest double).
 *
 * @example
 * mean([10.2, 9.9, 10.1, 10.0])
 * //=> 10.05
 */
export function mean(values: ArrayLike<number>): number {
  assertNumberList(values, 1);
  const result = sumOfFinite(values) / values.length;
  if (!Number.isFinite(result)) throw new ValidationError([createIssue('stats_overflow', [], { quantity: 'mean' })], 'values');
  return result;
}
