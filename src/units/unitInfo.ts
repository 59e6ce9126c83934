import { closestName, createIssue, ValidationError } from '../errors/index.js';

/** The physical quantity a known unit measures. */
export type UnitQuantity = 'length' | 'pressure' | 'flow' | 'mass' | 'temperature' | 'ratio';

/** A known unit: its canonical name and the quantity it measures. */
export interface UnitInfo {
  readonly unit: string;
  readonly quantity: UnitQuantity;
}

/**
 * One known unit and its exact affine map to the quantity's base unit:
 * `base = (value × num + offset) / den`, with `num`, `den` and `offset` exact decimal strings.
 */
interface UnitRow extends UnitInfo {
  readonly num: string;
  readonly den: string;
  readonly offset: string;
  readonly aliases: readonly string[];
}

function row(
  quantity: UnitQuantity,
  unit: string,
  num: string,
  den = '1',
  offset = '0',
  aliases: readonly string[] = [],
): UnitRow {
  return { quantity, unit, num, den, offset, aliases };
}

// Base units: m, Pa, L/min, g, K, 1. Sources: SI Brochure 9th ed. (2019) for the SI prefixes, bar and
// 0 °C = 273.15 K; NIST SP 811 (2008) Appendix B for 1 in = 0.0254 m, 1 lb = 0.45359237 kg,
// g_n = 9.80665 m/s² (so 1 lbf = 4.4482216152605 N and 1 psi = 4.4482216152605 N / 0.00064516 m²)
// and t/°F = 1.8 · t/°C + 32.
const UNIT_ROWS: readonly UnitRow[] = [
  row('length', 'mm', '0.001'),
  row('length', '\u03bcm', '0.000001', '1', '0', ['um']),
  row('length', 'cm', '0.01'),
  row('length', 'm', '1'),
  row('length', 'in', '0.0254', '1', '0', ['inch']),
  row('pressure', 'Pa', '1'),
  row('pressure', 'kPa', '1000'),
  row('pressure', 'MPa', '1000000'),
  row('pressure', 'bar', '100000'),
  row('pressure', 'mbar', '100'),
  row('pressure', 'psi', '4.4482216152605', '0.00064516'),
  row('flow', 'L/min', '1', '1', '0', ['l/min', 'lpm']),
  row('flow', 'L/h', '1', '60', '0', ['l/h']),
  row('flow', 'm\u00b3/h', '1000', '60'),
  row('mass', 'mg', '0.001'),
  row('mass', 'g', '1'),
  row('mass', 'kg', '1000'),
  row('temperature', 'K', '1'),
  row('temperature', '\u00b0C', '1', '1', '273.15', ['degC']),
  row('temperature', '\u00b0F', '5', '9', '2298.35', ['degF']),
  row('ratio', '%', '0.01'),
  row('ratio', 'ppm', '0.000001'),
];

/**
 * Returns the form of a unit text used for lookup and comparison: Unicode NFKC (so the micro sign
 * U+00B5 becomes Greek mu U+03BC, `³` becomes `3`, `℃` becomes `°C`) with all white space removed.
 *
 * @example
 * unitKey(' m³/h ')
 * //=> 'm3/h'
 */
export function unitKey(unit: string): string {
  return unit.normalize('NFKC').replace(/\s+/gu, '');
}

const BY_KEY: ReadonlyMap<string, UnitRow> = new Map(
  UNIT_ROWS.flatMap((r) => [r.unit, ...r.aliases].map((name) => [unitKey(name), r] as const)),
);

/**
 * Throws a ValidationError (code `invalid_type`, one issue per field) unless every given unit is a
 * text (internal guard of the public unit functions, which JavaScript callers may hand anything).
 *
 * @example
 * assertUnitTexts({ from: 'mm', to: 25 })
 * //=> throws: 'to: Expected a unit name (text), got the number 25.'
 */
export function assertUnitTexts(units: Readonly<Record<string, unknown>>): void {
  const issues = Object.entries(units)
    .filter(([, unit]) => typeof unit !== 'string')
    .map(([key, unit]) =>
      createIssue('invalid_type', [key], {
        expected: 'a unit name (text)',
        received: unit === null ? 'null' : Array.isArray(unit) ? 'a list' : typeof unit === 'number' ? `the number ${unit}` : typeof unit === 'object' ? 'an object' : typeof unit,
      }),
    );
  if (issues.length > 0) throw new ValidationError(issues, 'unit');
}

/** Returns the table row of a known unit (internal: carries the exact factors), or undefined. */
export function unitRow(unit: string): UnitRow | undefined {
  return BY_KEY.get(unitKey(unit));
}

/**
 * Returns the canonical name of a known unit and the quantity it measures, or undefined for a unit
 * not in the table. Aliases (`um`, `µm`, `inch`, `l/min`, `lpm`, `m3/h`, `degC`, `degF`) are accepted;
 * names are case-sensitive (`mm` is not `Mm`). Throws a ValidationError when `unit` is not a text.
 *
 * @example
 * unitInfo('um')
 * //=> { unit: 'μm', quantity: 'length' }
 */
export function unitInfo(unit: string): UnitInfo | undefined {
  assertUnitTexts({ unit });
  const found = unitRow(unit);
  return found && { unit: found.unit, quantity: found.quantity };
}

/**
 * Returns the canonical name of a known unit, or undefined for a unit not in the table. Throws a
 * ValidationError when `unit` is not a text.
 *
 * @example
 * canonicalUnit('m3/h')
 * //=> 'm³/h'
 */
export function canonicalUnit(unit: string): string | undefined {
  assertUnitTexts({ unit });
  return unitRow(unit)?.unit;
}

/**
 * Returns the known unit name (canonical or alias) closest to a unit that is not known, when one is
 * close enough to be a misspelling of it (see `closestName`), else undefined. Names of `quantity`
 * (the quantity of the unit it is compared with, when that one is known) are tried first.
 *
 * @example
 * closestUnit('mn', 'length')
 * //=> 'mm'
 */
export function closestUnit(unit: string, quantity?: UnitQuantity): string | undefined {
  const names = (rows: readonly UnitRow[]) => rows.flatMap((r) => [r.unit, ...r.aliases]);
  const near = quantity === undefined ? undefined : closestName(unit, names(UNIT_ROWS.filter((r) => r.quantity === quantity)));
  return near ?? closestName(unit, names(UNIT_ROWS));
}
