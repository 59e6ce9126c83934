import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalString, toDecimal } from '../../src/decimal.js';
import { evaluate } from '../../src/evaluate.js';
import { evaluateExact } from '../oracle/evaluateExact.js';
import { compareFloatToLimit, compareToFastLimit, fastLimit } from '../../src/fast/limit.js';
import { defineProfile, type CriterionInput } from '../../src/index.js';
import { processCapabilityValues } from '../../src/stats/index.js';
import { screen } from '../../src/screen.js';
import { evidenceWith, profileWith } from '../fixtures.js';
import { nextDown, nextUp } from './helpers.js';

/** A limit as a short decimal text, e.g. '6.55', '-0.02', '1000'. */
const limitText = fc
  .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => decimalString(toDecimal(units).div(toDecimal(10).pow(places))));

/**
 * Everything next to a limit: the limit as text (also with trailing zeros) and as a double, the
 * doubles one unit in the last place above and below it, and decimal texts one digit beyond its
 * last digit and far beyond any double's precision on either side.
 */
function around(limit: string): Array<number | string> {
  const x = Number(limit);
  const digits = limit.includes('.') ? (limit.split('.')[1] as string).length : 0;
  const step = toDecimal(10).pow(-(digits + 1));
  const tiny = toDecimal(10).pow(-(digits + 20));
  const exact = toDecimal(limit);
  return [
    limit,
    `${limit}${limit.includes('.') ? '' : '.'}000`,
    x,
    nextUp(x),
    nextDown(x),
    String(nextUp(x)),
    String(nextDown(x)),
    decimalString(exact.plus(step)),
    decimalString(exact.minus(step)),
    decimalString(exact.plus(tiny)),
    decimalString(exact.minus(tiny)),
  ];
}

describe('fast comparison against a limit', () => {
  it('agrees with exact decimal comparison exactly at, and one unit in the last place around, every limit', () => {
    fc.assert(
      fc.property(limitText, (text) => {
        const limit = fastLimit(text);
        for (const value of around(text)) {
          const float = typeof value === 'number' ? value : Number(value);
          expect(compareToFastLimit(value, float, limit), `${value} against ${text}`).toBe(toDecimal(value).comparedTo(toDecimal(text)));
        }
      }),
      { numRuns: 1000, seed: 1 },
    );
  });

  it('answers for computed doubles only when the error bound makes it certain', () => {
    fc.assert(
      fc.property(limitText, fc.integer({ min: 1, max: 10 ** 6 }), (text, denominator) => {
        // numerator / denominator × 10^6 next to the limit: the double has a relative error of a few units.
        const limit = fastLimit(text);
        const numerator = Math.round((Number(text) * denominator) / 1e6);
        for (const n of [numerator - 1, numerator, numerator + 1]) {
          const float = (n * 1e6) / denominator;
          const sign = compareFloatToLimit(float, 3 * Number.EPSILON, limit);
          if (sign !== null) expect(sign).toBe(toDecimal(n).times(1e6).div(denominator).comparedTo(toDecimal(text)));
        }
      }),
      { numRuns: 1000, seed: 2 },
    );
  });
});

const same = (profileInput: unknown, evidence: unknown) => {
  const profile = defineProfile(profileInput);
  const fast = evaluate(profile, evidence);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(evaluateExact(profile, evidence)));
  const screened = screen(profile, evidence);
  expect(screened).toEqual({ decision: fast.decision, score: fast.score, grade: fast.grade });
  return fast;
};

