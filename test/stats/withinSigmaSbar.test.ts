import { describe, expect, it } from 'vitest';
import { c4 } from '../../src/stats/c4.js';
import { sampleStandardDeviation } from '../../src/stats/sampleStandardDeviation.js';
import { withinSigmaSbar } from '../../src/stats/withinSigmaSbar.js';
import { issuesOf, SUBGROUPS } from './helpers.js';

describe('withinSigmaSbar', () => {
  it('gives S̄ = 0.119609 and S̄/c4 = 0.129824 with exact c4 (standards §3.6)', () => {
    const sBar = SUBGROUPS.map(sampleStandardDeviation).reduce((a, b) => a + b, 0) / SUBGROUPS.length;
    expect(sBar.toFixed(6)).toBe('0.119609');
    expect(withinSigmaSbar(SUBGROUPS, 'exact').toFixed(6)).toBe('0.129824');
  });
  it('gives S̄/0.9213 = 0.129827 with the printed c4 (default)', () => {
    expect(withinSigmaSbar(SUBGROUPS).toFixed(6)).toBe('0.129827');
  });
  it('averages sᵢ/c4(nᵢ) for unequal subgroup sizes', () => {
    const groups = [[10.2, 9.9, 10.1, 10.0], [10.3, 10.1, 10.2]];
    const expected = (sampleStandardDeviation(groups[0] as number[]) / c4(4) + sampleStandardDeviation(groups[1] as number[]) / c4(3)) / 2;
    expect(withinSigmaSbar(groups)).toBeCloseTo(expected, 14);
  });
  it('rejects subgroups over 25 values', () => {
    expect(issuesOf(() => withinSigmaSbar([Array.from({ length: 30 }, (_, i) => i)]))).toEqual(['[0]: subgroup_too_large']);
  });
});
