import { describe, expect, it } from 'vitest';
import { d2 } from '../../src/stats/d2.js';
import { withinSigmaRbar } from '../../src/stats/withinSigmaRbar.js';
import { issuesOf, SUBGROUPS } from './helpers.js';

describe('withinSigmaRbar', () => {
  it('gives R̄/d2 = 0.136005 with exact d2 for the reference subgroups (standards §3.6)', () => {
    expect(withinSigmaRbar(SUBGROUPS, 'exact').toFixed(6)).toBe('0.136005');
  });
  it('gives 0.28/2.059 = 0.135988 with the printed d2 (default)', () => {
    expect(withinSigmaRbar(SUBGROUPS)).toBeCloseTo(0.28 / 2.059, 14);
    expect(withinSigmaRbar(SUBGROUPS).toFixed(6)).toBe('0.135988');
  });
  it('averages Rᵢ/d2(nᵢ) for unequal subgroup sizes', () => {
    const expected = (0.3 / d2(4) + 0.2 / d2(3) + 0.1 / d2(2)) / 3;
    expect(withinSigmaRbar([[10.2, 9.9, 10.1, 10.0], [10.3, 10.1, 10.2], [9.8, 9.9]])).toBeCloseTo(expected, 14);
  });
  it('reproduces Montgomery’s piston rings: R̄ = 0.023, n = 5 → σ̂ = R̄/d2 = 0.0099', () => {
    // Montgomery, Introduction to Statistical Quality Control: 25 samples of 5, R̄ = 0.023.
    expect((0.023 / d2(5)).toFixed(4)).toBe('0.0099');
  });
  it('rejects subgroups under 2 or over 25 values', () => {
    expect(issuesOf(() => withinSigmaRbar([[1, 2], [3]]))).toEqual(['[1]: too_few_values']);
    expect(issuesOf(() => withinSigmaRbar([Array.from({ length: 26 }, (_, i) => i)]))).toEqual(['[0]: subgroup_too_large']);
    expect(issuesOf(() => withinSigmaRbar([]))).toEqual(['(root): too_few_values']);
    expect(issuesOf(() => withinSigmaRbar([[1, Number.NaN]]))).toEqual(['[0][1]: not_finite']);
  });
});
