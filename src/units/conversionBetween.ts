import { Decimal } from '../decimal.js';
import { Exact } from './exact.js';
import { assertUnitTexts, unitKey, unitRow, type UnitQuantity } from './unitInfo.js';

/**
 * An exact affine conversion: `to = (from × scaleNum + offsetNum) / scaleDen`, where all three are
 * exact decimals and `scaleNum`, `scaleDen` are positive. `quantity` is undefined for a unit not in
 * the table that is converted to the same unit.
 */
export interface UnitConversion {
  readonly ok: true;
  readonly from: string;
  readonly to: string;
  readonly quantity: UnitQuantity | undefined;
  readonly scaleNum: Decimal;
  readonly scaleDen: Decimal;
  readonly offsetNum: Decimal;
}

/**
 * Why two units cannot be converted: `unknown` (`unit` is not in the table and the two texts differ)
 * or `incompatible` (both are known but measure different quantities).
 */
export type UnitConversionFailure =
  | { readonly ok: false; readonly reason: 'unknown'; readonly from: string; readonly to: string; readonly unit: string }
  | {
      readonly ok: false;
      readonly reason: 'incompatible';
      readonly from: string;
      readonly to: string;
      readonly fromQuantity: UnitQuantity;
      readonly toQuantity: UnitQuantity;
    };

/**
 * Returns the exact affine map from unit `from` to unit `to`, or why there is none.
 *
 * Each known unit maps to its quantity's base unit as `base = (v × n + o) / d`; composing `from`
 * (n₁, d₁, o₁) with the inverse of `to` (n₂, d₂, o₂) gives
 * `to = (v × n₁d₂ + (o₁d₂ − o₂d₁)) / (d₁n₂)`, computed without rounding. A unit not in the table
 * converts only to the same text (compared after NFKC normalisation, white space removed).
 * Temperatures are absolute (0 °C = 273.15 K); the map is not meant for temperature differences.
 * Throws a ValidationError when `from` or `to` is not a text.
 *
 * @example
 * const c = conversionBetween('psi', 'kPa');
 * c.ok && [c.scaleNum, c.scaleDen, c.offsetNum].map(String)
 * //=> ['4.4482216152605', '0.64516', '0']
 */
export function conversionBetween(from: string, to: string): UnitConversion | UnitConversionFailure {
  assertUnitTexts({ from, to });
  const a = unitRow(from);
  const b = unitRow(to);
  if ((a && a === b) || (!a && !b && unitKey(from) === unitKey(to))) {
    const one = new Decimal(1);
    return { ok: true, from, to, quantity: a?.quantity, scaleNum: one, scaleDen: one, offsetNum: new Decimal(0) };
  }
  if (!a || !b) {
    return { ok: false, reason: 'unknown', from, to, unit: a ? to : from };
  }
  if (a.quantity !== b.quantity) {
    return { ok: false, reason: 'incompatible', from, to, fromQuantity: a.quantity, toQuantity: b.quantity };
  }
  const scaleNum = new Exact(a.num).times(b.den);
  const scaleDen = new Exact(a.den).times(b.num);
  const offsetNum = new Exact(a.offset).times(b.den).minus(new Exact(b.offset).times(a.den));
  return {
    ok: true,
    from,
    to,
    quantity: a.quantity,
    scaleNum: new Decimal(scaleNum),
    scaleDen: new Decimal(scaleDen),
    offsetNum: new Decimal(offsetNum),
  };
}
