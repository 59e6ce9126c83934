/**
 * The property tests' generators of metric criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { base, compact, decimalOf, fixed, maybe, type Json, type KindArbitraries } from '../../property/arbitraryParts.js';

export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
        unit: maybe(fc.constantFrom('ppm', '%', 'days', '')),
        limit: fc.integer({ min: 0, max: 10000 }),
        scoring: fc.constantFrom('limit', 'target', 'bands'),
        span: fc.integer({ min: 0, max: 5000 }),
        scoreAtLimit: maybe(fc.integer({ min: 0, max: 100 }).map(String)),
        bands: fc.array(fc.record({ offset: fc.integer({ min: -2000, max: 5000 }), score: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 4 }),
      })
      .map(({ base: b, direction, unit, limit, scoring, span, scoreAtLimit, bands }) => {
        const sign = direction === 'higher-is-better' ? 1 : -1;
        const extra: Json =
          scoring === 'target'
            ? { target: fixed(limit + sign * span, 1), scoreAtLimit }
            : scoring === 'bands'
              ? { bands: bands.map(({ offset, score }) => ({ bound: fixed(limit + sign * offset, 1), score: String(score) })) }
              : {};
        return compact({ kind: 'metric', ...b, direction, unit, limit: fixed(limit, 1), ...extra });
      }),
  entry: (c, _auditDate, good) => {
    const limit = Math.round(Number(c.limit) * 10);
    if (good) {
      // The target when there is one, else far on the better side of the limit (and of every band).
      const better = c.direction === 'higher-is-better' ? limit + 20000 : limit - 20000;
      return fc.constant({ criterion: c.id, value: c.target ?? fixed(better, 1) });
    }
    return fc.oneof(
      fc.integer({ min: Math.max(0, limit - 8000), max: limit + 8000 }).chain((v) => decimalOf(v, 1)).map((value) => ({ criterion: c.id, value })),
      fc
        .record({ numerator: fc.integer({ min: 0, max: 5000 }), denominator: fc.integer({ min: 1, max: 2_000_000 }) })
        .map(({ numerator, denominator }) => ({ criterion: c.id, numerator, denominator: String(denominator) })),
    );
  },
};
