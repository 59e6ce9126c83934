import { Decimal } from '../decimal.js';
import { createIssue, ValidationError } from '../errors/index.js';

/**
 * A decimal type for exact sums and products only (never division): its precision is the largest
 * decimal.js allows, so a product or sum of the bounded operands used here is never rounded.
 */
export const Exact = Decimal.clone({ precision: 1e9 });

/** Largest decimal exponent accepted for a value, so an exact sum stays small in memory. */
const MAX_EXPONENT = 1_000_000;

/**
 * Returns the value unchanged if it is finite and its decimal exponent lies within ±1,000,000;
 * otherwise throws a ValidationError with code `invalid_decimal`.
 */
export function checkedValue(value: Decimal, path: string): Decimal {
  if (!value.isFinite() || Math.abs(value.e) > MAX_EXPONENT) {
    throw new ValidationError([createIssue('invalid_decimal', [path], { value: value.toString() })]);
  }
  return value;
}
