import { describe, expect, it } from 'vitest';
import { expectedShareOutside } from '../../src/stats/expectedShareOutside.js';
import { expectRelative, issuesOf } from './helpers.js';

describe('expectedShareOutside', () => {
  it('gives Φ(−3) on each side of ±3σ limits', () => {
    const r = expectedShareOutside({ mean: 10, sigma: 1, lsl: 7, usl: 13 });
    expectRelative(r.belowLsl as number, '0.0013498980316300945267', 1e-15);
    expectRelative(r.aboveUsl as number, '0.0013498980316300945267', 1e-15);
    expectRelative(r.total, '0.0026997960632601890534', 1e-15);
  });
  it('keeps tiny upper-tail fractions (Φ(−6), not 1 − Φ(6))', () => {
    const r = expectedShareOutside({ mean: 0, sigma: 1, usl: 6 });
    expect(r.belowLsl).toBeNull();
    expectRelative(r.aboveUsl as number, '9.865876450376981407e-10', 1e-15);
    expect(r.total).toBe(r.aboveUsl);
  });
  it('matches the reference subgroups with exact R̄/d2: 0.608745 and 35.8688 PPM', () => {
    const r = expectedShareOutside({ mean: 10.06, sigma: 0.28 / 2.05875074600793, lsl: 9.4, usl: 10.6 });
    expectRelative((r.belowLsl as number) * 1e6, '0.608745486074456', 1e-9);
    expectRelative((r.aboveUsl as number) * 1e6, '35.8688262150504', 1e-9);
  });
  it('rejects σ = 0', () => {
    expect(issuesOf(() => expectedShareOutside({ mean: 0, sigma: 0, usl: 1 }))).toEqual(['sigma: zero_spread']);
  });
});
