import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { cellList, cellText, errorCell, evidenceFromRow, profileFromRange, profileFromSheets, type SheetIssue } from '../../src/sheets/index.js';
import { checkedSheet } from '../../src/sheets/checkedSheet.js';

const bare = () => Object.create(null) as object;

describe('checkedSheet', () => {
  it('reads a named sheet from its origin, reporting each value that is not a cell at its cell and reading it as empty', () => {
    const issues: SheetIssue[] = [];
    const sheet = checkedSheet({ name: 'Kriteria', values: [['id', bare()], 'not a row', [[1]]], origin: 'B3' }, 'Criteria', ['criteria'], issues);
    expect(sheet).toEqual({ name: 'Kriteria', rows: [['id', ''], [], ['']], firstRow: 3, firstColumn: 2 });
    expect(issues.map((issue) => [issue.path, issue.source, issue.message])).toEqual([
      ['Kriteria!C3', 'criteria[0][1]', 'Expected a cell (a text, number, true or false, date or nothing), got an object.'],
      ['Kriteria!B5', 'criteria[2][0]', 'Expected a cell (a text, number, true or false, date or nothing), got a list.'],
    ]);
  });

  it('reports a name that is not a text, an origin that is not an A1 reference and values that are not rows', () => {
    const issues: SheetIssue[] = [];
    expect(checkedSheet({ name: 7, values: bare(), origin: 'B' }, 'Grades', ['grades'], issues)).toBeUndefined();
    expect(issues.map((issue) => [issue.path, issue.source, issue.message])).toEqual([
      ['Grades!1:1', 'grades.name', 'Expected a sheet name (a text), got 7.'],
      ['Grades!1:1', 'grades.origin', 'Expected an A1 reference such as B3, got B.'],
      ['Grades!1:1', 'grades.values', 'Expected a range of rows, got an object.'],
    ]);
  });
});

describe('cells that are not cells', () => {
  it('cellText and cellList throw a ValidationError', () => {
    expect(() => cellText(bare() as never)).toThrow(ValidationError);
    expect(() => cellList([1] as never)).toThrow('cell: Expected a cell (a text, number, true or false, date or nothing), got a list.');
    expect(cellText(new Date(Date.UTC(2026, 0, 1)))).toBe(new Date(Date.UTC(2026, 0, 1)).toString());
  });

  it('the readers report them with the sheet, row and column', () => {
    const read = profileFromSheets({ criteria: [['id', 'kind', 'title', 'cause family', 'expected'], ['leak-test', 'check', bare(), 'method', 'yes']] } as never, { dates: 'gmt' } as never);
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.error.issues.map((issue) => issue.path)).toEqual(['Criteria!C2', 'Criteria!1:1', 'Criteria!2:2']);
    expect(read.error.issues[1]?.message).toBe('Must be one of: "local", "utc".');
  });

  it('profileFromRange and evidenceFromRow return the problems of their arguments instead of throwing', () => {
    expect(profileFromRange(bare()).success).toBe(false);
    const row = evidenceFromRow(bare() as never, ['supplier id'], ['S1'], { row: 0 });
    expect(row.success).toBe(false);
    if (row.success) return;
    expect(row.error.issues[0]).toMatchObject({ path: 'Suppliers!2:2', source: 'options.row', code: 'too_small' });
    expect(row.error.issues.some((issue) => (issue as SheetIssue).source.startsWith('profile'))).toBe(true);
  });

  it('errorCell gives a text for anything thrown', () => {
    expect(errorCell(bare())).toBe('Error: an object');
    expect(errorCell(Object.assign(new Error('x'), { message: bare() }), 'id')).toBe('Kesalahan: an object');
    expect(errorCell('plain text')).toBe('Error: plain text');
  });
});
