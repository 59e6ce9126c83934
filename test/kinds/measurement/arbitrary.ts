/**
 * The property tests' generators of measurement criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { base, causeFamily, compact, fixed, maybe, type Json, type KindArbitraries } from '../../property/arbitraryParts.js';

/** The limits of a generated measurement criterion, in thousandths of the unit. */
function limitsOf(c: Json): { low: number; high: number } {
  const milli = (v: unknown) => Math.round(Number(v) * 1000);
  if (c.tolerance !== undefined) return { low: milli(c.nominal) - milli(c.tolerance), high: milli(c.nominal) + milli(c.tolerance) };
  if (c.nominal !== undefined) {
    const n = milli(c.nominal);
    return { low: n + (c.lowerDeviation === undefined ? -500 : milli(c.lowerDeviation)), high: n + (c.upperDeviation === undefined ? 500 : milli(c.upperDeviation)) };
  }
  const low = c.lsl === undefined ? undefined : milli(c.lsl);
  const high = c.usl === undefined ? undefined : milli(c.usl);
  return { low: low ?? (high as number) - 1000, high: high ?? (low as number) + 1000 };
}

export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        nominal: fc.integer({ min: 1000, max: 20000 }),
        form: fc.constantFrom('tolerance', 'deviations', 'upper-deviation', 'lower-deviation', 'limits', 'lsl', 'usl'),
        a: fc.integer({ min: 1, max: 500 }),
        b: fc.integer({ min: 1, max: 500 }),
        share: maybe(fc.integer({ min: 50, max: 100 })),
        partial: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        capability: fc.option(
          fc.record({
            index: maybe(fc.constantFrom('cpk', 'ppk')),
            min: fc.constantFrom('0.67', '1', '1.33', '1.67'),
            minSamples: maybe(fc.integer({ min: 2, max: 25 })),
            subgroupSize: maybe(fc.integer({ min: 1, max: 5 })),
            useLowerBound: maybe(fc.boolean()),
            confidence: maybe(fc.constantFrom('0.9', '0.95', 0.99)),
            constants: maybe(fc.constantFrom('printed', 'exact')),
            partialFrom: maybe(fc.constantFrom('0', '0.5')),
            requireStable: maybe(
              fc.record({
                rules: fc.uniqueArray(fc.constantFrom('western-electric', 'nelson', 'we1', 'we2', 'we4', 'nelson2', 'nelson3', 'nelson7'), { minLength: 1, maxLength: 3 }),
                chart: maybe(fc.constantFrom('i-mr', 'xbar-r', 'xbar-s')),
                onUnstable: maybe(fc.constantFrom('fail', 'incomplete')),
                causeFamily: maybe(causeFamily),
                effort: maybe(fc.record({ days: fc.constantFrom('2', 10) })),
              }).map(compact),
            ),
          }).map(compact),
          { nil: undefined, freq: 2 },
        ),
      })
      .chain(({ base: b, nominal, form, a, b: bb, share, partial, capability }) => {
        const n = fixed(nominal, 3);
        const limits: Json =
          form === 'tolerance'
            ? { nominal: n, tolerance: fixed(a, 3) }
            : form === 'deviations'
              ? { nominal: n, upperDeviation: fixed(a, 3), lowerDeviation: fixed(-bb, 3) }
              : form === 'upper-deviation'
                ? { nominal: n, upperDeviation: fixed(a, 3) }
                : form === 'lower-deviation'
                  ? { nominal: n, lowerDeviation: fixed(-bb, 3) }
                  : form === 'limits'
                    ? { lsl: fixed(nominal - bb, 3), usl: fixed(nominal + a, 3) }
                    : form === 'lsl'
                      ? { lsl: fixed(nominal - bb, 3) }
                      : { usl: fixed(nominal + a, 3) };
        const required = share ?? 100;
        const partialFromShare = partial !== undefined && partial < required ? partial : undefined;
        return fc.constant(
          compact({ kind: 'measurement', ...b, unit: 'mm', ...limits, requiredShare: share, partialFromShare, capability }),
        );
      }),
  entry: (c, _auditDate, good) => {
    const { low, high } = limitsOf(c);
    const width = Math.max(high - low, 2);
    const value = fc.integer({ min: low - width, max: high + width });
    const inside = fc.integer({ min: low, max: high });
    const one = good ? inside : fc.oneof({ weight: 3, arbitrary: inside }, { weight: 1, arbitrary: value });
    const flat = fc.array(one, { minLength: good ? 1 : 0, maxLength: 40 });
    return fc
      .record({
        shape: fc.constantFrom('flat', 'flat', 'flat', 'subgroups'),
        values: flat,
        groups: fc.array(fc.array(one, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        unit: fc.constantFrom(undefined, undefined, 'mm', 'µm', 'um'),
        asNumbers: fc.boolean(),
        note: maybe(fc.constant('Measured on CMM 3.')),
      })
      .map(({ shape, values, groups, unit, asNumbers, note }) => {
        // Thousandths of a mm are micrometres: in µm the value is the integer itself.
        const write = (milli: number): string | number => {
          const text = unit === 'µm' || unit === 'um' ? String(milli) : fixed(milli, 3);
          return asNumbers ? Number(text) : text;
        };
        const given = shape === 'flat' ? values.map(write) : groups.map((group) => group.map(write));
        return compact({ criterion: c.id, values: given, unit, note });
      });
  },
};
