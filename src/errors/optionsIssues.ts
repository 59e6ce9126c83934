import { createIssue, type ValidationIssue } from './ValidationError.js';
import type { PathSegment } from './pathText.js';
import { valueText } from './shownText.js';

/**
 * Returns the issue of an options argument that is not an object (a JavaScript caller may pass
 * `null`, a text, a list); none when it is an object or left out.
 *
 * @example
 * optionsIssues(null)[0].message
 * //=> 'Expected an options object, got null.'
 */
export function optionsIssues(options: unknown, path: readonly PathSegment[] = ['options']): ValidationIssue[] {
  if (options === undefined || (options !== null && typeof options === 'object' && !Array.isArray(options))) return [];
  return [createIssue('invalid_type', path, { expected: 'an options object', received: valueText(options) })];
}
