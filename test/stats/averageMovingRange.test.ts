import { describe, expect, it } from 'vitest';
import { averageMovingRange } from '../../src/stats/averageMovingRange.js';
import { INDIVIDUALS, issuesOf } from './helpers.js';

describe('averageMovingRange', () => {
  it('gives MR̄ = 0.242857 for the reference individuals (standards §3.6)', () => {
    expect(averageMovingRange(INDIVIDUALS)).toBeCloseTo(1.7 / 7, 14);
    expect(averageMovingRange(INDIVIDUALS).toFixed(6)).toBe('0.242857');
  });
  it('uses span 2 in the given order', () => {
    expect(averageMovingRange([1, 3, 2])).toBe(1.5);
    expect(averageMovingRange([1, 2, 3])).toBe(1);
  });
  it('needs two values', () => {
    expect(issuesOf(() => averageMovingRange([1]))).toEqual(['(root): too_few_values']);
  });
});
