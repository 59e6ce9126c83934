import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processCapabilityValues } from '../../src/stats/processCapabilityValues.js';
import { type WithinSigmaMethod } from '../../src/stats/types.js';
import { expectRelative, INDIVIDUALS, SUBGROUPS } from './helpers.js';

const f4 = (x: number | null): string | null => (x === null ? null : x.toFixed(4));
const f6 = (x: number): string => x.toFixed(6);
const limits = { lsl: 9.4, usl: 10.6 };

describe('processCapabilityValues: reference vectors (standards §3.6)', () => {
  it('x̄ = 10.06 for the subgrouped data', () => {
    expect(processCapabilityValues(SUBGROUPS, limits).mean).toBeCloseTo(10.06, 14);
  });
  it('R̄/d2 (exact d2): σ̂ 0.136005, Cp 1.4705, Cpk 1.3235', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, sigma: 'rbar', constants: 'exact' });
    expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.136005', '1.4705', '1.3235']);
  });
  it('R̄/d2 (printed d2 2.059, the default): σ̂ 0.135988, Cp 1.4707, Cpk 1.3236', () => {
    const r = processCapabilityValues(SUBGROUPS, limits);
    expect(r.sigmaWithinMethod).toBe('rbar');
    expect(r.constants).toBe('printed');
    expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.135988', '1.4707', '1.3236']);
  });
  it('S̄/c4 (exact c4): σ̂ 0.129824, Cp 1.5405, Cpk 1.3865', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, sigma: 'sbar', constants: 'exact' });
    expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.129824', '1.5405', '1.3865']);
  });
  it('S̄/c4 (printed c4 0.9213): σ̂ 0.129827, Cp 1.5405, Cpk 1.3865', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, sigma: 'sbar' });
    expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.129827', '1.5405', '1.3865']);
  });
  it('pooled Sp/c4(d + 1): σ̂ 0.123140, Cp 1.6242, Cpk 1.4618 (either constants)', () => {
    for (const constants of ['printed', 'exact'] as const) {
      const r = processCapabilityValues(SUBGROUPS, { ...limits, sigma: 'pooled', constants });
      expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.123140', '1.6242', '1.4618']);
    }
  });
  it('overall s (no unbiasing): σ̂ 0.135336, Pp 1.4778, Ppk 1.3300', () => {
    const r = processCapabilityValues(SUBGROUPS, limits);
    expect([f6(r.sigmaOverall), f4(r.pp), f4(r.ppk)]).toEqual(['0.135336', '1.4778', '1.3300']);
    expect(r.ppk).toBe(r.ppu);
  });
  it('overall s/c4(20) with unbiasedOverall: σ̂ 0.137128', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, unbiasedOverall: true });
    expect(f6(r.sigmaOverall)).toBe('0.137128');
    expect(f4(r.ppk)).toBe('1.3126');
  });
  it('individuals, printed d2(2) = 1.128: σ̂ 0.215299, Cp 0.9289, Cpk 0.8515', () => {
    const r = processCapabilityValues(INDIVIDUALS, { lsl: 4.4, usl: 5.6 });
    expect(r.sigmaWithinMethod).toBe('moving-range');
    expect([f6(r.sigmaWithin), f4(r.cp), f4(r.cpk)]).toEqual(['0.215299', '0.9289', '0.8515']);
  });
  it('individuals, exact d2(2) = 1.128379: Cp 0.9293, Cpk 0.8518', () => {
    const r = processCapabilityValues(INDIVIDUALS, { lsl: 4.4, usl: 5.6, constants: 'exact' });
    expect([f4(r.cp), f4(r.cpk)]).toEqual(['0.9293', '0.8518']);
  });
  it('individuals, overall s = 0.160357 → Ppk 1.1433', () => {
    const r = processCapabilityValues(INDIVIDUALS, { lsl: 4.4, usl: 5.6 });
    expect([f6(r.sigmaOverall), f4(r.ppk)]).toEqual(['0.160357', '1.1433']);
  });
  it('Bissell limits use N and the chosen level', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, confidence: '0.9' });
    const se = Math.sqrt(1 / (9 * 20) + (r.ppk as number) ** 2 / 38);
    expect(r.ppkInterval?.level).toBe(0.9);
    expect(r.ppkInterval?.lower).toBeCloseTo((r.ppk as number) - 1.6448536269514722 * se, 12);
    expect(r.ppkInterval?.lowerBound).toBeCloseTo((r.ppk as number) - 1.2815515655446004 * se, 12);
  });
  it('Cpm uses the overall σ: 1.2 / (6·sqrt(s² + 0.06²)) = 1.3510 for target 10', () => {
    const r = processCapabilityValues(SUBGROUPS, { ...limits, target: 10 });
    expectRelative(r.cpm as number, 1.2 / (6 * Math.hypot(r.sigmaOverall, 0.06)), 1e-14);
    expect(f4(r.cpm)).toBe('1.3510');
  });
});

