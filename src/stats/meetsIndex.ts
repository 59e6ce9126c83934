import { toDecimal } from '../decimal.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { readDecimalInput } from './readDecimalInput.js';

/**
 * Returns whether a capability index meets a required minimum, index ≥ minimum, decided in
 * Decimal. The rule: the index is taken at FULL double precision — pass the unrounded number from
 * `processCapabilityValues` (or `capabilityIndices`); it is converted by its shortest round-trip
 * text (`toDecimal`), so 1.33 meets 1.33 and 1.3299999 does not. The minimum is exact (number or
 * decimal string, e.g. '1.33'). A decimal string index is compared as written (so a reported
 * 4-decimal string can be checked too, but that is a different, rounded rule). The bound is
 * inclusive, as in AIAG PPAP 4th ed. §2.2.11.3 (1.33 ≤ index ≤ 1.67: "may be acceptable").
 *
 * @throws {ValidationError} if the index or the minimum is not a finite number or decimal string.
 *
 * @example
 * meetsIndex(1.3300246303129876, '1.33')
 * //=> true
 * meetsIndex(1.3299999999, 1.33)
 * //=> false
 */
export function meetsIndex(index: number | string, minimum: number | string): boolean {
  const issues: ValidationIssue[] = [];
  const value = readDecimalInput(index, ['index'], issues);
  const required = readDecimalInput(minimum, ['minimum'], issues);
  if (value === undefined || required === undefined) {
    if (issues.length === 0) issues.push(createIssue('required', ['index']));
    throw new ValidationError(issues, 'index comparison');
  }
  return toDecimal(value).gte(required);
}
