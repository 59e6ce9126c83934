import { describe, expect, it } from 'vitest';
import { c4Exact } from '../../src/stats/c4Exact.js';
import { withinSigmaPooled } from '../../src/stats/withinSigmaPooled.js';
import { issuesOf, SUBGROUPS } from './helpers.js';

describe('withinSigmaPooled', () => {
  it('gives Sp = 0.121106, c4(16) = 0.983484 and σ̂ = 0.123140 (standards §3.6)', () => {
    const sigma = withinSigmaPooled(SUBGROUPS);
    expect((sigma * c4Exact(16)).toFixed(6)).toBe('0.121106');
    expect(sigma.toFixed(6)).toBe('0.123140');
  });
  it('weights subgroups by their degrees of freedom and takes any size', () => {
    // Sp² = (1·0.5 + 2·1) / 3 for [1, 2] (s² = 0.5) and [1, 2, 3] (s² = 1); d = 3.
    expect(withinSigmaPooled([[1, 2], [1, 2, 3]])).toBeCloseTo(Math.sqrt(2.5 / 3) / c4Exact(4), 15);
    const big = Array.from({ length: 40 }, (_, i) => i % 5);
    expect(withinSigmaPooled([big, big])).toBeGreaterThan(0);
  });
  it('rejects subgroups of one value', () => {
    expect(issuesOf(() => withinSigmaPooled([[1, 2], [3]]))).toEqual(['[1]: too_few_values']);
  });
});
