import { describe, expect, it } from 'vitest';
import { mean } from '../../src/stats/mean.js';
import { Exact, exactOf, expectRelative, issuesOf, seededRandom } from './helpers.js';

describe('mean', () => {
  it('returns the arithmetic mean', () => {
    expect(mean([10.2, 9.9, 10.1, 10.0])).toBe(10.05);
    expect(mean([5])).toBe(5);
  });
  it('matches an exact decimal mean of 10,000 values around 74.0012', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 10_000 }, () => 74.0012 + (random() - 0.5) * 2e-6);
    let exact = new Exact(0);
    for (const x of values) exact = exact.plus(exactOf(x));
    expectRelative(mean(values), exact.div(values.length).toNumber(), 2.3e-16);
  });
  it('handles a million values without spreading arguments', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => 74.0012 + ((i % 7) - 3) * 1e-7);
    expectRelative(mean(values), 74.0012, 1e-12);
    expect(mean(new Float64Array(1_000_000).fill(2.5))).toBe(2.5);
  });
  it('rejects an empty list and non-finite values', () => {
    expect(issuesOf(() => mean([]))).toEqual(['(root): too_few_values']);
    expect(issuesOf(() => mean([1, Infinity]))).toEqual(['[1]: not_finite']);
  });
});
