import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { explanationsId } from '../../../src/locales/id.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

// Reference data (AIAG-style worked example): 5 subgroups of 4, LSL 9.4, USL 10.6.
const subgroups = [
  [10.2, 9.9, 10.1, 10.0],
  [10.3, 10.1, 10.0, 10.2],
  [9.8, 10.0, 10.1, 9.9],
  [10.0, 10.2, 10.1, 10.3],
  [9.9, 10.1, 10.0, 10.0],
];
const individuals = [5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1];

function run(capability: Record<string, unknown>, values: unknown, limits: Record<string, unknown> = { lsl: 9.4, usl: 10.6 }) {
  const criterion = { kind: 'measurement', id: 'd', title: 'Diameter', causeFamily: 'machine', unit: 'mm', ...limits, capability } as never;
  return evaluate(profileWith([criterion]), evidenceWith([{ criterion: 'd', values } as never]));
}

describe('capability requirement of a measurement', () => {
  it('computes Cpk from subgroups with R̄/d2 (printed d2, as AIAG worksheets) and passes at the minimum', () => {
    const r = run({ index: 'cpk', min: '1.32', minSamples: 20 }, subgroups).criteria[0]!;
    expect(r.status).toBe('pass');
    expect(r.found?.capability).toMatchObject({ index: 'cpk', value: '1.3236', n: 20, mean: '10.06', sigmaMethod: 'rbar', subgroups: 5 });
    expect(r.required.capability).toEqual({ index: 'cpk', min: '1.32', minSamples: 20 });
    expect(r.explanation).toBe('All 20 values within 9.4–10.6 mm; Cpk 1.3236 meets 1.32.');
  });

  it('matches the exact-constant reference value and the other sigma methods', () => {
    expect(run({ min: 1, minSamples: 20, constants: 'exact' }, subgroups).criteria[0]?.found?.capability).toMatchObject({ value: '1.3235' });
    expect(run({ min: 1, minSamples: 20, sigma: 'sbar', constants: 'exact' }, subgroups).criteria[0]?.found?.capability).toMatchObject({ value: '1.3865' });
    expect(run({ min: 1, minSamples: 20, sigma: 'pooled' }, subgroups).criteria[0]?.found?.capability).toMatchObject({ value: '1.4618' });
    expect(run({ index: 'ppk', min: 1, minSamples: 20 }, subgroups).criteria[0]?.found?.capability).toMatchObject({ value: '1.33', sigmaMethod: 'overall' });
  });

  it('groups a flat list into subgroups of the stated size', () => {
    const flat = run({ min: 1, minSamples: 20, subgroupSize: 4 }, subgroups.flat()).criteria[0]?.found?.capability;
    expect(flat).toMatchObject({ value: '1.3236', subgroups: 5, sigmaMethod: 'rbar' });
  });

  it('fails a capable-looking spec when the index is short, and says what would reach it', () => {
    const r = run({ min: '1.33', minSamples: 8 }, individuals, { lsl: 4.4, usl: 5.6 }).criteria[0]!;
    expect(r.status).toBe('fail');
    expect(r.found?.capability).toMatchObject({ value: '0.8515', sigmaMethod: 'moving-range', toReach: { sigma: '0.137845', sigmaReduction: '0.0774543', meanShift: null } });
    expect(r.shortfall).toEqual({ amount: '0.4785', unit: 'Cpk', relative: '0.359752' });
    expect(r.explanation).toBe('All 8 values within 4.4–5.6 mm, but Cpk 0.8515 is below 1.33; it needs a sigma of 0.137845 mm instead of 0.215299 mm.');
  });

  it('gives partial credit between a floor and the minimum when asked', () => {
    const r = run({ min: '1.33', minSamples: 8, partialFrom: '0.33' }, individuals, { lsl: 4.4, usl: 5.6 }).criteria[0]!;
    expect(r.status).toBe('partial');
    expect(r.score).toBe('52.2');
  });

  it('does not take a Ppk of 1.40 from 20 parts as proof of 1.33 when the lower bound must clear it', () => {
    const values = ['9.6718', '9.8359', '10', '10.1641', '10.3282'].flatMap((v) => [v, v, v, v]);
    const point = run({ index: 'ppk', min: '1.33', minSamples: 20 }, values, { lsl: 9, usl: 11 }).criteria[0]!;
    const bounded = run({ index: 'ppk', min: '1.33', minSamples: 20, useLowerBound: true }, values, { lsl: 9, usl: 11 }).criteria[0]!;
    expect(point.found?.capability).toMatchObject({ value: '1.4', lowerBound: '1.0068' });
    expect(point.status).toBe('pass');
    expect(bounded.status).toBe('fail');
    expect(bounded.why.code).toBe('measurement.boundShort');
    expect(bounded.explanation).toBe('Ppk 1.4 from 20 values, but its 95 % lower bound 1.0068 is below 1.33.');
  });

  it('treats too few values as missing (incomplete), never a pass', () => {
    const r = run({ min: '1.33', minSamples: 25 }, individuals, { lsl: 4.4, usl: 5.6 });
    expect(r.criteria[0]).toMatchObject({ status: 'missing', explanation: 'Only 8 values; the capability study needs at least 25.' });
    expect(r.decision).toBe('incomplete');
  });

  it('treats values without spread as missing: the index cannot be computed', () => {
    const r = run({ min: '1.33', minSamples: 5 }, [5, 5, 5, 5, 5], { lsl: 4, usl: 6 }).criteria[0]!;
    expect(r.status).toBe('missing');
    expect(r.why.code).toBe('measurement.capabilityUndefined');
    expect(r.explanation).toBe(
      'Cpk cannot be computed: The within-subgroup standard deviation is 0 (the values show no variation), so the indices based on it cannot be computed; check the gauge resolution.',
    );
    expect(explanationsId['measurement.capabilityUndefined'](r.why.params)).toBe(
      'Cpk tidak dapat dihitung: Simpangan baku dalam subgrup bernilai 0 (nilai-nilai tidak bervariasi), sehingga indeks yang memakainya tidak dapat dihitung; periksa resolusi alat ukur.',
    );
  });

  it('reports the index beside parts out of specification', () => {
    const r = run({ min: '1.33', minSamples: 8 }, [...individuals.slice(0, 7), 5.7], { lsl: 4.4, usl: 5.6 }).criteria[0]!;
    expect(r.status).toBe('fail');
    expect(r.explanation).toMatch(/^1 of 8 parts above the upper limit 5\.6 mm \(worst 5\.7 mm\); Cpk 0\.\d+ against 1\.33\.$/);
  });
});
