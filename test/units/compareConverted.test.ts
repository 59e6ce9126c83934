import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/decimal.js';
import { ValidationError } from '../../src/errors/index.js';
import { compareConverted, convertValue } from '../../src/units/index.js';

const cmp = (value: string, from: string, limit: string, to: string): number =>
  compareConverted(toDecimal(value), from, toDecimal(limit), to);

describe('compareConverted', () => {
  it('finds a value on the limit equal, in the same unit', () => {
    expect(cmp('10.05', 'mm', '10.05', 'mm')).toBe(0);
    expect(cmp('10.0500', 'mm', '10.05', 'mm')).toBe(0);
    expect(cmp('10.051', 'mm', '10.05', 'mm')).toBe(1);
    expect(cmp('12', 'parts', '12.0', 'parts')).toBe(0);
  });
  it('finds exact equality across units', () => {
    expect(cmp('0.001', 'in', '0.0254', 'mm')).toBe(0);
    expect(cmp('0.3957', 'in', '10.05078', 'mm')).toBe(0);
    expect(cmp('0.3957', 'in', '10.05079', 'mm')).toBe(-1);
    expect(cmp('10050', 'µm', '10.05', 'mm')).toBe(0);
    expect(cmp('1', 'bar', '100', 'kPa')).toBe(0);
    expect(cmp('1', 'psi', '6894.757293168361336722673445346890693781387562775', 'Pa')).toBe(1);
    expect(cmp('6', 'm³/h', '100', 'L/min')).toBe(0);
    expect(cmp('1.25', 'kg', '1250', 'g')).toBe(0);
  });
  it('decides where a rounded conversion cannot', () => {
    // 1 bar = 14.503773773020921515… psi (NIST SP 811 Appendix B: 1 psi = 6.894757 kPa)
    expect(cmp('1', 'bar', '14.5037738', 'psi')).toBe(-1);
    expect(cmp('1', 'bar', '14.5037737', 'psi')).toBe(1);
    expect(cmp('14.5037738', 'psi', '1', 'bar')).toBe(1);
    // 1 m³/h = 16.666… L/min, below its own 50-digit rounding and above the digits before it
    const rounded = convertValue(toDecimal('1'), 'm³/h', 'L/min');
    expect(compareConverted(toDecimal('1'), 'm³/h', rounded, 'L/min')).toBe(-1);
    expect(cmp('1', 'm³/h', '16.666666666666666666666666666666666666666666666666', 'L/min')).toBe(1);
    expect(cmp('1', 'mm', '0.039370078740157480314960629921259842519685039370079', 'in')).toBe(-1);
  });
  it('decides temperatures with their offsets exactly', () => {
    expect(cmp('98.6', '°F', '37', '°C')).toBe(0);
    expect(cmp('98.61', '°F', '37', '°C')).toBe(1);
    expect(cmp('-40', '°C', '-40', '°F')).toBe(0);
    expect(cmp('0', '°C', '273.15', 'K')).toBe(0);
    expect(cmp('300', 'K', '80.33', '°F')).toBe(0);
    expect(cmp('0', 'K', '-273.15', 'degC')).toBe(0);
  });
  it('handles signs and zero', () => {
    expect(cmp('-0.001', 'in', '-0.0254', 'mm')).toBe(0);
    expect(cmp('-0.001', 'in', '0', 'mm')).toBe(-1);
    expect(cmp('0', 'psi', '0', 'bar')).toBe(0);
  });
  it('throws a ValidationError for incompatible or unknown units', () => {
    expect(() => cmp('1', 'kPa', '1', 'mm')).toThrow(ValidationError);
    try {
      cmp('1', 'mm', '1', 'furlong');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issue = (e as ValidationError).issues[0]!;
      expect([issue.code, issue.path]).toEqual(['unit_unknown', 'to']);
    }
  });
});
