import { describe, expect, it } from 'vitest';
import { decimalUnits, scoreUnits, unitsText } from '../../src/cohort/units.js';

describe('score units', () => {
  it('reads rounded scores as whole units without floating point', () => {
    expect(scoreUnits('86.6', 1)).toBe(866);
    expect(scoreUnits('100', 1)).toBe(1000);
    expect(scoreUnits('0', 2)).toBe(0);
    expect(scoreUnits('0.07', 2)).toBe(7);
    expect(scoreUnits('99.999999', 6)).toBe(99_999_999);
    expect(decimalUnits('14.8', 1)).toBe(148n);
    expect(decimalUnits('-2.5', 1)).toBe(-25n);
    expect(decimalUnits('2.55', 1)).toBe(25n);
  });
  it('writes units back as canonical decimals', () => {
    expect(unitsText(866, 1)).toBe('86.6');
    expect(unitsText(1000, 1)).toBe('100');
    expect(unitsText(7, 2)).toBe('0.07');
    expect(unitsText(0, 3)).toBe('0');
    expect(unitsText(-25n, 1)).toBe('-2.5');
    expect(unitsText(123456789012345678901234567890n, 0)).toBe('123456789012345678901234567890');
    for (const text of ['0', '0.1', '1', '12.34', '100', '99.99']) expect(unitsText(decimalUnits(text, 2), 2)).toBe(text);
  });
});
