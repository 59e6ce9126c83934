/**
 * Returns the smallest of a list of numbers as `Math.min` does (`Infinity` for none, `NaN` if any is
 * `NaN`), for lists of any length: spreading a long list into `Math.min` overflows the stack.
 *
 * @example
 * smallest([3, 9, 4])
 * //=> 3
 */
export function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (value < least) least = value;
  }
  return least;
}
