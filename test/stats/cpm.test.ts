import { describe, expect, it } from 'vitest';
import { cpm } from '../../src/stats/cpm.js';
import { issuesOf } from './helpers.js';

describe('cpm', () => {
  it('equals Cp when the mean is on target', () => {
    expect(cpm({ mean: 10, sigma: 0.1, lsl: 9.4, usl: 10.6, target: 10 })).toBeCloseTo(2, 14);
  });
  it('is (USL − LSL)/(6·sqrt(σ² + (x̄ − T)²))', () => {
    // σ = 0.3, x̄ − T = 0.4 → sqrt = 0.5 → 1.2/3 = 0.4
    expect(cpm({ mean: 10.4, sigma: 0.3, lsl: 9.4, usl: 10.6, target: 10 })).toBeCloseTo(0.4, 14);
  });
  it('accepts a target outside the limits', () => {
    expect(cpm({ mean: 10, sigma: 0.3, lsl: 9.4, usl: 10.6, target: 11.2 })).toBeCloseTo(1.2 / (6 * Math.hypot(0.3, 1.2)), 14);
  });
  it('is null for a one-sided specification, and when σ = 0 and x̄ = T', () => {
    expect(cpm({ mean: 10, sigma: 0.1, usl: 10.6, target: 10 })).toBeNull();
    expect(cpm({ mean: 10, sigma: 0, lsl: 9, usl: 11, target: 10 })).toBeNull();
    expect(cpm({ mean: 10.5, sigma: 0, lsl: 9, usl: 11, target: 10 })).toBeCloseTo(2 / 3, 14);
  });
  it('rejects a non-finite target', () => {
    expect(issuesOf(() => cpm({ mean: 10, sigma: 0.1, lsl: 9, usl: 11, target: Number.NaN }))).toEqual(['target: not_finite']);
  });
});
