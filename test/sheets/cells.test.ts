import { describe, expect, it } from 'vitest';
import { cellBoolean, cellDate, cellInteger, cellList, cellNumeric, cellReference, cellText, columnName, isDateCell, isEmptyCell, parseA1 } from '../../src/sheets/cells.js';

describe('cell references', () => {
  it('names columns and cells as spreadsheets do', () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellReference('Criteria', 7, 6)).toBe('Criteria!F7');
    expect(cellReference('Audit answers', 4, 2)).toBe("'Audit answers'!B4");
    expect(cellReference("Pak Budi's", 2)).toBe("'Pak Budi''s'!2:2");
  });

  it('reads A1 references', () => {
    expect(parseA1('C12')).toEqual({ row: 12, column: 3 });
    expect(parseA1('$ab$3')).toEqual({ row: 3, column: 28 });
    expect(parseA1('12C')).toBeUndefined();
    expect(parseA1('A0')).toBeUndefined();
  });
});

describe('cell values', () => {
  it('tells empty cells', () => {
    expect([null, undefined, '', '  '].map(isEmptyCell)).toEqual([true, true, true, true]);
    expect([0, false, 'x'].map(isEmptyCell)).toEqual([false, false, false]);
  });

  it('reads text, numbers and booleans', () => {
    expect([cellText('  a '), cellText(3.2), cellText(true), cellText(null)]).toEqual(['a', '3.2', 'TRUE', '']);
    expect([cellNumeric(6.55), cellNumeric(' 6.55 '), cellNumeric(true)]).toEqual([6.55, '6.55', true]);
    expect([cellInteger('12'), cellInteger(' 4 '), cellInteger('4.5'), cellInteger(8)]).toEqual([12, 4, '4.5', 8]);
  });

  it('reads yes and no in English and Indonesian', () => {
    expect(['yes', 'Ya', 'TRUE', 'x', 1, true].map((c) => cellBoolean(c))).toEqual([true, true, true, true, true, true]);
    expect(['no', 'Tidak', 'false', 0, false].map((c) => cellBoolean(c))).toEqual([false, false, false, false, false]);
    expect(['maybe', 2, '', null].map((c) => cellBoolean(c))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads lists', () => {
    expect(cellList('IATF 16949; ISO 9001:2015')).toEqual(['IATF 16949', 'ISO 9001:2015']);
    expect(cellList('approved, released,')).toEqual(['approved', 'released']);
    expect(cellList(4)).toEqual(['4']);
    expect(cellList('')).toEqual([]);
  });
});

describe('date cells', () => {
  it('reads a Date by its local calendar fields, whatever its time of day', () => {
    expect(cellDate(new Date(2026, 10, 28))).toBe('2026-11-28');
    expect(cellDate(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(cellDate(new Date(2028, 1, 29))).toBe('2028-02-29');
  });

  it('reads a Date by its instant alone, never by its own constructor or getTime', () => {
    const poisoned = new Date(Date.UTC(2026, 10, 28, 12));
    Object.defineProperty(poisoned, 'constructor', { value: 0 });
    Object.defineProperty(poisoned, 'getTime', { value: () => 0 });
    expect(cellDate(poisoned, 'utc')).toBe('2026-11-28');
    expect(cellDate(poisoned)).toBe(cellDate(new Date(Date.UTC(2026, 10, 28, 12))));
  });

  it('reads a Date by its UTC fields when asked (exceljs, SheetJS)', () => {
    expect(cellDate(new Date(Date.UTC(2026, 10, 28)), 'utc')).toBe('2026-11-28');
    expect(cellDate(new Date('2026-11-28T23:30:00Z'), 'utc')).toBe('2026-11-28');
  });

  it('reads spreadsheet serial days (1899-12-30 is day 0) and ISO texts', () => {
    expect(cellDate(46354)).toBe('2026-11-28');
    expect(cellDate(46354.75)).toBe('2026-11-28');
    expect(cellDate(61)).toBe('1900-03-01');
    expect(cellDate(' 2026-11-28 ')).toBe('2026-11-28');
  });

  it('names no date for anything else', () => {
    expect([cellDate('2026-02-30'), cellDate('28/11/2026'), cellDate(0), cellDate(true), cellDate(new Date(Number.NaN))]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('knows Dates from other realms', () => {
    expect(isDateCell(new Date())).toBe(true);
    expect(isDateCell({ getTime: () => 0 })).toBe(false);
  });
});
