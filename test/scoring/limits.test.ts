import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp, toDecimal } from '../../src/decimal.js';
import { limitDecimal, roundedBelowThreshold } from '../../src/scoring/limits.js';

describe('limitDecimal', () => {
  it('returns the limit as a decimal, the same for the same holder and limit', () => {
    const band = { grade: 'B', min: '70.05' };
    const first = limitDecimal(band, band.min);
    expect(first.toString()).toBe('70.05');
    expect(limitDecimal(band, band.min)).toBe(first);
  });

  it('works the decimal out again when the limit as written changes', () => {
    const when: { below: string | number } = { below: '80' };
    expect(limitDecimal(when, when.below).toString()).toBe('80');
    when.below = 0.1;
    expect(limitDecimal(when, when.below).toString()).toBe('0.1');
  });
});

describe('roundedBelowThreshold', () => {
  it('is the rounded limit less half a unit of the last place', () => {
    expect(roundedBelowThreshold({}, '80', 0).toString()).toBe('79.5');
    expect(roundedBelowThreshold({}, '79.96', 1).toString()).toBe('79.95');
    expect(roundedBelowThreshold({}, '66.7', 2).toString()).toBe('66.695');
    expect(roundedBelowThreshold({}, '0', 0).toString()).toBe('-0.5');
  });

  const ulp = new Decimal('1e-48');
  const cases: Array<[string, number]> = [
    ['80', 0],
    ['79.96', 1],
    ['66.7', 2],
    ['100', 6],
    ['0.0000005', 6],
    ['0', 0],
  ];
  for (const [below, places] of cases) {
    it(`decides like rounding first, on and one unit of the 50th digit around the edge (${below}, ${places} places)`, () => {
      const threshold = roundedBelowThreshold({ below }, below, places);
      const limit = toDecimal(below);
      const edges = [threshold, limit, new Decimal(0), new Decimal(100)];
      for (const edge of edges) {
        for (const p of [edge.minus(ulp), edge, edge.plus(ulp)]) {
          if (p.isNegative()) continue;
          expect(p.lt(threshold), `${p.toString()}`).toBe(roundHalfUp(p, places).lt(limit));
        }
      }
    });
  }

  it('decides like rounding first for many scores between 0 and 100', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const places = i % 4;
      const below = new Decimal(Math.floor(next() * 1e6)).div(1e4);
      const p = new Decimal(Math.floor(next() * 1e7)).div(1e5);
      const threshold = roundedBelowThreshold({}, below.toString(), places);
      expect(p.lt(threshold)).toBe(roundHalfUp(p, places).lt(below));
    }
  });
});
