import { describe, expect, it } from 'vitest';
import { canonicalUnit, unitInfo, unitKey } from '../../src/units/index.js';

describe('unitInfo / canonicalUnit', () => {
  it('knows each unit with its quantity', () => {
    expect(unitInfo('mm')).toEqual({ unit: 'mm', quantity: 'length' });
    expect(unitInfo('kPa')).toEqual({ unit: 'kPa', quantity: 'pressure' });
    expect(unitInfo('L/min')).toEqual({ unit: 'L/min', quantity: 'flow' });
    expect(unitInfo('kg')).toEqual({ unit: 'kg', quantity: 'mass' });
    expect(unitInfo('°C')).toEqual({ unit: '°C', quantity: 'temperature' });
    expect(unitInfo('%')).toEqual({ unit: '%', quantity: 'ratio' });
  });
  it('accepts the micrometre written with u, the micro sign or Greek mu', () => {
    for (const text of ['um', '\u00b5m', '\u03bcm', ' µm ']) expect(canonicalUnit(text)).toBe('\u03bcm');
  });
  it('accepts the other aliases and Unicode compatibility forms', () => {
    expect(canonicalUnit('inch')).toBe('in');
    expect(canonicalUnit('l/min')).toBe('L/min');
    expect(canonicalUnit('lpm')).toBe('L/min');
    expect(canonicalUnit('l/h')).toBe('L/h');
    expect(canonicalUnit('m3/h')).toBe('m³/h');
    expect(canonicalUnit('m³ / h')).toBe('m³/h');
    expect(canonicalUnit('degC')).toBe('°C');
    expect(canonicalUnit('\u2103')).toBe('°C'); // ℃
    expect(canonicalUnit('degF')).toBe('°F');
    expect(canonicalUnit('\u212a')).toBe('K'); // Kelvin sign
  });
  it('returns a canonical name that maps to itself', () => {
    for (const text of ['um', 'inch', 'lpm', 'm3/h', 'degC', 'psi', 'mbar']) {
      const name = canonicalUnit(text)!;
      expect(canonicalUnit(name)).toBe(name);
    }
  });
  it('is case-sensitive and rejects ambiguous or unknown names', () => {
    expect(unitInfo('MM')).toBeUndefined();
    expect(unitInfo('Mm')).toBeUndefined();
    expect(unitInfo('C')).toBeUndefined();
    expect(unitInfo('"')).toBeUndefined();
    expect(unitInfo('furlong')).toBeUndefined();
    expect(canonicalUnit('')).toBeUndefined();
  });
  it('normalises unit text with NFKC and removes white space', () => {
    expect(unitKey(' m³/h ')).toBe('m3/h');
    expect(unitKey('\u00b5m')).toBe('\u03bcm');
    expect(unitKey('parts per hour')).toBe('partsperhour');
  });
});
