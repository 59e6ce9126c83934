/** One step of a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Returns the readable form of a path into the input, as users see it in issues (the path of every
 * issue is written by it).
 *
 * @example
 * pathText(['categories', 1, 'criteria', 3, 'usl'])
 * //=> 'categories[1].criteria[3].usl'
 */
export function pathText(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}
