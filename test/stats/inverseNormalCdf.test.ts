import { describe, expect, it } from 'vitest';
import { inverseNormalCdf } from '../../src/stats/inverseNormalCdf.js';
import { normalCdf } from '../../src/stats/normalCdf.js';
import { AS241_A, AS241_B, AS241_C, AS241_D, AS241_E, AS241_F } from '../../src/stats/inverseNormalCdf.js';
import { expectRelative, issuesOf } from './helpers.js';

/** Φ⁻¹(p) from an independent 50-digit computation (mpmath). */
const REFERENCE: [number, string][] = [
  [0.975, '1.9599639845400542355'],
  [0.95, '1.6448536269514727149'],
  [0.99, '2.3263478740408411009'],
  [0.995, '2.575829303548900761'],
  [0.9, '1.281551565544600467'],
  [0.6, '0.2533471031357997988'],
  [0.425, '-0.18911842627279249011'],
  [0.075, '-1.4395314709384559153'],
  [0.925, '1.4395314709384559153'],
  [0.025, '-1.9599639845400542355'],
  [0.0001, '-3.7190164854556805644'],
  [1e-10, '-6.3613409024040562047'],
  [1e-20, '-9.2623400897984075737'],
  [1e-100, '-21.273453560965324295'],
  [1e-300, '-37.047096299361199237'],
];

/** Sum of the mantissas (each coefficient scaled into [1, 10)), as AS 241 prints for checking. */
function hashSum(...lists: number[][]): number {
  let sum = 0;
  for (const list of lists) {
    for (const c of list) if (c !== 1) sum += c / 10 ** Math.floor(Math.log10(c));
  }
  return sum;
}

describe('inverseNormalCdf', () => {
  it('gives the quantiles used for confidence bounds', () => {
    expect(inverseNormalCdf(0.975).toFixed(9)).toBe('1.959963985');
    expect(inverseNormalCdf(0.95).toFixed(9)).toBe('1.644853627');
    expect(inverseNormalCdf(0.99).toFixed(9)).toBe('2.326347874');
  });
  for (const [p, value] of REFERENCE) {
    it(`Φ⁻¹(${p}) = ${value} to 1e-15 relative`, () => {
      expectRelative(inverseNormalCdf(p), value, 1e-15);
    });
  }
  it('is 0 at ½ and antisymmetric', () => {
    expect(inverseNormalCdf(0.5)).toBe(0);
    for (const p of [0.001, 0.2, 0.4]) expect(inverseNormalCdf(p)).toBeCloseTo(-inverseNormalCdf(1 - p), 12);
  });
  it('inverts normalCdf (lower tail, where Φ(z) keeps its digits)', () => {
    for (let z = -30; z <= 1; z += 0.25) expect(inverseNormalCdf(normalCdf(z))).toBeCloseTo(z, 12);
  });
  it('uses the published AS 241 coefficients (mantissa hash sums)', () => {
    expect(hashSum(AS241_A, AS241_B)).toBeCloseTo(55.8831928806149014439, 12);
    expect(hashSum(AS241_C, AS241_D)).toBeCloseTo(49.33206503301610289036, 12);
    expect(hashSum(AS241_E, AS241_F)).toBeCloseTo(47.52583317549289671629, 12);
  });
  it('rejects p outside (0, 1)', () => {
    expect(issuesOf(() => inverseNormalCdf(0))).toEqual(['p: probability_out_of_range']);
    expect(issuesOf(() => inverseNormalCdf(1))).toEqual(['p: probability_out_of_range']);
    expect(issuesOf(() => inverseNormalCdf(Number.NaN))).toEqual(['p: probability_out_of_range']);
  });
});