// Property tests: indices are invariant under a common shift and a common positive scale of data
// and limits; σ moves with the scale.
const METHODS: WithinSigmaMethod[] = ['rbar', 'sbar', 'pooled'];
const subgroupsArb = fc
  .array(fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 2, maxLength: 8 }), { minLength: 3, maxLength: 12 })
  .filter((groups) => groups.some((g) => g.some((v) => v !== g[0])))
  .map((groups) => groups.map((g) => g.map((v) => 20 + v / 100)));
const individualsArb = fc
  .array(fc.integer({ min: -500, max: 500 }), { minLength: 3, maxLength: 60 })
  .filter((values) => values.some((v, i) => i > 0 && v !== values[i - 1]))
  .map((values) => values.map((v) => 20 + v / 100));
const limitsArb = fc.record({ below: fc.integer({ min: 1, max: 2000 }), above: fc.integer({ min: 1, max: 2000 }) });
const INDEX_KEYS = ['cp', 'cpl', 'cpu', 'cpk', 'pp', 'ppl', 'ppu', 'ppk', 'cpm'] as const;

function study(data: number[] | number[][], lsl: number, usl: number, method: WithinSigmaMethod | undefined) {
  return processCapabilityValues(data, { lsl, usl, target: (lsl + usl) / 2, ...(method === undefined ? {} : { sigma: method }) });
}

function expectSameIndices(a: ReturnType<typeof study>, b: ReturnType<typeof study>, tolerance: number): void {
  for (const key of INDEX_KEYS) {
    const x = a[key] as number;
    const y = b[key] as number;
    expect(Math.abs(x - y)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(x)));
  }
}

describe('processCapabilityValues: properties', () => {
  it('indices do not change when data and limits shift together', () => {
    fc.assert(
      fc.property(subgroupsArb, limitsArb, fc.integer({ min: -4000, max: 4000 }), fc.constantFrom(...METHODS), (groups, l, c, method) => {
        const shift = c / 8;
        const a = study(groups, 20 - l.below / 100, 20 + l.above / 100, method);
        const b = study(
          groups.map((g) => g.map((v) => v + shift)),
          20 - l.below / 100 + shift,
          20 + l.above / 100 + shift,
          method,
        );
        expectSameIndices(a, b, 1e-9);
        expect(Math.abs(a.sigmaWithin - b.sigmaWithin)).toBeLessThanOrEqual(1e-9 * a.sigmaWithin + 1e-12);
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });
  it('indices do not change and σ scales by k when data and limits are multiplied by k > 0', () => {
    fc.assert(
      fc.property(
        fc.oneof(subgroupsArb, individualsArb),
        limitsArb,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (data, l, k) => {
          const method = Array.isArray(data[0]) ? 'pooled' : undefined;
          const a = study(data as number[] | number[][], 20 - l.below / 100, 20 + l.above / 100, method);
          const scaled = (data as (number | number[])[]).map((d) => (Array.isArray(d) ? d.map((v) => v * k) : d * k));
          const b = study(scaled as number[] | number[][], (20 - l.below / 100) * k, (20 + l.above / 100) * k, method);
          expectSameIndices(a, b, 1e-9);
          expectRelative(b.sigmaWithin, a.sigmaWithin * k, 1e-12);
          expectRelative(b.sigmaOverall, a.sigmaOverall * k, 1e-12);
          expectRelative(b.mean, a.mean * k, 1e-14);
        },
      ),
      { seed: 20240612, numRuns: 150 },
    );
  });
  it('the moving-range method is invariant under a shift of individual values', () => {
    fc.assert(
      fc.property(individualsArb, limitsArb, fc.integer({ min: -4000, max: 4000 }), (values, l, c) => {
        const a = study(values, 20 - l.below / 100, 20 + l.above / 100, undefined);
        const b = study(values.map((v) => v + c / 8), 20 - l.below / 100 + c / 8, 20 + l.above / 100 + c / 8, undefined);
        expectSameIndices(a, b, 1e-9);
      }),
      { seed: 20240613, numRuns: 150 },
    );
  });
});
