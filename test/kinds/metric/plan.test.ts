import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluate.js';
import { evaluateExact } from '../../oracle/evaluateExact.js';
import { defineProfile, type CriterionInput } from '../../../src/index.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const same = (profileInput: unknown, evidence: unknown) => {
  const profile = defineProfile(profileInput);
  const fast = evaluate(profile, evidence);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(evaluateExact(profile, evidence)));
  return fast;
};

const ratio = (unit: string, limit: string, target: string): CriterionInput =>
  ({ kind: 'metric', id: 'r', title: 'Ratio', causeFamily: 'method', unit, direction: 'lower-is-better', limit, target }) as CriterionInput;

describe('metricOutcome', () => {
  it('prints a count ratio as the exact route does, for whole counts of any size and any unit scale', () => {
    const f = same(profileWith([ratio('ppm', '1000', '200')]), evidenceWith([{ criterion: 'r', numerator: 7, denominator: 48_000 }]));
    expect(f.criteria[0]?.found).toMatchObject({ value: '145.833', numerator: '7', denominator: '48000' });
    fc.assert(
      fc.property(
        fc.constantFrom('ppm', '%', 'percent', 'parts'),
        fc.integer({ min: 0, max: 2 ** 50 }),
        fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 50 })),
        (unit, numerator, denominator) => {
          same(profileWith([ratio(unit, '1000', '200')]), evidenceWith([{ criterion: 'r', numerator, denominator }]));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('counts whose scaled numerator is at or one above the whole numbers long division takes print as the exact route does', () => {
    for (const [unit, scale] of [['ppm', 1e6], ['%', 100], ['parts', 1]] as const) {
      const top = Math.floor(2 ** 49 / scale);
      for (const numerator of [top - 1, top, top + 1]) {
        for (const denominator of [1, 3, 2 ** 49 - 1, 2 ** 49, 2 ** 49 + 1]) {
          same(profileWith([ratio(unit, '1000', '200')]), evidenceWith([{ criterion: 'r', numerator, denominator }]));
        }
      }
    }
  });

  it('decides in decimals what the doubles cannot: a count ratio on a target, a band bound or a limit to 33 digits', () => {
    // 1 of 7 in ppm is 142857.142857142857…; the doubles of these bounds equal the ratio's double.
    const above = '142857.142857142857142857142857143';
    const below = '142857.142857142857142857142857142';
    const oneOfSeven = evidenceWith([{ criterion: 'r', numerator: 1, denominator: 7 }]);
    const withBands = (bound: string): CriterionInput =>
      ({ kind: 'metric', id: 'r', title: 'Ratio', causeFamily: 'method', unit: 'ppm', direction: 'lower-is-better', limit: '200000', bands: [{ bound, score: '100' }, { bound: '200000', score: '50' }] }) as CriterionInput;
    expect(same(profileWith([ratio('ppm', '200000', above)]), oneOfSeven).criteria[0]).toMatchObject({ status: 'pass', score: '100' });
    expect(same(profileWith([ratio('ppm', '200000', below)]), oneOfSeven).criteria[0]).toMatchObject({ status: 'partial', score: '100' });
    expect(same(profileWith([withBands(above)]), oneOfSeven).criteria[0]).toMatchObject({ status: 'pass', score: '100' });
    expect(same(profileWith([withBands(below)]), oneOfSeven).criteria[0]).toMatchObject({ status: 'partial', score: '50' });
    expect(same(profileWith([ratio('ppm', above, '100000')]), oneOfSeven).criteria[0]).toMatchObject({ status: 'partial' });
    expect(same(profileWith([ratio('ppm', below, '100000')]), oneOfSeven).criteria[0]).toMatchObject({ status: 'fail', score: '0' });
    // 7 of 80,000 is 87.5 ppm exactly, but its double carries an error bound: on the limit, not worse.
    const onLimit = same(profileWith([ratio('ppm', '87.5', '50')]), evidenceWith([{ criterion: 'r', numerator: 7, denominator: 80_000 }]));
    expect(onLimit.criteria[0]).toMatchObject({ status: 'partial', found: { value: '87.5' } });
  });

  it('decides in decimals a linear score the doubles cannot hold: limits and values beyond the doubles', () => {
    const tiny = (digit: number) => `0.${'0'.repeat(390)}${digit}`;
    const beyond = (limit: string, target: string, value: string) =>
      same(profileWith([ratio('ppm', limit, target)]), evidenceWith([{ criterion: 'r', value }])).criteria[0];
    // (10^399 − 1 − 2·10^-391) / (10^399 − 1 − 10^-391) of the way from the limit to the target: 100 to 50 digits.
    expect(beyond('9'.repeat(399), tiny(1), tiny(2))).toMatchObject({ status: 'pass', score: '100' });
    expect(beyond('9'.repeat(399), '1', '2')).toMatchObject({ status: 'pass', score: '100' });
    expect(beyond('9'.repeat(399), '1', `5${'0'.repeat(398)}`)).toMatchObject({ status: 'partial', score: '50' });
  });

  it('a linear score clamped at 0 and 100 is the exact route\'s', () => {
    for (const value of ['1000', '999.999', '200', '200.001', '199.999', '0', '600']) {
      same(profileWith([{ ...ratio('ppm', '1000', '200'), scoreAtLimit: '0' } as CriterionInput]), evidenceWith([{ criterion: 'r', value }]));
    }
  });

  it('an outcome remembered per value is the one worked out, and evaluations share none of its objects', () => {
    const profile = defineProfile(profileWith([ratio('%', '5', '1.5')]));
    for (const value of ['2.3', 2.3, '2.30', '6', 6, '1.5', 0, -0, '-0', '0']) {
      const evidence = evidenceWith([{ criterion: 'r', value }]);
      const first = same(profile, evidence);
      const second = same(profile, evidence);
      expect(second).toEqual(first);
      const [a, b] = [first.criteria[0], second.criteria[0]];
      expect(b?.found).not.toBe(a?.found);
      expect(b?.required).not.toBe(a?.required);
      expect(b?.why).not.toBe(a?.why);
      expect(b?.why.params).not.toBe(a?.why.params);
      if (a?.shortfall) expect(b?.shortfall).not.toBe(a.shortfall);
    }
    // A number and a text of the same value are remembered apart and print as given.
    const byText = evaluate(profile, evidenceWith([{ criterion: 'r', value: '2.30' }]));
    const byNumber = evaluate(profile, evidenceWith([{ criterion: 'r', value: 2.3 }]));
    expect(byText.criteria[0]?.score).toBe(byNumber.criteria[0]?.score);
    expect(byText.criteria[0]?.found).toEqual(byNumber.criteria[0]?.found);
  });
});
