import type { DecimalInput } from '../decimal.js';
import { ValidationError, type ValidationIssue } from '../errors/index.js';
import { readNumberInput } from './readDecimalInput.js';

/**
 * Returns the numbers for a list of finite numbers and plain decimal strings (e.g. spreadsheet
 * cells), each string converted to the nearest double, ready for the float statistics in this
 * folder. The conversion rounds: a string with more than about 15 significant digits loses the
 * rest (decisions against limits should use the original strings, as `observedOutside` does).
 *
 * @throws {ValidationError} listing every value that is not a finite number or a plain decimal
 * string (digits with an optional sign and dot, no exponent).
 *
 * @example
 * toNumbers(['74.0012', 74.0008, ' 73.9995 '])
 * //=> [74.0012, 74.0008, 73.9995]
 */
export function toNumbers(values: readonly DecimalInput[]): number[] {
  const issues: ValidationIssue[] = [];
  const out: number[] = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = readNumberInput(values[i], [i], issues);
    out[i] = value ?? Number.NaN;
  }
  if (issues.length > 0) throw new ValidationError(issues, 'values');
  return out;
}
