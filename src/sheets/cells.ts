import { addDays } from 'date-fns/addDays';
import { utc } from '@date-fns/utc';
import { calendarDateOf, isCalendarDate, type CalendarDate } from '../dates/calendarDate.js';
import { utcDateOf } from '../dates/utcDate.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { createIssue, ValidationError, valueText } from '../errors/index.js';
import * as z from 'zod/mini';

/**
 * One cell as a spreadsheet script receives it (`range.getValues()`): a number, a text, a boolean, a
 * `Date`, or an empty cell (`''`, `null` or `undefined`).
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** A block of cells: rows of cells, the first row usually the header. */
export type Grid = readonly (readonly Cell[])[];

/**
 * How `Date` cells are read as calendar dates.
 * - `'local'` (default): the date's local calendar fields (`getFullYear`, `getMonth`, `getDate`). A
 *   spreadsheet script host builds a date cell as midnight in the script's time zone, so these fields
 *   are the day shown in the cell, whatever the time zone.
 * - `'utc'`: the date's UTC fields (`getUTCFullYear`, …), for libraries that build date cells as
 *   midnight UTC (exceljs, SheetJS with `UTC: true`).
 * Either way the time of day is ignored and the process time zone cannot shift the day.
 */
export type DateCells = 'local' | 'utc';

/** Returns whether a cell is empty: `null`, `undefined`, or a text of white space only.
 *
 * @example
 * isEmptyCell('  ')
 * //=> true
 */
export function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Returns whether a value is a `Date` (also one made in another realm, as script hosts may pass).
 *
 * @example
 * isDateCell(new Date(2026, 10, 28))
 * //=> true
 */
