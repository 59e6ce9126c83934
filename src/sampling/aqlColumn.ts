import { toDecimal, type Decimal } from '../decimal.js';
import { AQL_VALUES } from './aqlValues.js';

const AQL_DECIMALS: readonly Decimal[] = AQL_VALUES.map((label) => toDecimal(label));

/** Decimal text with an optional exponent. */
const AQL_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?\s*$/;

/**
 * Returns whether a value can name an AQL: a finite number, or decimal text with an optional exponent.
 *
 * @example
 * isAqlText('0x1')
 * //=> false
 */
export function isAqlText(value: unknown): value is number | string {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= 100 && AQL_TEXT.test(value);
}

/**
 * Returns the index in `AQL_VALUES` of the column whose AQL equals `value` as a decimal ('1', '1.0'
 * and 1 all give the column 1.0), or -1 when no column matches or `value` is not a finite number or
 * decimal text (an exponent is allowed, `1e-2`; hex, binary and octal texts such as `0x1` are not).
 *
 * @example
 * aqlColumn('0.65')
 * //=> 9
 */
export function aqlColumn(value: unknown): number {
  if (!isAqlText(value)) return -1;
  const decimal: Decimal = toDecimal(value);
  return AQL_DECIMALS.findIndex((column) => column.eq(decimal));
}
