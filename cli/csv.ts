/**
 * CSV as RFC 4180 writes it, read with csv-parse (strict: every row as many cells as the first, quotes
 * only where RFC 4180 allows them) and written with the report's CSV fields.
 */
import { parse } from 'csv-parse/sync';
import { columnName } from '../src/sheets/index.js';
import { InputError } from './args.js';

/** One row of a CSV file with the line it starts on. */
export interface CsvRow {
  readonly row: string[];
  readonly line: number;
}

/** A text a spreadsheet would run as a formula, after any apostrophes that keep it text. */
const FORMULA_AFTER_APOSTROPHES = /^'+[=+\-@\t\r]/;

/**
 * Returns a cell as written: a text the writer kept from running as a formula (`'=x`, see
 * `formulaSafeText`) loses that apostrophe, as a spreadsheet reads it.
 *
 * @example
 * unescapedCell("'=SUM(A1)")
 * //=> '=SUM(A1)'
 */
export function unescapedCell(cell: string): string {
  return FORMULA_AFTER_APOSTROPHES.test(cell) ? cell.slice(1) : cell;
}

/** The parts of a csv-parse error the messages use. */
interface CsvParseError {
  readonly code?: string;
  readonly message: string;
  readonly lines?: number;
  readonly record?: readonly string[];
}

/**
 * A later part of a CSV table read on its own: the table's opening (its text up to the end of its
 * header row) is read before it, and lines from `nextLine` (the line after the opening, as csv-parse
 * counts lines) on are those of the part, which starts on line `firstLine` of the whole file.
 */
export interface CsvPart {
  readonly opening: string;
  readonly nextLine: number;
  readonly firstLine: number;
}

/** Returns the usage error for a CSV text csv-parse refused: the file, the line and what is wrong. */
function csvError(error: CsvParseError, source: string, width: number, lineOf: (line: number) => number): InputError {
  const line = lineOf(error.lines ?? 0);
  const cells = error.record?.length ?? 0;
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && cells > width) {
    const extra = (error.record ?? []).findIndex((cell, c) => c >= width && cell.trim() !== '');
    const at = extra < 0 ? width : extra;
    return new InputError({ key: 'csvBeyondHeader', params: { source, line, column: columnName(at + 1), last: columnName(width), cells, width } });
  }
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    return new InputError({ key: 'csvCells', params: { source, line, cells, width } });
  }
  return new InputError({ key: 'csvInvalid', params: { source, line, reason: error.message.replace(/ on line \d+/, '').replace(/ at line (\d+)/, (_, n: string) => ` at line ${lineOf(Number(n))}`) } });
}

/**
 * Returns the rows of a CSV text, each with the line it starts on, skipping empty lines; a `;`
 * delimiter is used when the first line has semicolons and no commas (as spreadsheets write CSV in
 * locales with a decimal comma). A row with more or fewer cells than the first, or a quote where RFC
 * 4180 allows none, is an `InputError` naming the file and line (and the column of a stray value).
 * With a `part`, the text is a later part of a table, read after the table's opening, and rows and
 * errors are named by their lines in the whole file.
 *
 * @example
 * csvRows('id,title\nleak-test,"Leak test, 9 bar"\n', 'criteria.csv')
 * //=> [{ row: ['id', 'title'], line: 1 }, { row: ['leak-test', 'Leak test, 9 bar'], line: 2 }]
 */
export function csvRows(text: string, source: string, part?: CsvPart): CsvRow[] {
  const body = (part ? part.opening + text : text).replace(/^\uFEFF/, '');
  const lineOf = (line: number) => (part && line >= part.nextLine ? line - part.nextLine + part.firstLine : line);
  const delimiter = guessDelimiter(body);
  const firstLine = body.slice(0, Math.max(0, body.search(/\r?\n|$/)));
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: false,
      relax_quotes: false,
    }) as never;
  } catch (error) {
    const width = (parse(`${firstLine}\n`, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][])[0]?.length ?? 0;
    throw csvError(error as CsvParseError, source, width, lineOf);
  }
  return records.map(({ record, raw, info }) => ({
    row: record.map(unescapedCell),
    // `info.lines` is the line a record ends on; its raw text may start with the empty lines skipped before it.
    line: lineOf(info.lines) - (raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\r\n|\r|\n/g)?.length ?? 0),
  }));
}

/** Returns whether a row has no filled cell (a table's header is its first row with one).
 *
 * @example
 * blankRow(['', ' '])
 * //=> true
 */
export const blankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** Returns `;` when the first line has semicolons but no commas, else `,`.
 *
 * @example
 * guessDelimiter('criterion;value\n')
 * //=> ';'
 */
export function guessDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/**
 * Returns rows as CSV text with LF line ends; numbers by their shortest text, booleans as
 * `true`/`false`, fields quoted only when needed.
 *
 * @example
 * toCsv([['id', 'note'], ['a', 'x, y']])
 * //=> 'id,note\na,"x, y"\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const field = (value: string | number | boolean | null | undefined): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\n') + '\n';
}
