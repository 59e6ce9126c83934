import { describe, expect, it } from 'vitest';
import { withinSigmaMovingRange } from '../../src/stats/withinSigmaMovingRange.js';
import { INDIVIDUALS, issuesOf } from './helpers.js';

describe('withinSigmaMovingRange', () => {
  it('gives MR̄/1.128 = 0.215299 with the printed d2(2) (standards §3.6)', () => {
    expect(withinSigmaMovingRange(INDIVIDUALS).toFixed(6)).toBe('0.215299');
  });
  it('gives MR̄/1.128379 = 0.215227 with the exact d2(2)', () => {
    expect(withinSigmaMovingRange(INDIVIDUALS, 'exact').toFixed(6)).toBe('0.215227');
  });
  it('handles a million values', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 === 0 ? 1 : 2));
    expect(withinSigmaMovingRange(values)).toBeCloseTo(1 / 1.128, 12);
  });
  it('needs two values', () => {
    expect(issuesOf(() => withinSigmaMovingRange([1]))).toEqual(['(root): too_few_values']);
  });
});
