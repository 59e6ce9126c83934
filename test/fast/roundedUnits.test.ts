import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalString, roundHalfUp, toDecimal } from '../../src/decimal.js';
import { canonicalText, roundedText, significantText } from '../../src/fast/decimalText.js';
import { certainSignificantText, precisionText, roundedDoubleText, roundedUnits, significantDoubleText, unitsString } from '../../src/fast/roundedUnits.js';
import { anyDouble } from './helpers.js';

describe('roundedUnits', () => {
  it('rounds half away from zero where the error bound makes it certain', () => {
    expect(roundedUnits(87.43, 1e-12, 1)).toBe(874);
    expect(roundedUnits(87.45, 1e-12, 1)).toBeNaN();
    expect(roundedUnits(-0.06, 0, 1)).toBe(-1);
    expect(roundedUnits(0, 0, 3)).toBe(0);
    expect(roundedUnits(100, 0, 6)).toBe(100_000_000);
  });

  it('never disagrees with exact rounding of any value within the error bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 1e-15, 1e-12, 1e-9), (n, digits, places, error) => {
        const exact = toDecimal(n).div(toDecimal(10).pow(digits));
        const units = roundedUnits(exact.toNumber(), error + Math.abs(exact.toNumber()) * Number.EPSILON, places);
        if (!Number.isNaN(units)) expect(unitsString(units, places)).toBe(decimalString(roundHalfUp(exact, places)));
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});

describe('unitsString', () => {
  it('prints units as canonical decimal text', () => {
    expect([unitsString(874, 1), unitsString(870, 1), unitsString(5, 2), unitsString(-3, 1), unitsString(0, 2), unitsString(-7, 0)]).toEqual(['87.4', '87', '0.05', '-0.3', '0', '-7']);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (units, places) => {
      expect(unitsString(units, places)).toBe(decimalString(toDecimal(units).div(toDecimal(10).pow(places))));
    }), { numRuns: 2000, seed: 7 });
  });

  it('prints any whole number of units to any places as the decimal text, also next to 2^51 and 10^places', () => {
    const exact = (units: number, places: number) => decimalString(toDecimal(units).div(toDecimal(10).pow(places)));
    const edges = [2 ** 51 - 1, 2 ** 51, 2 ** 51 + 2, 2 ** 53, 1e15, 1e15 - 1, 999999999, 1000000000, 1000000001, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 1e18 + 1e9, 123000000456, 10, 9, 1, 0, -0];
    for (const units of edges) for (let places = 0; places <= 24; places++) {
      expect(unitsString(units, places)).toBe(exact(units, places));
      expect(unitsString(-units, places)).toBe(exact(-units, places));
    }
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.integer({ min: 0, max: 24 }), (units, places) => {
      expect(unitsString(units, places)).toBe(exact(units, places));
    }), { numRuns: 3000, seed: 11 });
  });
});

/** A double and its neighbours one unit in the last place away. */
const withNeighbours = (x: number): number[] => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const around: number[] = [x];
  for (const step of [-1n, 1n]) {
    const next = bits + step;
    if (next < 0n || next >= 1n << 64n) continue;
    view.setBigUint64(0, next);
    const y = view.getFloat64(0);
    if (Number.isFinite(y)) around.push(y);
  }
  return around;
};

/** Doubles on and one ulp around rounding boundaries (half units) and powers of ten. */
const boundaryDouble = fc
  .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 9 }), fc.boolean())
  .chain(([k, places, half]) => fc.constantFrom(...withNeighbours((half ? k + 0.5 : k) / 10 ** places)));

describe('roundedDoubleText', () => {
  it('rounds half away from zero as roundedText does', () => {
    expect([roundedDoubleText(1.23456, 4), roundedDoubleText(-0.00004, 4), roundedDoubleText(0.00005, 4)]).toEqual(['1.2346', '0', '0.0001']);
    expect([roundedDoubleText(1.00005, 4), roundedDoubleText(2.5, 0), roundedDoubleText(-2.5, 0), roundedDoubleText(1e-7, 4), roundedDoubleText(1e300, 4)]).toEqual([
      '1.0001',
      '3',
      '-3',
      '0',
      decimalString(roundHalfUp(toDecimal(1e300), 4)),
    ]);
  });

  it('rounds small values to many places by their units, as roundedText does', () => {
    const cases: Array<[number, number]> = [
      [0.0250000000005, 12],
      [0.0250000000005, 11],
      [1.5e-21, 21],
      [2.5e-22, 22],
      [0.02491234567891, 13],
      [-0.0000000001234567, 16],
    ];
    for (const [x, places] of cases) expect(roundedDoubleText(x, places)).toBe(roundedText(x, places));
    expect(roundedDoubleText(0.0250000000005, 12)).toBe('0.025000000001');
  });

  it('never differs from roundedText, also on and one ulp around a rounding boundary', () => {
    fc.assert(
      fc.property(fc.oneof(anyDouble, boundaryDouble), fc.integer({ min: 0, max: 10 }), (x, places) => {
        expect(roundedDoubleText(x, places)).toBe(roundedText(x, places));
      }),
      { numRuns: 5000, seed: 8 },
    );
  });
});

