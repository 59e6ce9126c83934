import { describe, expect, it } from 'vitest';
import { conversionBetween, unitConversionIssue, unitConversionIssues } from '../../src/units/index.js';

describe('unitConversionIssues', () => {
  it('returns no issue for convertible units', () => {
    expect(unitConversionIssues('in', 'mm')).toEqual([]);
    expect(unitConversionIssues('parts', 'parts')).toEqual([]);
  });
  it('explains units of different quantities in English and Bahasa Indonesia', () => {
    const [issue] = unitConversionIssues('kPa', 'mm', ['evidence', 'venturi-throat-d', 'unit']);
    expect(issue).toEqual({
      path: 'evidence.venturi-throat-d.unit',
      segments: ['evidence', 'venturi-throat-d', 'unit'],
      code: 'unit_incompatible',
      message: 'Unit "kPa" cannot be converted to "mm": they measure different quantities (pressure, length).',
      messageId:
        'Satuan "kPa" tidak dapat dikonversi ke "mm": keduanya mengukur besaran yang berbeda (tekanan, panjang).',
      params: { from: 'kPa', to: 'mm', fromQuantity: 'pressure', toQuantity: 'length' },
    });
  });
  it('explains an unknown unit', () => {
    const [issue] = unitConversionIssues('mm', 'furlong', ['unit']);
    expect(issue?.code).toBe('unit_unknown');
    expect(issue?.message).toBe('Unit "mm" cannot be converted to "furlong": "furlong" is not a known unit.');
    expect(issue?.messageId).toBe('Satuan "mm" tidak dapat dikonversi ke "furlong": "furlong" bukan satuan yang dikenal.');
  });
  it('builds the issue from a failure at the root by default', () => {
    const failure = conversionBetween('°C', 'L/h');
    if (failure.ok) throw new Error('expected a failure');
    expect(unitConversionIssue(failure)).toMatchObject({
      path: '(root)',
      messageId:
        'Satuan "°C" tidak dapat dikonversi ke "L/h": keduanya mengukur besaran yang berbeda (suhu, laju alir).',
    });
  });
});
