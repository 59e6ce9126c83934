import { toDecimal, type Decimal } from '../decimal.js';
import { AQL_VALUES } from './aqlValues.js';

const AQL_DECIMALS: readonly Decimal[] = AQL_VALUES.map((label) => toDecimal(label));

/**
 * Returns the index in `AQL_VALUES` of the column whose AQL equals `value` as a decimal ('1', '1.0'
 * and 1 all give the column 1.0), or -1 when no column matches or `value` is not a decimal number.
 *
 * @example
 * aqlColumn('0.65')
 * //=> 9
 */
export function aqlColumn(value: unknown): number {
  if (typeof value !== 'number' && typeof value !== 'string') return -1;
  let decimal: Decimal;
  try {
    decimal = toDecimal(value);
  } catch {
    return -1;
  }
  if (!decimal.isFinite()) return -1;
  return AQL_DECIMALS.findIndex((column) => column.eq(decimal));
}
