/**
 * Appends every item of a list to another, one at a time, and returns the target. Unlike
 * `target.push(...items)`, any number of items fits: spreading a long list into a call overflows
 * the stack.
 *
 * @example
 * appendAll([1], [2, 3])
 * //=> [1, 2, 3]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
