import { describe, expect, it } from 'vitest';
import { decimalString } from '../../src/decimal.js';
import { conversionBetween } from '../../src/units/index.js';

function map(from: string, to: string): [string, string, string] {
  const c = conversionBetween(from, to);
  if (!c.ok) throw new Error(`no conversion ${from} -> ${to}`);
  return [decimalString(c.scaleNum), decimalString(c.scaleDen), decimalString(c.offsetNum)];
}

describe('conversionBetween', () => {
  it('gives exact factors as a fraction of two decimals', () => {
    expect(map('in', 'mm')).toEqual(['0.0254', '0.001', '0']);
    expect(map('psi', 'kPa')).toEqual(['4.4482216152605', '0.64516', '0']);
    expect(map('psi', 'Pa')).toEqual(['4.4482216152605', '0.00064516', '0']);
    expect(map('bar', 'MPa')).toEqual(['100000', '1000000', '0']);
    expect(map('m³/h', 'L/min')).toEqual(['1000', '60', '0']);
    expect(map('g', 'kg')).toEqual(['1', '1000', '0']);
  });
  it('is the identity for the same unit, including aliases of one unit', () => {
    expect(map('mm', 'mm')).toEqual(['1', '1', '0']);
    expect(map('um', 'µm')).toEqual(['1', '1', '0']);
    expect(conversionBetween('lpm', 'L/min')).toMatchObject({ ok: true, quantity: 'flow' });
  });
  it('carries the offset of affine temperature scales', () => {
    // °C = (5·°F − 160) / 9
    expect(map('°F', '°C')).toEqual(['5', '9', '-160']);
    // K = °C + 273.15
    expect(map('°C', 'K')).toEqual(['1', '1', '273.15']);
    // °F = (9·°C + 288) / 5, written with the table's own factors
    expect(map('°C', '°F')).toEqual(['9', '5', '160']);
  });
  it('allows a unit not in the table only against the same text', () => {
    expect(conversionBetween('parts', 'parts')).toMatchObject({ ok: true, quantity: undefined });
    expect(conversionBetween('N·m', ' N·m ')).toMatchObject({ ok: true });
    expect(conversionBetween('', '')).toMatchObject({ ok: true });
  });
  it('fails for two different unknown units, naming the first', () => {
    expect(conversionBetween('furlong', 'chain')).toEqual({
      ok: false,
      reason: 'unknown',
      from: 'furlong',
      to: 'chain',
      unit: 'furlong',
    });
  });
  it('fails for a known unit against an unknown one, naming the unknown one', () => {
    expect(conversionBetween('mm', 'furlong')).toMatchObject({ ok: false, reason: 'unknown', unit: 'furlong' });
    expect(conversionBetween('MM', 'mm')).toMatchObject({ ok: false, reason: 'unknown', unit: 'MM' });
  });
  it('fails for units of different quantities', () => {
    expect(conversionBetween('kPa', 'mm')).toEqual({
      ok: false,
      reason: 'incompatible',
      from: 'kPa',
      to: 'mm',
      fromQuantity: 'pressure',
      toQuantity: 'length',
    });
    expect(conversionBetween('%', 'mm')).toMatchObject({ ok: false, reason: 'incompatible' });
    expect(conversionBetween('°C', 'kg')).toMatchObject({ ok: false, reason: 'incompatible' });
  });
});
