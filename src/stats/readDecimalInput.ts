import { Decimal, toDecimal } from '../decimal.js';
import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { describe } from './numberListIssues.js';

/** Plain decimal text: optional sign, digits, optional dot and digits (no exponent, no hex). */
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Returns the exact decimal of a finite number or a plain decimal string, or pushes an issue and
 * returns `undefined` (internal reader for limits, targets and data values).
 *
 * @example
 * decimalString(readDecimalInput('10.05', ['usl'], []) as Decimal)
 * //=> '10.05'
 */
export function readDecimalInput(
  value: unknown,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): Decimal | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return toDecimal(value);
    issues.push(createIssue('not_finite', path, { value: String(value) }));
    return undefined;
  }
  if (typeof value === 'string') {
    if (DECIMAL_TEXT.test(value.trim())) return toDecimal(value);
    issues.push(createIssue('invalid_decimal', path, { value }));
    return undefined;
  }
  issues.push(createIssue('invalid_type', path, { expected: 'a number or decimal string', received: describe(value) }));
  return undefined;
}

/**
 * Returns the number for a finite number or a plain decimal string (the nearest double), or pushes
 * an issue and returns `undefined` (internal reader for data values; faster than a Decimal).
 *
 * @example
 * readNumberInput('74.0012', [0], [])
 * //=> 74.0012
 */
export function readNumberInput(
  value: unknown,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): number | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    issues.push(createIssue('not_finite', path, { value: String(value) }));
    return undefined;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL_TEXT.test(text)) return Number(text);
    issues.push(createIssue('invalid_decimal', path, { value }));
    return undefined;
  }
  issues.push(createIssue('invalid_type', path, { expected: 'a number or decimal string', received: describe(value) }));
  return undefined;
}
