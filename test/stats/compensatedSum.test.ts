import { describe, expect, it } from 'vitest';
import { compensatedSum } from '../../src/stats/compensatedSum.js';
import { issuesOf } from './helpers.js';

describe('compensatedSum', () => {
  it('keeps the digits a naive sum loses', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(0.6);
    const values = new Array<number>(1_000_000).fill(0.1);
    expect(compensatedSum(values)).toBe(100000);
  });
  it('sums an empty list to 0', () => {
    expect(compensatedSum([])).toBe(0);
  });
  it('rejects values that are not finite numbers', () => {
    expect(issuesOf(() => compensatedSum([1, Number.NaN, Infinity]))).toEqual(['[1]: not_finite', '[2]: not_finite']);
    expect(issuesOf(() => compensatedSum(['1'] as unknown as number[]))).toEqual(['[0]: invalid_type']);
  });
});
