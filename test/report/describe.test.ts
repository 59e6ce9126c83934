import { describe, expect, it } from 'vitest';
import { foundText, measurementLimitsText, requiredText } from '../../src/report/describe.js';
import { formatterFor } from '../../src/report/format.js';

const en = formatterFor('en');
const id = formatterFor('id');

describe('requiredText', () => {
  it('writes limits, one-sided limits and a required share', () => {
    expect(requiredText(en, 'measurement', { lsl: '3.18', usl: '3.22', unit: 'mm', requiredShare: '100' })).toBe('3.18–3.22 mm');
    expect(requiredText(id, 'measurement', { usl: '1.6', unit: 'µm', requiredShare: '95' })).toBe('paling banyak 1,6 µm; 95 % dalam batas');
    expect(measurementLimitsText(en, { lsl: '20', unit: 'HRC' })).toBe('at least 20 HRC');
  });

  it('writes each kind in the reader’s words', () => {
    expect(requiredText(en, 'audit-question', { passPoints: 10, maxPoints: 10 })).toBe('10 of 10 points');
    expect(requiredText(id, 'certificate', { standard: 'ISO 9001', alsoAccepted: ['IATF 16949'], validOn: '2026-11-19', minRemainingDays: 90 })).toBe(
      'ISO 9001 atau IATF 16949, berlaku pada 19 November 2026; sisa masa berlaku paling sedikit 90 hari',
    );
    expect(requiredText(en, 'metric', { direction: 'higher-is-better', limit: '90', target: '98', unit: '%' })).toBe('at least 90 %; target 98');
    expect(requiredText(en, 'document', { document: 'Material test report', acceptedStatuses: ['approved'], maxAgeDays: 365 })).toBe(
      'Material test report: status approved; at most 365 days old',
    );
    expect(requiredText(id, 'check', { expected: false })).toBe('tidak');
  });
});

describe('foundText', () => {
  it('summarises measured values with a rounded mean and the count outside', () => {
    const found = { n: 32, min: '6.509', max: '6.58', mean: '6.53453125', outOfSpec: 4, unit: 'mm' };
    expect(foundText(en, { kind: 'measurement', status: 'fail', required: {}, found })).toBe('32 values, 6.509 to 6.58 mm, mean 6.5345; 4 outside');
    expect(foundText(id, { kind: 'measurement', status: 'fail', required: {}, found })).toBe('32 nilai, 6,509 sampai 6,58 mm, rata-rata 6,5345; 4 di luar batas');
  });

  it('says what was found for the other kinds, missing evidence and not applicable', () => {
    expect(foundText(en, { kind: 'audit-question', status: 'partial', required: { maxPoints: 10 }, found: { points: 6, results: [4, 8] } })).toBe(
      '6 of 10 points (results 4, 8)',
    );
    expect(foundText(id, { kind: 'certificate', status: 'partial', required: {}, found: { standard: 'ISO 9001:2015', expires: '2027-01-14' } })).toBe(
      'ISO 9001:2015, berakhir 14 Januari 2027',
    );
    expect(foundText(id, { kind: 'metric', status: 'fail', required: {}, found: { value: '3475.41', unit: 'ppm' } })).toBe('3.475,41 ppm');
    expect(foundText(en, { kind: 'document', status: 'pass', required: {}, found: { status: 'approved', date: '2026-03-02' } })).toBe(
      'status approved, dated 2 March 2026',
    );
    expect(foundText(en, { kind: 'check', status: 'missing', required: {}, found: null })).toBe('—');
    expect(foundText(en, { kind: 'measurement', status: 'not-applicable', required: {}, found: { reason: 'No threads on this part' } })).toBe(
      'No threads on this part',
    );
  });
});
