import { assertNumberList } from './numberListIssues.js';

/**
 * Returns the range R = max − min of a list of numbers (a loop, no argument spreading, so any
 * length is fine). A float computation: the difference is rounded once.
 *
 * @throws {ValidationError} if the list is empty or holds a value that is not a finite number.
 *
 * @example
 * sampleRange([10.2, 9.9, 10.1, 10.0])
 * //=> 0.29999999999999893
 */
export function sampleRange(values: ArrayLike<number>): number {
  assertNumberList(values, 1);
  let min = values[0] as number;
  let max = min;
  for (let i = 1; i < values.length; i++) {
    const x = values[i] as number;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return max - min;
}