describe('evaluations next to limits', () => {
  it('measured values at and around both limits give the exact evaluation', () => {
    fc.assert(
      fc.property(limitText, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (nominal, tol, places, share) => {
        const tolerance = decimalString(toDecimal(tol).div(1000));
        const lsl = decimalString(toDecimal(nominal).minus(tolerance));
        const usl = decimalString(toDecimal(nominal).plus(tolerance));
        const criterion = { kind: 'measurement', id: 'd', title: 'Diameter', causeFamily: 'machine', unit: 'mm', nominal, tolerance, ...(share ? { requiredShare: '90', partialFromShare: '50' } : {}) } as CriterionInput;
        const values = [...around(lsl), ...around(usl), nominal];
        const result = same(profileWith([criterion, { kind: 'check', id: 'c', title: 'Check', causeFamily: 'man' }], { places }), evidenceWith([{ criterion: 'd', values }, { criterion: 'c', value: true }]));
        expect((result.criteria[0]?.found as { outOfSpec: number }).outOfSpec).toBe(values.filter((v) => toDecimal(v).lt(lsl) || toDecimal(v).gt(usl)).length);
        // Each value alone, too: the worst excursion and the extremes come from one value.
        for (const value of values) same(profileWith([criterion]), evidenceWith([{ criterion: 'd', values: [value, nominal] }]));
      }),
      { numRuns: 25, seed: 3 },
    );
  });

  it('metric values at and around the limit, the target and band bounds give the exact evaluation', () => {
    fc.assert(
      fc.property(limitText, fc.integer({ min: 1, max: 1000 }), fc.boolean(), fc.constantFrom('0', '20', '50'), (limit, gap, higher, atLimit) => {
        const target = decimalString(toDecimal(limit).plus(higher ? gap : -gap));
        const linear = { kind: 'metric', id: 'm', title: 'Metric', causeFamily: 'method', direction: higher ? 'higher-is-better' : 'lower-is-better', limit, target, scoreAtLimit: atLimit } as CriterionInput;
        const banded = { ...linear, id: 'b', target: undefined, bands: [{ bound: target, score: 100 }, { bound: limit, score: 50 }] } as CriterionInput;
        for (const value of [...around(limit), ...around(target)]) {
          same(profileWith([linear, banded], { places: 2 }), evidenceWith([{ criterion: 'm', value }, { criterion: 'b', value }]));
        }
      }),
      { numRuns: 30, seed: 4 },
    );
  });

  it('count ratios exactly at a ppm limit and one count either side give the exact evaluation', () => {
    for (const [limit, denominator] of [['1000', 1000], ['250', 48000], ['333.333', 3000], ['1000', 3]] as const) {
      const criterion = { kind: 'metric', id: 'ppm', title: 'Defects', causeFamily: 'method', unit: 'ppm', direction: 'lower-is-better', limit, target: '100' } as CriterionInput;
      const exact = Number(toDecimal(limit).times(denominator).div(1e6).toFixed(0));
      for (const numerator of [exact - 1, exact, exact + 1].filter((n) => n >= 0)) {
        same(profileWith([criterion]), evidenceWith([{ criterion: 'ppm', numerator, denominator }]));
      }
    }
  });

  it('certificate and document dates on, and a day either side of, every boundary give the exact evaluation', () => {
    const at = '2026-11-28';
    const day = (offset: number) => new Date(Date.UTC(2026, 10, 28 + offset)).toISOString().slice(0, 10);
    const criteria: CriterionInput[] = [
      { kind: 'certificate', id: 'iso', title: 'ISO 9001', standard: 'ISO 9001', minRemainingDays: 90, causeFamily: 'method' },
      { kind: 'document', id: 'cp', title: 'Control plan', maxAgeDays: 365, causeFamily: 'method' },
    ];
    for (const offset of [-366, -365, -364, -1, 0, 1, 89, 90, 91]) {
      same(profileWith(criteria), evidenceWith([
        { criterion: 'iso', standard: 'ISO 9001:2015', expires: day(offset), issued: day(Math.min(offset, 0) - 1) },
        { criterion: 'cp', status: 'approved', date: day(Math.min(offset, 0)) },
      ], at));
    }
  });

  it('a capability index exactly at its minimum, and one unit in the last place below it, gives the exact evaluation', () => {
    const values = ['6.51', '6.49', '6.5', '6.52', '6.48', '6.505', '6.495', '6.51', '6.5', '6.49', '6.503', '6.497'];
    const cpk = processCapabilityValues(values, { lsl: '6.45', usl: '6.55' }).cpk as number;
    for (const min of [String(cpk), String(nextUp(cpk)), String(nextDown(cpk)), decimalString(toDecimal(cpk).plus('1e-30'))]) {
      const criterion = { kind: 'measurement', id: 'd', title: 'Diameter', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05', capability: { min, minSamples: 10, partialFrom: '0.5' } } as CriterionInput;
      const result = same(profileWith([criterion]), evidenceWith([{ criterion: 'd', values }]));
      expect(result.criteria[0]?.status).toBe(toDecimal(cpk).gte(min) ? 'pass' : 'partial');
    }
  });
});
