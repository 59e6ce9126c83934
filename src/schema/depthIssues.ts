import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';

/** The deepest nesting of lists and objects a value read back may have (the library writes fewer than ten levels). */
export const MAX_DEPTH = 64;

/**
 * Returns a `too_deep` issue (at the path of the first value that is too deep) when lists and
 * objects in a value nest more than `maximum` levels, else none. Walks the value without recursion,
 * so 10,000 levels (or an object that contains itself) cannot exhaust the stack.
 *
 * @example
 * depthIssues({ a: { b: { c: 1 } } }, 2)[0]?.path
 * //=> 'a.b'
 */
export function depthIssues(value: unknown, maximum = MAX_DEPTH, base: readonly PathSegment[] = []): ValidationIssue[] {
  const stack: { value: unknown; path: readonly PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const here = stack.pop() as { value: unknown; path: readonly PathSegment[] };
    if (here.value === null || typeof here.value !== 'object') continue;
    if (here.path.length >= maximum) return [createIssue('too_deep', [...base, ...here.path], { maximum: String(maximum) })];
    if (Array.isArray(here.value)) here.value.forEach((item, i) => stack.push({ value: item, path: [...here.path, i] }));
    else for (const key of Object.keys(here.value)) stack.push({ value: (here.value as Record<string, unknown>)[key], path: [...here.path, key] });
  }
  return [];
}
