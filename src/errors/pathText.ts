import type { PathSegment } from './formatPath.js';

/**
 * Returns the readable form of a path the library built itself, unchecked (`formatPath` is the checked
 * form for callers).
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
