import { createIssue, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';

/**
 * Returns the issues of a list that must hold at least `minimum` finite numbers (internal helper of
 * the statistics functions; an empty result means the list is fine).
 *
 * @example
 * numberListIssues([1, NaN], 2).map((issue) => issue.code)
 * //=> ['not_finite']
 */
export function numberListIssues(
  values: unknown,
  minimum: number,
  path: readonly PathSegment[] = [],
): ValidationIssue[] {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    return [createIssue('invalid_type', path, { expected: 'a list of numbers', received: describe(values) })];
  }
  const list = values as ArrayLike<unknown>;
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    if (typeof value !== 'number') {
      issues.push(createIssue('invalid_type', [...path, i], { expected: 'a number', received: describe(value) }));
    } else if (!Number.isFinite(value)) {
      issues.push(createIssue('not_finite', [...path, i], { value: String(value) }));
    }
  }
  if (list.length < minimum) {
    issues.push(createIssue('too_few_values', path, { minimum, count: list.length }));
  }
  return issues;
}

/**
 * Throws a `ValidationError` unless the list holds at least `minimum` finite numbers (internal).
 *
 * @example
 * assertNumberList([1, 2], 2)
 * //=> undefined
 */
export function assertNumberList(values: unknown, minimum: number, path: readonly PathSegment[] = []): void {
  const issues = numberListIssues(values, minimum, path);
  if (issues.length > 0) throw new ValidationError(issues, 'values');
}

/**
 * Returns a short description of a value's type for `invalid_type` issues (internal).
 *
 * @example
 * describe(null)
 * //=> 'null'
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value;
}
