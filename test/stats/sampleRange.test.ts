import { describe, expect, it } from 'vitest';
import { sampleRange } from '../../src/stats/sampleRange.js';
import { issuesOf, SUBGROUPS } from './helpers.js';

describe('sampleRange', () => {
  it('returns max − min', () => {
    expect(sampleRange([10.2, 9.9, 10.1, 10.0])).toBeCloseTo(0.3, 14);
    expect(sampleRange([3])).toBe(0);
  });
  it('gives R̄ = 0.28 for the reference subgroups (standards §3.6)', () => {
    const rBar = SUBGROUPS.map(sampleRange).reduce((a, b) => a + b, 0) / SUBGROUPS.length;
    expect(rBar).toBeCloseTo(0.28, 14);
  });
  it('handles a million values (no argument spreading)', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i % 1000);
    expect(sampleRange(values)).toBe(999);
  });
  it('rejects an empty list', () => {
    expect(issuesOf(() => sampleRange([]))).toEqual(['(root): too_few_values']);
  });
});
