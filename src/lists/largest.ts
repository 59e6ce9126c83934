/**
 * Returns the largest of a list of numbers as `Math.max` does (`-Infinity` for none, `NaN` if any is
 * `NaN`), for lists of any length: spreading a long list into `Math.max` overflows the stack.
 *
 * @example
 * largest([3, 9, 4])
 * //=> 9
 */
export function largest(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (value > most) most = value;
  }
  return most;
}
