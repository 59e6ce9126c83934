import { describe, expect, it } from 'vitest';
import { Decimal, decimalString, toDecimal } from '../../src/decimal.js';
import { ValidationError } from '../../src/errors/index.js';
import { convertValue } from '../../src/units/index.js';

const cv = (value: string, from: string, to: string): string => decimalString(convertValue(toDecimal(value), from, to));

describe('convertValue', () => {
  it('converts length exactly (1 in = 25.4 mm)', () => {
    expect(cv('1', 'in', 'mm')).toBe('25.4');
    expect(cv('0.3957', 'in', 'mm')).toBe('10.05078');
    expect(cv('10.05', 'mm', 'µm')).toBe('10050');
    expect(cv('2500', 'um', 'mm')).toBe('2.5');
    expect(cv('1.5', 'm', 'cm')).toBe('150');
    expect(cv('1', 'mm', 'in')).toBe('0.039370078740157480314960629921259842519685039370079');
  });
  it('converts pressure exactly (1 psi = 6.894757293168… kPa)', () => {
    expect(decimalString(convertValue(toDecimal('1'), 'psi', 'kPa').toDecimalPlaces(12))).toBe('6.894757293168');
    expect(cv('1', 'psi', 'kPa')).toBe('6.8947572931683613367226734453468906937813875627751');
    expect(cv('1', 'bar', 'kPa')).toBe('100');
    expect(cv('2.5', 'bar', 'MPa')).toBe('0.25');
    expect(cv('1013.25', 'mbar', 'Pa')).toBe('101325');
    expect(cv('0.1', 'MPa', 'bar')).toBe('1');
  });
  it('converts flow exactly (1 m³/h = 1000/60 L/min)', () => {
    expect(cv('1', 'm³/h', 'L/min')).toBe('16.666666666666666666666666666666666666666666666667');
    expect(cv('6', 'm3/h', 'L/min')).toBe('100');
    expect(cv('100', 'lpm', 'm³/h')).toBe('6');
    expect(cv('90', 'L/h', 'L/min')).toBe('1.5');
  });
  it('converts mass exactly', () => {
    expect(cv('1250', 'g', 'kg')).toBe('1.25');
    expect(cv('0.5', 'g', 'mg')).toBe('500');
    expect(cv('0.002', 'kg', 'mg')).toBe('2000');
  });
  it('converts temperature with its offset exactly', () => {
    expect(cv('0', '°C', 'K')).toBe('273.15');
    expect(cv('98.6', '°F', '°C')).toBe('37');
    expect(cv('37', '°C', '°F')).toBe('98.6');
    expect(cv('-40', '°F', 'degC')).toBe('-40');
    expect(cv('0', 'K', '°F')).toBe('-459.67');
    expect(cv('100', '°C', '°F')).toBe('212');
  });
  it('converts ratios and leaves same-unit values unchanged', () => {
    expect(cv('0.05', '%', 'ppm')).toBe('500');
    expect(cv('12.345', 'parts', 'parts')).toBe('12.345');
  });
  it('round-trips exact factors exactly and others to 50 significant digits', () => {
    for (const [value, a, b] of [
      ['10.05', 'mm', 'in'],
      ['123.456', 'psi', 'kPa'],
      ['7', 'm³/h', 'L/min'],
      ['-12.5', '°C', '°F'],
    ] as const) {
      const back = convertValue(convertValue(toDecimal(value), a, b), b, a);
      expect(decimalString(back.toDecimalPlaces(40))).toBe(value);
    }
    expect(cv(cv('0.3957', 'in', 'mm'), 'mm', 'in')).toBe('0.3957');
    expect(cv(cv('0.25', 'MPa', 'psi'), 'psi', 'MPa')).toBe('0.25');
  });
  it('throws a ValidationError for incompatible or unknown units and non-finite values', () => {
    expect(() => convertValue(toDecimal('1'), 'kPa', 'mm')).toThrow(ValidationError);
    expect(() => convertValue(toDecimal('1'), 'furlong', 'mm')).toThrow(/"furlong" is not a known unit/);
    expect(() => convertValue(new Decimal(NaN), 'mm', 'in')).toThrow(ValidationError);
    expect(() => convertValue(new Decimal('1e2000000'), 'mm', 'in')).toThrow(ValidationError);
  });
});
