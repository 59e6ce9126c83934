import { describe, expect, it } from 'vitest';
import { capabilityIndices } from '../../src/stats/capabilityIndices.js';
import { d2 } from '../../src/stats/d2.js';
import { issuesOf } from './helpers.js';

const fixed = (value: number | null, places = 4): string | null => (value === null ? null : value.toFixed(places));

describe('capabilityIndices', () => {
  it('two-sided: USL 10.5, LSL 9.5, x̄ 10.1, σ 0.1 → Cp 1.6667, CPU 1.3333, CPL 2.0000, Cpk 1.3333', () => {
    const r = capabilityIndices({ mean: 10.1, sigma: 0.1, lsl: 9.5, usl: 10.5 });
    expect([fixed(r.cp), fixed(r.cpu), fixed(r.cpl), fixed(r.cpk)]).toEqual(['1.6667', '1.3333', '2.0000', '1.3333']);
  });
  it('upper limit only: USL 20, x̄ 17, σ 0.5 → CPU = Cpk = 2.0, Cp undefined', () => {
    const r = capabilityIndices({ mean: 17, sigma: 0.5, usl: 20 });
    expect(r).toEqual({ cp: null, cpl: null, cpu: 2, cpk: 2 });
  });
  it('lower limit only: LSL 5, x̄ 6.2, σ 0.2 → CPL = Cpk = 2.0', () => {
    const r = capabilityIndices({ mean: 6.2, sigma: 0.2, lsl: 5, usl: null });
    expect(r.cp).toBeNull();
    expect(r.cpu).toBeNull();
    expect(fixed(r.cpl)).toBe('2.0000');
    expect(r.cpk).toBe(r.cpl);
  });
  it('reproduces Montgomery’s piston rings: 74.000 ± 0.05, σ̂ = 0.0099 → Cp = 1.68', () => {
    // Montgomery, Introduction to Statistical Quality Control: x̄̄ = 74.001, R̄ = 0.023, n = 5.
    const published = capabilityIndices({ mean: 74.001, sigma: 0.0099, lsl: 73.95, usl: 74.05 });
    expect(fixed(published.cp, 2)).toBe('1.68');
    // Unrounded σ̂ = 0.023/2.326 = 0.0098882 gives Cp = 1.6855.
    const unrounded = capabilityIndices({ mean: 74.001, sigma: 0.023 / d2(5), lsl: 73.95, usl: 74.05 });
    expect(fixed(unrounded.cp)).toBe('1.6855');
  });
  it('is negative when the mean lies outside a limit', () => {
    expect(capabilityIndices({ mean: 11, sigma: 0.5, lsl: 9, usl: 10.5 }).cpk).toBeCloseTo(-1 / 3, 14);
  });
  it('rejects σ ≤ 0, missing or crossed limits, non-finite values', () => {
    expect(issuesOf(() => capabilityIndices({ mean: 1, sigma: 0, usl: 2 }))).toEqual(['sigma: zero_spread']);
    expect(issuesOf(() => capabilityIndices({ mean: 1, sigma: -1, usl: 2 }))).toEqual(['sigma: too_small']);
    expect(issuesOf(() => capabilityIndices({ mean: 1, sigma: 1 }))).toEqual(['(root): limits_missing']);
    expect(issuesOf(() => capabilityIndices({ mean: 1, sigma: 1, lsl: 2, usl: 2 }))).toEqual(['usl: limits_out_of_order']);
    expect(issuesOf(() => capabilityIndices({ mean: Number.NaN, sigma: 1, usl: Infinity }))).toEqual(['mean: not_finite', 'usl: not_finite']);
  });
});
