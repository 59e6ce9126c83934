import { describe, expect, it } from 'vitest';
import { processCapability, REPORTED_PRECISION } from '../../src/stats/processCapability.js';
import { INDIVIDUALS, issuesOf, seededRandom, SUBGROUPS } from './helpers.js';

const limits = { lsl: '9.4', usl: '10.6' };

describe('processCapability: the JSON result', () => {
  it('reports the reference subgroups with exact constants (standards §3.6)', () => {
    const r = processCapability(SUBGROUPS, { ...limits, target: '10', constants: 'exact' });
    expect(r).toMatchObject({
      n: 20,
      subgroups: { count: 5, minSize: 4, maxSize: 4 },
      sigmaWithinMethod: 'rbar',
      constants: 'exact',
      unbiasedOverall: false,
      lsl: '9.4',
      usl: '10.6',
      target: '10',
      min: '9.8',
      max: '10.3',
      mean: '10.06',
      sigmaWithin: '0.136005',
      sigmaOverall: '0.135336',
      cp: '1.4705',
      cpl: '1.6176',
      cpu: '1.3235',
      cpk: '1.3235',
      cpm: '1.351',
      pp: '1.4778',
      ppl: '1.6256',
      ppu: '1.33',
      ppk: '1.33',
      notes: [],
    });
  });
  it('gives Bissell limits as strings: two-sided lower/upper and the one-sided lowerBound', () => {
    const r = processCapability(SUBGROUPS, { ...limits, constants: 'exact' });
    // Ĉpk = 1.323483, N = 20: se = sqrt(1/180 + Ĉpk²/38) = 0.227279.
    expect(r.cpkInterval).toEqual({ level: '0.95', lower: '0.878', upper: '1.7689', lowerBound: '0.9497' });
    expect(r.ppkInterval).toEqual({ level: '0.95', lower: '0.8826', upper: '1.7774', lowerBound: '0.9546' });
  });
  it('gives expected shares from the normal model with within and overall σ', () => {
    const r = processCapability(SUBGROUPS, { ...limits, constants: 'exact' });
    expect(r.expectedOutside.within).toEqual({
      belowLsl: { fraction: '0.000000608745', ppm: '0.608745' },
      aboveUsl: { fraction: '0.000035868826', ppm: '35.868826' },
      total: { fraction: '0.000036477572', ppm: '36.477572' },
    });
    expect(r.expectedOutside.overall?.total).toEqual({ fraction: '0.000033565578', ppm: '33.565578' });
  });
  it('counts observed values outside exactly, a value on a limit being inside', () => {
    const r = processCapability(['10.05', 10.05, '10.0500000000000000001', 9.95, 9.9, 10, 10.02], { lsl: 9.95, usl: '10.05' });
    expect(r.observedOutside).toEqual({
      belowLsl: { count: 1, fraction: '0.142857142857', ppm: '142857.142857' },
      aboveUsl: { count: 1, fraction: '0.142857142857', ppm: '142857.142857' },
      total: { count: 2, fraction: '0.285714285714', ppm: '285714.285714' },
    });
    expect(r.max).toBe('10.0500000000000000001');
    expect(r.min).toBe('9.9');
  });
  it('reports the individuals with printed and exact d2(2)', () => {
    const printed = processCapability(INDIVIDUALS, { lsl: 4.4, usl: 5.6 });
    expect([printed.sigmaWithin, printed.cp, printed.cpk, printed.sigmaOverall, printed.ppk]).toEqual([
      '0.215299', '0.9289', '0.8515', '0.160357', '1.1433',
    ]);
    expect(printed.subgroups).toEqual({ count: 8, minSize: 1, maxSize: 1 });
    const exact = processCapability(INDIVIDUALS, { lsl: 4.4, usl: 5.6, constants: 'exact' });
    expect([exact.cp, exact.cpk]).toEqual(['0.9293', '0.8518']);
  });
  it('rounds as documented in REPORTED_PRECISION', () => {
    expect(REPORTED_PRECISION).toEqual({
      indexDecimalPlaces: 4,
      meanSignificantDigits: 10,
      sigmaSignificantDigits: 6,
      fractionDecimalPlaces: 12,
      ppmDecimalPlaces: 6,
    });
    const r = processCapability([250.0012, 250.0015, 250.0011, 250.0014, 250.0013], { lsl: '249.99', usl: '250.01' });
    expect(r.mean).toBe('250.0013');
    expect(r.sigmaOverall).toBe('0.000158114');
  });
  it('round-trips through JSON (plain data only)', () => {
    const r = processCapability(SUBGROUPS, { ...limits, target: 10 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('processCapability: one-sided specifications and zero spread', () => {
  it('upper limit only: CPU/Cpk and PPU/Ppk, no Cp, Pp or Cpm', () => {
    const r = processCapability(SUBGROUPS, { usl: '10.6', target: 10 });
    expect([r.cp, r.cpl, r.pp, r.ppl, r.cpm]).toEqual([null, null, null, null, null]);
    expect(r.cpk).toBe(r.cpu);
    expect(r.ppk).toBe(r.ppu);
    expect(r.lsl).toBeNull();
    expect(r.expectedOutside.within?.belowLsl).toBeNull();
    expect(r.expectedOutside.within?.total).toEqual(r.expectedOutside.within?.aboveUsl);
    expect(r.observedOutside.belowLsl).toBeNull();
  });
  it('lower limit only: CPL/Cpk', () => {
    const r = processCapability(SUBGROUPS, { lsl: '9.4' });
    expect(r.cpu).toBeNull();
    expect(r.cpk).toBe(r.cpl);
  });
  it('no variation at all: indices null with zero_spread notes, never Infinity or NaN', () => {
    const r = processCapability([5, 5, 5, 5], { lsl: 4, usl: 6, target: 5 });
    expect(r.sigmaWithin).toBe('0');
    expect(r.sigmaOverall).toBe('0');
    expect([r.cp, r.cpk, r.pp, r.ppk, r.cpm, r.cpkInterval, r.ppkInterval]).toEqual([null, null, null, null, null, null, null]);
    expect(r.expectedOutside).toEqual({ within: null, overall: null });
    expect(r.observedOutside.total.count).toBe(0);
    expect(r.notes.map((note) => `${note.path}: ${note.code}`)).toEqual(['sigmaWithin: zero_spread', 'sigmaOverall: zero_spread']);
    expect(r.notes[0]?.message).toContain('within-subgroup standard deviation is 0');
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });
  it('constant subgroups at different levels: within σ 0, overall σ > 0', () => {
    const r = processCapability([[5, 5], [6, 6]], { lsl: 4, usl: 7 });
    expect(r.cp).toBeNull();
    expect(r.pp).not.toBeNull();
    expect(r.notes.map((note) => note.code)).toEqual(['zero_spread']);
  });
  it('notes a target outside the limits but computes Cpm', () => {
    const r = processCapability(SUBGROUPS, { ...limits, target: '11' });
    expect(r.notes.map((note) => `${note.path}: ${note.code}`)).toEqual(['target: target_outside_limits']);
    expect(Number(r.cpm)).toBeGreaterThan(0);
  });
});

describe('processCapability: validation', () => {
  it('rejects empty or short data', () => {
    expect(issuesOf(() => processCapability([], { usl: 1 }))).toEqual(['data: too_few_values']);
    expect(issuesOf(() => processCapability([1], { usl: 1 }))).toEqual(['data: too_few_values']);
    expect(issuesOf(() => processCapability([[1, 2], [3]], { usl: 9 }))).toEqual(['data[1]: too_few_values']);
  });
  it('lists every bad value with its path', () => {
    expect(issuesOf(() => processCapability([1, Number.NaN, 'x', Infinity, [2]] as never, { usl: 9 }))).toEqual([
      'data[1]: not_finite',
      'data[2]: invalid_decimal',
      'data[3]: not_finite',
      'data[4]: invalid_type',
    ]);
    expect(issuesOf(() => processCapability([[1, 2], 3, [4, '1e5']] as never, { usl: 9 }))).toEqual([
      'data[1]: invalid_type',
      'data[2][1]: invalid_decimal',
    ]);
    expect(issuesOf(() => processCapability('1,2,3' as never, { usl: 9 }))).toEqual(['data: invalid_type']);
  });
  it('rejects missing, crossed, equal or malformed limits', () => {
    expect(issuesOf(() => processCapability([1, 2], {}))).toEqual(['(root): limits_missing']);
    expect(issuesOf(() => processCapability([1, 2], { lsl: '10.6', usl: '9.4' }))).toEqual(['usl: limits_out_of_order']);
    expect(issuesOf(() => processCapability([1, 2], { lsl: 5, usl: '5.0' }))).toEqual(['usl: limits_out_of_order']);
    expect(issuesOf(() => processCapability([1, 2], { lsl: 'abc', usl: Number.NaN, target: {} as never }))).toEqual([
      'lsl: invalid_decimal',
      'usl: not_finite',
      'target: invalid_type',
    ]);
  });
  it('rejects subgroups over 25 values for R̄ and S̄ but not for pooled', () => {
    const big = [Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i * 2)];
    expect(issuesOf(() => processCapability(big, { usl: 100 }))).toEqual(['data[0]: subgroup_too_large', 'data[1]: subgroup_too_large']);
    expect(issuesOf(() => processCapability(big, { usl: 100, sigma: 'sbar' }))).toHaveLength(2);
    expect(processCapability(big, { usl: 100, sigma: 'pooled' }).subgroups).toEqual({ count: 2, minSize: 30, maxSize: 30 });
  });
  it('rejects a method that does not fit the data, and unknown options', () => {
    expect(issuesOf(() => processCapability([1, 2, 3], { usl: 9, sigma: 'rbar' }))).toEqual(['sigma: invalid_value']);
    expect(issuesOf(() => processCapability([[1, 2]], { usl: 9, sigma: 'moving-range' }))).toEqual(['sigma: invalid_value']);
    expect(issuesOf(() => processCapability([1, 2], { usl: 9, sigma: 'median' as never }))).toEqual(['sigma: invalid_value']);
    expect(
      issuesOf(() =>
        processCapability([1, 2], { USL: 9, constants: 'minitab', unbiasedOverall: 'yes', confidence: 1.5 } as never),
      ),
    ).toEqual([
      'USL: unrecognized_key',
      '(root): limits_missing',
      'confidence: probability_out_of_range',
      'constants: invalid_value',
      'unbiasedOverall: invalid_type',
    ]);
  });
  it('gives sentences in English and Bahasa Indonesia', () => {
    try {
      processCapability([1, 2], { lsl: 3, usl: 2 });
    } catch (error) {
      const issue = (error as { issues: { message: string; messageId: string }[] }).issues[0];
      expect(issue?.message).toBe('The lower limit 3 must be below the upper limit 2.');
      expect(issue?.messageId).toBe('Batas bawah 3 harus lebih kecil dari batas atas 2.');
    }
    expect.assertions(2);
  });
});

describe('processCapability: a million values', () => {
  it('computes a study of 1,000,000 individual values around 74.0012', () => {
    const random = seededRandom(2024);
    const values = Array.from({ length: 1_000_000 }, () => {
      // Sum of 12 uniforms minus 6: roughly normal with σ = 1, scaled to σ = 1e-4.
      let s = 0;
      for (let k = 0; k < 12; k++) s += random();
      return 74.0012 + (s - 6) * 1e-4;
    });
    // Limits at ±3σ: about 0.27 % of the values fall outside.
    const r = processCapability(values, { lsl: '74.0009', usl: '74.0015' });
    expect(r.n).toBe(1_000_000);
    expect(Number(r.mean)).toBeCloseTo(74.0012, 6);
    expect(Number(r.sigmaOverall)).toBeCloseTo(1e-4, 6);
    // MR̄/d2(2) of independent values estimates the same σ.
    expect(Number(r.sigmaWithin) / Number(r.sigmaOverall)).toBeCloseTo(1, 2);
    expect(Number(r.pp)).toBeCloseTo(1, 2);
    expect(Number(r.observedOutside.total.fraction)).toBeGreaterThan(0.001);
    expect(Number(r.observedOutside.total.fraction)).toBeLessThan(0.005);
    expect(Number(r.expectedOutside.overall?.total.ppm)).toBeCloseTo(2700, -2);
  });
});