export function isDateCell(cell: unknown): cell is Date {
  if (cell === null || typeof cell !== 'object') return false;
  try {
    Date.prototype.getTime.call(cell);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the column letters of a 1-based column number, as spreadsheets name columns.
 * Throws a `ValidationError` when the column is not a whole number.
 *
 * @example
 * columnName(28)
 * //=> 'AB'
 */
export function columnName(column: number): string {
  const issues = schemaIssues(z.int(), column, ['column']);
  if (issues.length > 0) throw new ValidationError(issues, 'column');
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Returns the 1-based row and column of an A1 reference such as `B3` (`$B$3` and lower case work too),
 * or `undefined` when the text is not one.
 * Throws a `ValidationError` when the reference is not a text.
 *
 * @example
 * parseA1('C12')
 * //=> { row: 12, column: 3 }
 */
export function parseA1(reference: string): { row: number; column: number } | undefined {
  const issues = schemaIssues(z.string(), reference, ['reference']);
  if (issues.length > 0) throw new ValidationError(issues, 'reference');
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(reference.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/**
 * Returns an A1-style reference to a cell (or to a whole row when `column` is omitted), with the sheet
 * name quoted as spreadsheets do when it is not a plain word.
 * Throws a `ValidationError` when the sheet name is not a text or the row or column not a whole number of 1 or more.
 *
 * @example
 * cellReference('Audit answers', 7, 3)
 * //=> "'Audit answers'!C7"
 */
export function cellReference(sheet: string, row: number, column?: number): string {
  const issues = [
    ...schemaIssues(z.string(), sheet, ['sheet']),
    ...schemaIssues(z.int().check(z.minimum(1)), row, ['row']),
    ...schemaIssues(z.optional(z.int().check(z.minimum(1))), column, ['column']),
  ];
  if (issues.length > 0) throw new ValidationError(issues, 'cell reference');
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return column === undefined ? `${name}!${row}:${row}` : `${name}!${columnName(column)}${row}`;
}

/**
 * Returns whether a value is a cell as a spreadsheet host gives it: a text, a number, a boolean, a
 * `Date`, or empty (`null`, `undefined`). Anything else (a list, an object, a symbol) is not a cell.
 *
 * @example
 * isCell({ value: 1 })
 * //=> false
 */
export function isCell(value: unknown): value is Cell {
  return value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value) || isDateCell(value);
}

/**
 * Returns the issue of a value that is not a cell (see `isCell`) at a path, for a caller's argument.
 *
 * @example
 * notACellIssue([1, 2], ['lang']).message
 * //=> 'Expected a cell (a text, number, true or false, date or nothing), got a list.'
 */
export function notACellIssue(value: unknown, segments: readonly (string | number)[]) {
  return createIssue('invalid_type', segments, {
    expected: 'a cell (a text, number, true or false, date or nothing)',
    received: valueText(value),
  });
}

/**
 * Returns the text of a cell for identifiers and free text: trimmed text, a number by its shortest
 * round-trip text, `TRUE`/`FALSE` for a boolean, `''` for an empty cell. Dates are read with `cellDate`.
 * Throws a `ValidationError` when the value is not a cell (see `isCell`).
 *
 * @example
 * cellText(3.2)
 * //=> '3.2'
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  if (!isCell(cell)) throw new ValidationError([notACellIssue(cell, ['cell'])], 'cell');
  return Date.prototype.toString.call(cell);
}

/** The day 1899-12-30, from which spreadsheet serial dates count. */
const SERIAL_EPOCH = utcDateOf('1899-12-30');

/**
 * Returns the calendar date a cell names, or `undefined` when it names none: a `Date` by its calendar
 * fields (see `DateCells`), a `YYYY-MM-DD` text, or a spreadsheet serial day number (days since
 * 1899-12-30, as Excel and Google Sheets store dates; the fraction, a time of day, is ignored).
 *
 * @example
 * cellDate(new Date(2026, 10, 28))
 * //=> '2026-11-28'
 * cellDate(46354)
 * //=> '2026-11-28'
 */
export function cellDate(cell: Cell, dates: DateCells = 'local'): CalendarDate | undefined {
  if (isDateCell(cell)) {
    // The cell's instant in a Date of this realm: a cell's own `getTime` or `constructor` is never called.
    const time = Date.prototype.getTime.call(cell);
    if (Number.isNaN(time)) return undefined;
    const date = new Date(time);
    return calendarDateOf(dates === 'local' ? date : utc(date));
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return undefined;
    return calendarDateOf(addDays(SERIAL_EPOCH, Math.floor(cell), { in: utc }));
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    return isCalendarDate(text) ? text : undefined;
  }
  return undefined;
}

const YES = new Set(['true', 'yes', 'y', 'ya', 'x', '1', 'benar']);
const NO = new Set(['false', 'no', 'n', 'tidak', '0', 'salah']);

/**
 * Returns the boolean a cell means, or `undefined` when it is not a clear yes or no: a checkbox
 * (boolean), `1`/`0`, or the words true/false, yes/no, y/n, x (ticked), ya/tidak, benar/salah.
 *
 * @example
 * cellBoolean('Ya')
 * //=> true
 */
export function cellBoolean(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const word = cell.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

/**
 * Returns the items of a list cell: the text split at commas, semicolons or line breaks, each
 * trimmed, empty items dropped. A number is a list of one.
 * Throws a `ValidationError` when the value is not a cell (see `isCell`).
 *
 * @example
 * cellList('IATF 16949; ISO 9001:2015')
 * //=> ['IATF 16949', 'ISO 9001:2015']
 */
export function cellList(cell: Cell): string[] {
  if (isEmptyCell(cell)) return [];
  if (typeof cell !== 'string') return [cellText(cell)];
  return cell
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Returns the number or decimal text of a numeric cell as the library's schemas accept it: a number as
 * it is, a text trimmed, a `Date` as its calendar date (which the schema then reports as not a number).
 *
 * @example
 * cellNumeric(' 6.55 ')
 * //=> '6.55'
 */
export function cellNumeric(cell: Cell, dates: DateCells = 'local'): number | string | boolean {
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (isDateCell(cell)) return cellDate(cell, dates) ?? 'an invalid date';
  return cellText(cell);
}

/**
 * Returns a whole number cell as a number when it is one (`'12'` gives 12), else the cell's value as
 * the schema should see it, so it reports the problem.
 *
 * @example
 * cellInteger('12')
 * //=> 12
 */
export function cellInteger(cell: Cell, dates: DateCells = 'local'): number | string | boolean {
  const value = cellNumeric(cell, dates);
  return typeof value === 'string' && /^[+-]?\d{1,15}$/.test(value) ? Number(value) : value;
}
