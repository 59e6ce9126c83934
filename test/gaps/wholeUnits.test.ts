import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/decimal.js';
import { unitsDecimal, wholeUnits } from '../../src/gaps/wholeUnits.js';

describe('wholeUnits and unitsDecimal', () => {
  it('turn decimals into whole units and back exactly, beyond 50 digits', () => {
    expect(wholeUnits(toDecimal('12.5'), 2)).toBe(1250n);
    expect(wholeUnits(toDecimal('0'), 3)).toBe(0n);
    expect(wholeUnits(toDecimal('-0.07'), 2)).toBe(-7n);
    const long = '66.666666666666666666666666666666666666666666666667';
    const units = wholeUnits(toDecimal(long), 48) + wholeUnits(toDecimal('34.333333333333333333333333333333333333333333333333'), 48);
    expect(units).toBe(101n * 10n ** 48n);
    expect(unitsDecimal(units * 10n ** 20n + 1n, 68).toFixed()).toBe(`101.${'0'.repeat(67)}1`);
    expect(unitsDecimal(1250n, 2).toString()).toBe('12.5');
    expect(unitsDecimal(-7n, 2).toString()).toBe('-0.07');
    expect(unitsDecimal(42n, 0).toString()).toBe('42');
  });
});
