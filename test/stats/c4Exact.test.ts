import { describe, expect, it } from 'vitest';
import { c4Exact } from '../../src/stats/c4Exact.js';
import { Exact, expectRelative, issuesOf } from './helpers.js';

/** c4(n) = sqrt(2/(n−1))·Γ(n/2)/Γ((n−1)/2) in 100-digit decimals, by the exact gamma recurrence. */
function c4Oracle(n: number): number {
  const pi = Exact.acos(-1);
  // r(x) = Γ(x + ½)/Γ(x); r(½) = 1/√π, r(1) = √π/2, r(x + 1) = r(x)·(x + ½)/x.
  let x = new Exact(n % 2 === 0 ? '0.5' : '1');
  let r = n % 2 === 0 ? new Exact(1).div(pi.sqrt()) : pi.sqrt().div(2);
  const half = new Exact(n - 1).div(2);
  while (x.lt(half)) {
    r = r.times(x.plus('0.5')).div(x);
    x = x.plus(1);
  }
  return r.div(half.sqrt()).toNumber();
}

/** Values from an independent 50-digit computation of the gamma formula (mpmath loggamma). */
const LARGE: [number, string][] = [
  [26, '0.99005246884091047221'],
  [201, '0.99875078612625182106'],
  [1000, '0.99974978110151320321'],
  [12345, '0.9999797474507332'],
  [1_000_000, '0.99999974999978124985'],
  [1_000_000_000, '0.99999999975'],
];

describe('c4Exact', () => {
  it('matches the SAS C4 value c4(5) = 0.939985603', () => {
    expect(c4Exact(5).toFixed(9)).toBe('0.939985603');
  });
  it('matches the closed forms c4(2) = √(2/π) and c4(3) = √π/2', () => {
    expect(c4Exact(2)).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
    expect(c4Exact(3)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 15);
  });
  it('agrees with an exact decimal gamma ratio to 1e-14 for n = 2..400 (both sides of the series switch)', () => {
    for (let n = 2; n <= 400; n++) expect(Math.abs(c4Exact(n) - c4Oracle(n))).toBeLessThan(1e-14);
  });
  it('is accurate to 1e-14 for large n (pooled c4(d + 1), unbiased c4(N))', () => {
    for (const [n, value] of LARGE) expectRelative(c4Exact(n), value, 1e-14);
  });
  it('gives c4(16) = 0.983484 and c4(20) = 0.986934 (standards §3.6)', () => {
    expect(c4Exact(16).toFixed(6)).toBe('0.983484');
    expect(c4Exact(20).toFixed(6)).toBe('0.986934');
  });
  it('needs a whole n ≥ 2', () => {
    expect(issuesOf(() => c4Exact(1))).toEqual(['n: too_small']);
    expect(issuesOf(() => c4Exact(3.5))).toEqual(['n: invalid_type']);
    expect(issuesOf(() => c4Exact(Number.NaN))).toEqual(['n: invalid_type']);
  });
});
