import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalString, roundHalfUp, toDecimal } from '../src/decimal.js';

describe('decimal', () => {
  it('reads numbers by their shortest text, so 0.1 + 0.2 is 0.3', () => {
    expect(decimalString(toDecimal(0.1).plus(toDecimal(0.2)))).toBe('0.3');
    expect(toDecimal(10.05).lte(toDecimal('10.05'))).toBe(true);
  });
  it('writes canonical strings without exponent or trailing zeros', () => {
    expect(decimalString(toDecimal('1.500'))).toBe('1.5');
    expect(decimalString(toDecimal('1e-12'))).toBe('0.000000000001');
    expect(decimalString(toDecimal('1e21'))).toBe('1000000000000000000000');
    expect(decimalString(toDecimal(-0))).toBe('0');
  });
  it('rounds half-up, away from zero', () => {
    expect(decimalString(roundHalfUp(toDecimal('87.45'), 1))).toBe('87.5');
    expect(decimalString(roundHalfUp(toDecimal('-2.5'), 0))).toBe('-3');
  });
  it('never changes the global Decimal settings', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.precision).toBe(50);
  });
});
