import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/stats/normalCdf.js';
import { expectRelative, issuesOf } from './helpers.js';

/** Φ(x) from an independent 40-digit computation (mpmath ncdf). */
const REFERENCE: [number, string][] = [
  [-37.5, '4.6053530095819548438e-308'],
  [-30, '4.9067139271481870595e-198'],
  [-20, '2.7536241186062336951e-89'],
  [-10, '7.619853024160526066e-24'],
  [-8, '6.2209605742717841235e-16'],
  [-6, '9.865876450376981407e-10'],
  [-5.656854248, '7.7086290171404771156e-9'],
  [-5, '2.8665157187919391167e-7'],
  [-4, '0.000031671241833119921254'],
  [-3, '0.0013498980316300945267'],
  [-2, '0.0227501319481792072'],
  [-1.96, '0.024997895148220434137'],
  [-1, '0.15865525393145705141'],
  [-0.66291, '0.25369409838973993959'],
  [-0.5, '0.30853753872598689636'],
  [-0.1, '0.46017216272297101853'],
  [0, '0.5'],
  [0.1, '0.53982783727702898147'],
  [0.5, '0.69146246127401310364'],
  [1, '0.84134474606854294859'],
  [1.96, '0.97500210485177956586'],
  [2, '0.9772498680518207928'],
  [3, '0.99865010196836990547'],
  [4.5, '0.99999660232687526994'],
  [6, '0.99999999901341235496'],
];

describe('normalCdf', () => {
  for (const [x, value] of REFERENCE) {
    it(`Φ(${x}) = ${value} to 1e-15 relative`, () => {
      expectRelative(normalCdf(x), value, 1e-15);
    });
  }
  it('keeps the tail digits: Φ(−6) = 9.865876450377e-10', () => {
    expect(normalCdf(-6).toPrecision(13)).toBe('9.865876450377e-10');
  });
  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    for (let x = -8; x <= 8; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
  it('is monotone across the approximation boundaries', () => {
    for (const edge of [0.66291, 5.656854248]) {
      for (const sign of [-1, 1]) {
        const x = sign * edge;
        expect(normalCdf(x - 1e-9)).toBeLessThanOrEqual(normalCdf(x));
        expect(normalCdf(x)).toBeLessThanOrEqual(normalCdf(x + 1e-9));
      }
    }
  });
  it('returns 0 and 1 far out and at infinity', () => {
    expect(normalCdf(-50)).toBe(0);
    expect(normalCdf(50)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
  it('rejects NaN', () => {
    expect(issuesOf(() => normalCdf(Number.NaN))).toEqual(['x: not_finite']);
  });
});
