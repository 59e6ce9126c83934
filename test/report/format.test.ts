import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDecimalText, formatterFor, localParams } from '../../src/report/format.js';

describe('formatDecimalText', () => {
  it('writes English digit groups and a decimal point', () => {
    expect(formatDecimalText('3475.41', 'en', 'prose')).toBe('3,475.41');
    expect(formatDecimalText('4500000', 'en', 'prose')).toBe('4,500,000');
    expect(formatDecimalText('-1234.5', 'en', 'prose')).toBe('-1,234.5');
    expect(formatDecimalText('999', 'en', 'prose')).toBe('999');
  });

  it('writes Indonesian digit groups with a dot and a decimal comma', () => {
    expect(formatDecimalText('6.58', 'id', 'prose')).toBe('6,58');
    expect(formatDecimalText('3475.41', 'id', 'prose')).toBe('3.475,41');
    expect(formatDecimalText('0.000123', 'id', 'prose')).toBe('0,000123');
  });

  it('leaves the plain style and text that is not a number alone', () => {
    expect(formatDecimalText('3475.41', 'id', 'plain')).toBe('3475.41');
    expect(formatDecimalText('ISO 9001', 'id', 'prose')).toBe('ISO 9001');
    expect(formatDecimalText('1e5', 'en', 'prose')).toBe('1e5');
  });
});

describe('formatCalendarDate', () => {
  it('writes day, month name and year in the language', () => {
    expect(formatCalendarDate('2027-02-17', 'en', 'prose')).toBe('17 February 2027');
    expect(formatCalendarDate('2027-02-17', 'id', 'prose')).toBe('17 Februari 2027');
    expect(formatCalendarDate('2026-08-01', 'id', 'prose')).toBe('1 Agustus 2026');
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`);
    expect(months.map((d) => formatCalendarDate(d, 'en', 'prose').slice(2, -5))).toEqual([
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    ]);
    expect(months.map((d) => formatCalendarDate(d, 'id', 'prose').slice(2, -5))).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
    expect([formatCalendarDate('0099-12-31', 'en', 'prose'), formatCalendarDate('9999-12-31', 'id', 'prose')]).toEqual(['31 December 0099', '31 Desember 9999']);
  });

  it('leaves text that is not a calendar date as it is', () => {
    for (const text of ['2026-02-30', '0000-01-01', '10000-01-01', '2026-11-28T00:00', 'soon']) expect(formatCalendarDate(text, 'en', 'prose')).toBe(text);
  });

  it('keeps ISO dates in the plain style', () => {
    expect(formatCalendarDate('2027-02-17', 'id', 'plain')).toBe('2027-02-17');
  });
});

describe('localParams', () => {
  it('formats numbers and dates but not words and identifiers', () => {
    expect(localParams({ worst: '6.58', expires: '2027-01-14', held: '9001', unit: 'mm', rules: '12' }, 'id', 'prose')).toEqual({
      worst: '6,58',
      expires: '14 Januari 2027',
      held: '9001',
      unit: 'mm',
      rules: '12',
    });
  });
});

describe('formatterFor', () => {
  it('re-renders an explanation in the chosen language', () => {
    const why = {
      code: 'measurement.outOfSpec',
      params: { n: '32', out: '3', below: '0', above: '3', lsl: '0.78', usl: '0.82', unit: 'mm', worst: '0.835', share: '90.625', requiredShare: '100' },
    };
    expect(formatterFor('en').explain(why)).toBe('3 of 32 parts above the upper limit 0.82 mm (worst 0.835 mm).');
    expect(formatterFor('id').explain(why)).toBe('3 dari 32 komponen di atas batas atas 0,82 mm (terburuk 0,835 mm).');
    expect(formatterFor('id', 'plain').explain(why)).toBe('3 dari 32 komponen di atas batas atas 0.82 mm (terburuk 0.835 mm).');
  });

  it('falls back to the given sentence for a code no table knows', () => {
    expect(formatterFor('id').explain({ code: 'no.such', params: {} }, 'As evaluated.')).toBe('As evaluated.');
  });

  it('pads scores to the profile places', () => {
    expect(formatterFor('en').fixed('87', 1)).toBe('87.0');
    expect(formatterFor('id').fixed('86.6', 1)).toBe('86,6');
  });
});
