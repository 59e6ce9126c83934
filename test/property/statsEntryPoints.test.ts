import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import * as statsEntry from '../../src/stats/index.js';
import { fDistributionUpperTail, regularizedIncompleteBeta } from '../../src/stats/regularizedIncompleteBeta.js';
import { hostileValue, settings } from './arbitraries.js';

/** The functions of supplier-quality/stats and the distribution functions behind the gauge study. */
const stats = { ...statsEntry, fDistributionUpperTail, regularizedIncompleteBeta };

/** Any JavaScript value, including what no JSON reader makes. */
const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withBigInt: true });
const numberish = fc.oneof(fc.double(), fc.integer({ min: -5, max: 30 }), hostileValue, fc.constantFrom<unknown>('1.33', '10.05', ' 7 ', '0', '-1', 0.05, 0.25, 6));
const values = fc.oneof(fc.array(numberish, { maxLength: 30 }), fc.array(fc.array(numberish, { maxLength: 6 }), { maxLength: 8 }));
const goodValues = fc.oneof(
  fc.array(fc.integer({ min: -50, max: 50 }).map((v) => v / 10), { minLength: 2, maxLength: 40 }),
  fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(fc.array(fc.integer({ min: -50, max: 50 }).map((v) => v / 10), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 12 })),
);
const rules = fc.oneof(fc.constantFrom<unknown>('western-electric', 'nelson', 'x', []), fc.subarray([...stats.RUN_RULES] as unknown[]), fc.array(anything, { maxLength: 2 }));
const chartOptions = fc.record(
  { chart: fc.constantFrom<unknown>('i-mr', 'xbar-r', 'xbar-s', 'p', 1), rules, sigma: numberish, center: numberish, constants: fc.constantFrom<unknown>('printed', 'exact', 'x') },
  { requiredKeys: [] },
);
const level = fc.oneof(fc.constantFrom<unknown>('A', 'B', 'C', 1, 2, 3), anything);
const measurement = fc.record({ part: level, operator: level, trial: fc.oneof(fc.integer({ min: 1, max: 3 }), anything), value: numberish }, { requiredKeys: ['part', 'operator', 'value'] });
/** A balanced crossed study: parts × operators × trials of small decimals. */
const balanced = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 }))
  .chain(([p, o, r]) =>
    fc.array(fc.integer({ min: -30, max: 30 }).map((v) => v / 10), { minLength: p * o * r, maxLength: p * o * r }).map((list) =>
      list.map((value, i) => ({ part: `P${i % p}`, operator: `O${Math.floor(i / p) % o}`, trial: Math.floor(i / (p * o)) + 1, value })),
    ),
  );
const gaugeOptions = fc.record(
  {
    method: fc.constantFrom<unknown>('anova', 'average-range', 'x'),
    alpha: numberish,
    studyVariation: numberish,
    lsl: numberish,
    usl: numberish,
    tolerance: numberish,
    basis: fc.constantFrom<unknown>('study-variation', 'tolerance', 'x'),
    minimumCategories: fc.oneof(fc.integer({ min: 0, max: 8 }), anything),
  },
  { requiredKeys: [] },
);

const entryPoints: Record<string, { fn: (...args: never[]) => unknown; args: fc.Arbitrary<unknown[]> }> = {};
const add = (name: keyof typeof stats, ...args: fc.Arbitrary<unknown>[]) => {
  const near = fc.tuple(...args.map((arg) => fc.oneof({ weight: 3, arbitrary: arg }, { weight: 1, arbitrary: anything })));
  entryPoints[name] = { fn: stats[name] as (...a: never[]) => unknown, args: fc.oneof(near, fc.array(anything, { maxLength: args.length + 1 })) };
};
add('controlChart', fc.oneof(values, goodValues), chartOptions);
add('controlChartFactors', numberish, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('gaugeStudy', fc.oneof(balanced, fc.array(measurement, { maxLength: 12 })), gaugeOptions);
add('regularizedIncompleteBeta', numberish, numberish, numberish);
add('fDistributionUpperTail', numberish, numberish, numberish);

describe('control charts, gauge studies and the F distribution under arbitrary input', () => {
  for (const [name, { fn, args }] of Object.entries(entryPoints)) {
    it(`${name} returns plain JSON or throws nothing but a ValidationError`, () => {
      fc.assert(
        fc.property(args, (list) => {
          try {
            const result = fn(...(list as never[]));
            if (typeof result === 'object' && result !== null) expect(JSON.parse(JSON.stringify(result))).toEqual(result);
            if (typeof result === 'number') expect(Number.isNaN(result)).toBe(false);
          } catch (error) {
            if (!(error instanceof ValidationError)) throw new Error(`${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
          }
        }),
        settings(150, 0.5),
      );
    });
  }
  it('a balanced study at any scale (parts up to 10^190 apart, trials down to 10^-190 apart: texts within the 400 characters of a value) gives its figures: distinct categories a safe whole number', () => {
    const scaled = fc
      .record({ parts: fc.integer({ min: 2, max: 5 }), big: fc.integer({ min: 0, max: 190 }), small: fc.integer({ min: 0, max: 190 }), noise: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }) })
      .map(({ parts, big, small, noise }) =>
        Array.from({ length: parts * 2 * 3 }, (_, i) => {
          const part = i % parts;
          const digit = noise[i % noise.length]!;
          // part × 10^big plus digit × 10^-(small + 1), written out in full.
          const value = `${part === 0 ? '0' : `${part}${'0'.repeat(big)}`}.${'0'.repeat(small)}${digit}`;
          return { part: `P${part}`, operator: `O${Math.floor(i / parts) % 2}`, trial: Math.floor(i / (parts * 2)) + 1, value };
        }),
      );
    fc.assert(
      fc.property(scaled, fc.constantFrom('anova', 'average-range'), fc.constantFrom('study-variation', 'tolerance'), (rows, method, basis) => {
        const study = stats.gaugeStudy(rows, { method: method as 'anova', basis: basis as 'tolerance', tolerance: '1' });
        expect(JSON.parse(JSON.stringify(study))).toEqual(study);
        if (study.ndc !== null) expect(Number.isSafeInteger(study.ndc) && study.ndc >= 1).toBe(true);
        expect(study.verdict).not.toBeNull();
      }),
      settings(60, 0.5),
    );
  });

  it('a valid balanced study always gives a verdict and components that add up', () => {
    fc.assert(
      fc.property(balanced, fc.constantFrom('anova', 'average-range'), (rows, method) => {
        const study = stats.gaugeStudy(rows, { method: method as 'anova', tolerance: 10 });
        const c = study.components;
        if (study.verdict === null) expect(c.total.variance).toBe('0');
        // The variances are printed to 10 significant digits, so the sum agrees to that relative precision.
        const total = Number(c.total.variance);
        expect(Math.abs(total - Number(c.gaugeRR.variance) - Number(c.partToPart.variance))).toBeLessThanOrEqual(2e-9 * Math.abs(total));
      }),
      settings(100, 0.5),
    );
  });
});
