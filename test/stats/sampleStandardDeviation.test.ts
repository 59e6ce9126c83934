import { describe, expect, it } from 'vitest';
import { sampleStandardDeviation } from '../../src/stats/sampleStandardDeviation.js';
import { Exact, exactOf, expectRelative, INDIVIDUALS, issuesOf, seededRandom } from './helpers.js';

/** Exact sample standard deviation of doubles (with multiplicities), in 100-digit decimals. */
function exactSd(distinct: readonly number[], counts: readonly number[]): number {
  let n = new Exact(0);
  let sum = new Exact(0);
  distinct.forEach((x, i) => {
    n = n.plus(counts[i] as number);
    sum = sum.plus(exactOf(x).times(counts[i] as number));
  });
  const m = sum.div(n);
  let squares = new Exact(0);
  distinct.forEach((x, i) => {
    squares = squares.plus(exactOf(x).minus(m).pow(2).times(counts[i] as number));
  });
  return squares.div(n.minus(1)).sqrt().toNumber();
}

describe('sampleStandardDeviation', () => {
  it('matches the reference individuals data (standards §3.6: s = 0.160357)', () => {
    expect(sampleStandardDeviation(INDIVIDUALS).toFixed(6)).toBe('0.160357');
  });
  it('matches an exact decimal computation on 10,000 values around 74.0012 with spread 1e-6', () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 10_000 }, () => 74.0012 + (random() - 0.5) * 2e-6);
    const expected = exactSd(values, values.map(() => 1));
    expectRelative(sampleStandardDeviation(values), expected, 1e-13);
  });
  it('keeps 12+ digits for 1,000,000 values around 74.0012 with spread 2e-7 (the naive formula does not)', () => {
    const distinct = [0, 1, 2, 3, 4, 5, 6].map((k) => 74.0012 + (k - 3) * 1e-7);
    const values = Array.from({ length: 1_000_000 }, (_, i) => distinct[i % 7] as number);
    const counts = distinct.map((_, k) => values.filter((_, i) => i % 7 === k).length);
    const expected = exactSd(distinct, counts);
    const actual = sampleStandardDeviation(values);
    expectRelative(actual, expected, 1e-12);
    expect(expected).toBeCloseTo(2e-7, 9);

    // The textbook one-pass formula loses everything here; this shows the test can tell.
    let s = 0;
    let s2 = 0;
    for (const x of values) {
      s += x;
      s2 += x * x;
    }
    const naive = Math.sqrt(Math.max(0, (s2 - (s * s) / values.length) / (values.length - 1)));
    expect(Math.abs(naive - expected) / expected).toBeGreaterThan(1e-3);
  });
  it('needs at least two finite values', () => {
    expect(issuesOf(() => sampleStandardDeviation([]))).toEqual(['(root): too_few_values']);
  });
});
