import { createIssue, ValidationError, type PathSegment } from '../errors/index.js';
import { describe } from './numberListIssues.js';

/**
 * Throws a `ValidationError` unless `n` is an integer from `minimum` to `maximum` (internal check
 * of a subgroup size or sample size before a constant is looked up).
 *
 * @example
 * assertSizeInRange(5, 2, 25, ['n'])
 * //=> undefined
 */
export function assertSizeInRange(n: unknown, minimum: number, maximum: number, path: readonly PathSegment[]): void {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new ValidationError([createIssue('invalid_type', path, { expected: 'a whole number', received: typeof n === 'number' ? String(n) : describe(n) })], 'size');
  }
  if (n < minimum) throw new ValidationError([createIssue('too_small', path, { minimum })], 'size');
  if (n > maximum) throw new ValidationError([createIssue('too_big', path, { maximum })], 'size');
}
