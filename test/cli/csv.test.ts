import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, toCsv } from '../../cli/csv.js';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFid,title\r\nleak-test,"Leak test, ""9 bar"""\r\nx,"two\nlines"\n')).toEqual([
      ['id', 'title'],
      ['leak-test', 'Leak test, "9 bar"'],
      ['x', 'two\nlines'],
    ]);
  });

  it('reads semicolon CSV as written in decimal-comma locales', () => {
    expect(parseCsv('criterion;value\ndefect-ppm;"1,5"\n')).toEqual([['criterion', 'value'], ['defect-ppm', '1,5']]);
  });

  it('reads chunks split anywhere, with the line each row starts on', () => {
    const text = 'a,b\n"1\n2",3\n4,5';
    const parser = new CsvParser();
    const rows = [...text].flatMap((char) => parser.push(char)).concat(parser.end());
    expect(rows).toEqual([
      { row: ['a', 'b'], line: 1 },
      { row: ['1\n2', '3'], line: 2 },
      { row: ['4', '5'], line: 4 },
    ]);
  });

  it('writes fields quoted only when needed and reads them back', () => {
    const rows = [['id', 'note', 'n'], ['a', 'x, "y"', 3], ['b', 'two\nlines', true]];
    expect(toCsv(rows)).toBe('id,note,n\na,"x, ""y""",3\nb,"two\nlines",true\n');
    expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(String)));
  });
});
