import { describe, expect, it } from 'vitest';
import { sampleVariance } from '../../src/stats/sampleVariance.js';
import { issuesOf } from './helpers.js';

describe('sampleVariance', () => {
  it('divides by n − 1', () => {
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 15);
    expect(sampleVariance([1, 2])).toBe(0.5);
  });
  it('is 0 for equal values, never negative', () => {
    expect(sampleVariance([74.0012, 74.0012, 74.0012])).toBe(0);
  });
  it('is not thrown off by a large common offset', () => {
    // Shifting by 1e9 must not change the variance of 1, 2, 3 (= 1); Σx² − n·x̄² would give 0 or garbage.
    expect(sampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });
  it('needs at least two finite values', () => {
    expect(issuesOf(() => sampleVariance([1]))).toEqual(['(root): too_few_values']);
    expect(issuesOf(() => sampleVariance([1, Number.NaN]))).toEqual(['[1]: not_finite']);
  });
});