describe('significantDoubleText', () => {
  it('rounds to significant digits as significantText does', () => {
    expect([significantDoubleText(0.000123456789, 6), significantDoubleText(-6.5432109876, 3), significantDoubleText(1234567.8, 6)]).toEqual(['0.000123457', '-6.54', '1234570']);
    expect([significantDoubleText(9.9999996, 6), significantDoubleText(1000, 6), significantDoubleText(0, 6), significantDoubleText(1.234565, 6)]).toEqual([
      '10',
      '1000',
      '0',
      significantText(1.234565, 6),
    ]);
  });

  it('never differs from significantText, also on and one ulp around a rounding boundary or a power of ten', () => {
    fc.assert(
      fc.property(fc.oneof(anyDouble, boundaryDouble), fc.integer({ min: 1, max: 14 }), (x, digits) => {
        expect(significantDoubleText(x, digits)).toBe(significantText(x, digits));
      }),
      { numRuns: 5000, seed: 9 },
    );
  });

  it('never differs from significantText for small values rounded to ten or more places, on and one ulp around a boundary', () => {
    const smallBoundary = fc
      .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 10, max: 22 }), fc.boolean())
      .chain(([k, places, half]) => fc.constantFrom(...withNeighbours((half ? k + 0.5 : k) / 10 ** places)));
    const small = fc.double({ min: 1e-20, max: 0.01, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(smallBoundary, small), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 10, max: 22 }), (x, digits, places) => {
        expect(significantDoubleText(x, digits)).toBe(significantText(x, digits));
        expect(roundedDoubleText(x, places)).toBe(roundedText(x, places));
      }),
      { numRuns: 5000, seed: 10 },
    );
  });

  it('writes a mean of a few hundredths to ten significant digits as significantText does', () => {
    expect(significantDoubleText(0.0251234567891, 10)).toBe('0.02512345679');
    expect(significantDoubleText(0.02500000000500001, 10)).toBe(significantText(0.02500000000500001, 10));
  });
});

describe('certainSignificantText', () => {
  it('gives the significant digits of every value within the error bound, or null', () => {
    expect(certainSignificantText(0.0225563909, 6)).toBe('0.0225564');
    expect(certainSignificantText(0.12345650000000001, 6, 1e-12)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(0, 1e-15, 1e-12, 1e-9), fc.boolean(), (n, digits, error, up) => {
        const exact = toDecimal(n).div(toDecimal(10).pow(digits));
        const x = exact.toNumber();
        const bound = error + Math.abs(x) * Number.EPSILON;
        const text = certainSignificantText(x, 6, bound);
        const shifted = exact.plus(up ? error : -error);
        if (text !== null) expect(text).toBe(decimalString(shifted.toSignificantDigits(6)));
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});

describe('precisionText', () => {
  const viaToPrecision = (x: number, digits: number) => canonicalText(x.toPrecision(digits));

  it('writes the canonical text of toPrecision', () => {
    expect([precisionText(3.2001234567891, 12), precisionText(0.1 + 0.2, 12), precisionText(-1e-7, 12), precisionText(0, 12)]).toEqual([
      '3.20012345679',
      '0.3',
      '-0.0000001',
      '0',
    ]);
    // The double nearest 1.005 is just below it: toPrecision rounds the double down, not its text up.
    expect(precisionText(1.005, 3)).toBe('1');
    expect(precisionText(9.9999999999995, 12)).toBe(viaToPrecision(9.9999999999995, 12));
    expect(precisionText(1e21, 12)).toBe(viaToPrecision(1e21, 12));
  });

  it('never differs from toPrecision, also on and one ulp around a rounding boundary or a power of ten', () => {
    fc.assert(
      fc.property(fc.oneof(anyDouble, boundaryDouble), fc.integer({ min: 1, max: 14 }), (x, digits) => {
        expect(precisionText(x, digits)).toBe(viaToPrecision(x, digits));
      }),
      { numRuns: 5000, seed: 12 },
    );
  });
});
