import { describe, expect, it } from 'vitest';
import { c4Exact } from '../../src/stats/c4Exact.js';
import { overallSigma } from '../../src/stats/overallSigma.js';
import { INDIVIDUALS, issuesOf, SUBGROUPS } from './helpers.js';

describe('overallSigma', () => {
  it('is s of all values, no unbiasing by default (standards §3.6: 0.135336)', () => {
    expect(overallSigma(SUBGROUPS.flat()).toFixed(6)).toBe('0.135336');
    expect(overallSigma(INDIVIDUALS).toFixed(6)).toBe('0.160357');
  });
  it('divides by the exact c4(N) when unbiased (standards §3.6: s/c4(20) = 0.137128)', () => {
    expect(overallSigma(SUBGROUPS.flat(), { unbiased: true }).toFixed(6)).toBe('0.137128');
    const values = Array.from({ length: 1000 }, (_, i) => i % 10);
    expect(overallSigma(values, { unbiased: true })).toBeCloseTo(overallSigma(values) / c4Exact(1000), 15);
  });
  it('needs two values', () => {
    expect(issuesOf(() => overallSigma([1]))).toEqual(['(root): too_few_values']);
  });
});
