import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalString, roundHalfUp, toDecimal } from '../../src/decimal.js';
import { roundedUnits, unitsString } from '../../src/fast/roundedUnits.js';

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
});
