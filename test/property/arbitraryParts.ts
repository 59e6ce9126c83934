/**
 * The pieces the property-test generators are written with: decimals, optional keys, the fields
 * every criterion has, calendar dates, and what a kind's generators are (`KindArbitraries`, one per
 * kind in test/kinds/<kind>/arbitrary.ts).
 */
import fc from 'fast-check';

/** A generated JSON object. */
export type Json = Record<string, unknown>;

/** The decimal text of `n / 10^places` (n an integer), e.g. fixed(-1250, 3) = '-1.250'. */
export function fixed(n: number, places: number): string {
  const digits = String(Math.abs(n)).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${n < 0 ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** A decimal `n / 10^places` written as a string or, sometimes, as a number. */
export function decimalOf(n: number, places: number): fc.Arbitrary<string | number> {
  const text = fixed(n, places);
  return fc.constantFrom<string | number>(text, text, Number(text));
}

/** Leaves a key out (undefined) about a quarter of the time. */
export function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 3 });
}

/** Drops keys whose value is undefined, so the objects are plain JSON. */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** A cause family. */
export const causeFamily = fc.constantFrom('man', 'machine', 'method', 'material', 'measurement', 'environment');
const severity = fc.constantFrom('critical', 'major', 'major', 'minor', 'minor');

/** The fields every criterion has. */
export function base(id: string): fc.Arbitrary<Json> {
  return fc
    .record({
      title: fc.constantFrom('Bore diameter', 'Leak test', 'Operator training', 'ISO 9001', 'Judul «uji»', 'x'),
      weight: maybe(fc.constantFrom<string | number>('0', 0.5, '1', 2, '3.25')),
      severity: maybe(severity),
      causeFamily,
      remedy: maybe(fc.constantFrom('Re-train the operators.', 'Kalibrasi ulang alat ukur.')),
      reference: maybe(fc.constantFrom('VDA 6.3 P6.4.1', 'Drawing JP-250 rev C')),
      effort: maybe(fc.record({ days: maybe(fc.constantFrom('1', 5, '30')), cost: maybe(fc.constantFrom('0', '1500000')), currency: maybe(fc.constantFrom('IDR', 'EUR')) }).map(compact)),
    })
    .map((fields) => compact({ id, ...fields }));
}

const DATES_FROM = Date.UTC(2020, 0, 1);
/** A calendar date between 2020 and 2030. */
export const calendarDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 3652 })
  .map((days) => new Date(DATES_FROM + days * 86_400_000).toISOString().slice(0, 10));

/** What a kind contributes: a criterion with a given id, and an evidence entry for such a criterion. */
export interface KindArbitraries {
  readonly criterion: (id: string) => fc.Arbitrary<Json>;
  /**
   * An entry for `criterion` (as generated above) in an audit on `auditDate`: any entry, or with
   * `good`, one that meets the requirement (so that generated suppliers also pass).
   */
  readonly entry: (criterion: Json, auditDate: string, good: boolean) => fc.Arbitrary<Json>;
  /**
   * Links the generated criteria of a profile (all kinds, in profile order, already copied) to one
   * another in place, for kinds whose criteria name others; most kinds have none.
   */
  readonly link?: (criteria: Json[]) => void;
}
