import { createIssue, shownText, type ValidationIssue } from '../errors/index.js';
import type { PathSegment } from '../errors/index.js';
import { AQL_VALUES } from './aqlValues.js';
import { aqlColumn, isAqlText } from './aqlColumn.js';

/**
 * Returns the type name used in issue sentences.
 *
 * @example
 * typeName(null)
 * //=> 'null'
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/**
 * Adds an issue unless the value is a whole number of at least `minimum`; returns true when it is.
 *
 * @example
 * checkWholeNumber(1.5, 2, ['lotSize'], issues)
 * //=> false (issues gets { path: 'lotSize', code: 'not_integer' })
 */
export function checkWholeNumber(
  value: unknown,
  minimum: number,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): value is number {
  if (value === undefined) {
    issues.push(createIssue('required', path));
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(createIssue('invalid_type', path, { expected: 'a whole number', received: typeName(value) }));
    return false;
  }
  if (!Number.isInteger(value)) {
    issues.push(createIssue('not_integer', path, { value }));
    return false;
  }
  if (value < minimum) {
    issues.push(createIssue('too_small', path, { minimum }));
    return false;
  }
  if (!Number.isSafeInteger(value)) {
    issues.push(createIssue('too_big', path, { maximum: Number.MAX_SAFE_INTEGER }));
    return false;
  }
  return true;
}

/**
 * Adds an issue unless `value` is one of `options`; returns true when it is.
 *
 * @example
 * checkOneOf('IV', ['I', 'II', 'III'], ['level'], issues)
 * //=> false (issues gets { path: 'level', code: 'invalid_value' })
 */
export function checkOneOf<T extends string>(
  value: unknown,
  options: readonly T[],
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): value is T {
  if (value === undefined) {
    issues.push(createIssue('required', path));
    return false;
  }
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    issues.push(createIssue('invalid_value', path, { options: options.map((o) => `'${o}'`).join(', ') }));
    return false;
  }
  return true;
}

/**
 * Adds an issue unless `value` names an AQL column; returns the column index or -1.
 *
 * @example
 * checkAql('0.3', ['aql'], issues)
 * //=> -1 (issues gets { path: 'aql', code: 'aql_not_in_table' })
 */
export function checkAql(value: unknown, path: readonly PathSegment[], issues: ValidationIssue[]): number {
  if (value === undefined) {
    issues.push(createIssue('required', path));
    return -1;
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    issues.push(createIssue('invalid_type', path, { expected: 'a number or a decimal string', received: typeName(value) }));
    return -1;
  }
  const column = aqlColumn(value);
  if (column >= 0) return column;
  issues.push(
    isAqlText(value)
      ? createIssue('aql_not_in_table', path, { value: shownText(String(value)), options: AQL_VALUES.join(', ') })
      : createIssue('invalid_decimal', path, { value: shownText(String(value)) }),
  );
  return -1;
}

/**
 * Adds an issue for each key of `value` that is not in `known`.
 *
 * @example
 * checkKnownKeys({ lot: 5 }, ['lotSize'], [], issues)
 * //=> undefined (issues gets { path: 'lot', code: 'unrecognized_key' })
 */
export function checkKnownKeys(
  value: Readonly<Record<string, unknown>>,
  known: readonly string[],
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issues.push(createIssue('unrecognized_key', [...path, key], { key }));
  }
}

/**
 * Returns true for an object that is not null and not an array.
 *
 * @example
 * isRecord([1])
 * //=> false
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
