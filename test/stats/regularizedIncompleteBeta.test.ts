import { describe, expect, it } from 'vitest';
import { fDistributionUpperTail, regularizedIncompleteBeta } from '../../src/stats/regularizedIncompleteBeta.js';
import { expectRelative, issuesOf } from './helpers.js';

/** P(X ≥ k) for X ~ Binomial(n, p), summed exactly term by term. */
function binomialAtLeast(k: number, n: number, p: number): number {
  let total = 0;
  let coefficient = 1;
  for (let i = 0; i <= n; i++) {
    if (i > 0) coefficient = (coefficient * (n - i + 1)) / i;
    if (i >= k) total += coefficient * p ** i * (1 - p) ** (n - i);
  }
  return total;
}

describe('regularizedIncompleteBeta', () => {
  it('closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_½(a, a) = ½ (Abramowitz and Stegun 26.5)', () => {
    for (const x of [0.001, 0.1, 0.37, 0.5, 0.9, 0.999]) {
      expectRelative(regularizedIncompleteBeta(x, 1, 1), x, 1e-14);
      expectRelative(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-13);
      expectRelative(regularizedIncompleteBeta(x, 1, 7), 1 - (1 - x) ** 7, 1e-13);
    }
    for (const a of [0.5, 1, 2.5, 10, 100, 500]) expectRelative(regularizedIncompleteBeta(0.5, a, a), 0.5, 1e-12);
    expectRelative(regularizedIncompleteBeta(0.5, 5000, 5000), 0.5, 1e-11);
  });
  it('equals the binomial tail: I_p(k, n − k + 1) = P(X ≥ k), X ~ Bin(n, p) (Abramowitz and Stegun 26.5.24)', () => {
    for (const [k, n, p] of [[1, 1, 0.3], [3, 10, 0.2], [15, 40, 0.5], [2, 60, 0.01], [55, 60, 0.95], [120, 200, 0.5]] as const) {
      expectRelative(regularizedIncompleteBeta(p, k, n - k + 1), binomialAtLeast(k, n, p), 1e-11);
    }
  });
  it('keeps the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) and the ends 0 and 1', () => {
    expectRelative(regularizedIncompleteBeta(0.3, 2.5, 4) + regularizedIncompleteBeta(0.7, 4, 2.5), 1, 1e-14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it('rejects what it cannot compute', () => {
    expect(issuesOf(() => regularizedIncompleteBeta(1.5, 0, Number.NaN))).toEqual(['a: not_positive', 'b: not_finite', 'x: out_of_range']);
    expect(issuesOf(() => regularizedIncompleteBeta('0.5' as never, 1, 1))).toEqual(['x: invalid_type']);
  });
});

describe('fDistributionUpperTail', () => {
  it('closed forms: P(F(2, d) > f) = (1 + 2f/d)^(−d/2); P(F(d, 2) > f) = 1 − (df/(df + 2))^(d/2)', () => {
    for (const [f, d] of [[0.5, 4], [3, 10], [28.797, 4], [1.242, 22], [100, 60]] as const) {
      expectRelative(fDistributionUpperTail(f, 2, d), (1 + (2 * f) / d) ** (-d / 2), 1e-12);
      expectRelative(fDistributionUpperTail(f, d, 2), 1 - ((d * f) / (d * f + 2)) ** (d / 2), 1e-12);
    }
    expect(fDistributionUpperTail(0, 3, 4)).toBe(1);
  });
  it('the p-values R SixSigma prints for ss.rr(time1, prototype, operator, data = ss.data.rr) from its F values', () => {
    // SixSigma 0.11 reference page of ss.rr: F 0.974 on (4, 18): p 0.44619; F 28.174 on (2, 22):
    // 8.56e-07; F 1.242 on (2, 22): 0.308. The printed F values are rounded, so p agrees to the
    // digits that rounding leaves.
    expect(fDistributionUpperTail(0.974, 4, 18).toFixed(3)).toBe('0.446');
    expect(fDistributionUpperTail(28.174, 2, 22).toPrecision(3)).toBe('8.56e-7');
    expect(fDistributionUpperTail(1.242, 2, 22).toFixed(3)).toBe('0.308');
  });
  it('rejects degrees of freedom that are not above 0', () => {
    expect(issuesOf(() => fDistributionUpperTail(1, 0, -2))).toEqual(['df1: not_positive', 'df2: not_positive']);
  });
  it('refuses degrees of freedom outside 0.001 to 1,000,000, where the continued fraction has no digits left', () => {
    expect(issuesOf(() => fDistributionUpperTail(5e-324, 1.7976931348623157e308, 1))).toEqual(['df1: out_of_range']);
    expect(issuesOf(() => regularizedIncompleteBeta(0.25, 1, 1.3407807929942597e154))).toEqual(['b: out_of_range']);
    expect(issuesOf(() => regularizedIncompleteBeta(0.5, 1.3e-278, 3.5e-292))).toEqual(['a: out_of_range', 'b: out_of_range']);
    expect(regularizedIncompleteBeta(0.5, 1e6, 1e6)).toBeCloseTo(0.5, 8);
    expect(regularizedIncompleteBeta(0.5, 0.001, 0.001)).toBeCloseTo(0.5, 10);
  });
});
