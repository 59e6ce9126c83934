import { closestName } from '../errors/index.js';
import { cellText, columnName, isEmptyCell, type Cell } from './cells.js';
import { createSheetIssue, type SheetIssue } from './sheetIssues.js';
import { headerKey, isEmptyRow, type CellLocation, type Sheet } from './sheetInput.js';

/** A column a sheet may have: the field it fills and the other header names it is known by (compared by `headerKey`). */
export interface ColumnSpec {
  readonly key: string;
  readonly names?: readonly string[];
}

/** A filled cell of a record, with where it is. */
export interface RecordCell {
  readonly cell: Cell;
  readonly location: CellLocation;
}

/** One non-empty row of a table: its location and its filled cells by field. */
export interface TableRecord {
  readonly location: CellLocation;
  readonly cells: ReadonlyMap<string, RecordCell>;
}

/** A table read from a sheet: the header's location and the records. */
export interface Table {
  readonly header: CellLocation;
  readonly records: readonly TableRecord[];
  /** The fields that have a column. */
  readonly fields: ReadonlySet<string>;
}

/**
 * Returns each column's key by every header name it may carry (its key and its other names, compared
 * as headers are: case, spaces and punctuation aside).
 *
 * @example
 * columnsByName([{ key: 'auditDate', names: ['audit date'] }]).get(headerKey('Audit date'))
 * //=> 'auditDate'
 */
export function columnsByName(columns: readonly ColumnSpec[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const spec of columns) for (const name of [spec.key, ...(spec.names ?? [])]) byName.set(headerKey(name), spec.key);
  return byName;
}

/**
 * Returns the index of the header row: the first row with a filled cell, or -1 when the sheet is empty.
 *
 * @example
 * headerRowIndex({ name: 'Checks', rows: [[], ['criterion', 'value']], firstRow: 1, firstColumn: 1 })
 * //=> 1
 */
export function headerRowIndex(sheet: Sheet): number {
  return sheet.rows.findIndex((row) => !isEmptyRow(row));
}

/**
 * Returns the records of a table sheet: the first non-empty row is the header, each later non-empty row
 * a record. Headers are matched by `headerKey`; a column whose header is empty or starts with `#` is a
 * comment column and ignored. Unknown and repeated headers are reported, and so is a value beyond the
 * header's last filled cell (`extra_cell`), which no column would read.
 *
 * @example
 * readTable(sheet, [{ key: 'criterion' }, { key: 'value', names: ['answer'] }], issues).records[0].cells.get('value')?.cell
 * //=> 'yes'
 */
export function readTable(sheet: Sheet, columns: readonly ColumnSpec[], issues: SheetIssue[]): Table {
  const index = headerRowIndex(sheet);
  const header: CellLocation = { sheet: sheet.name, row: sheet.firstRow + Math.max(index, 0) };
  if (index < 0) {
    issues.push(createSheetIssue('empty_sheet', header));
    return { header, records: [], fields: new Set() };
  }
  const byName = columnsByName(columns);
  const fieldAt: (string | undefined)[] = [];
  const seen = new Map<string, string>();
  (sheet.rows[index] as readonly Cell[]).forEach((cell, c) => {
    const text = cellText(cell);
    if (text === '' || text.startsWith('#')) return;
    const location: CellLocation = { ...header, column: sheet.firstColumn + c, header: text };
    const field = byName.get(headerKey(text));
    if (field === undefined) {
      const known = columns.map((spec) => spec.key);
      const suggestion = closestName(text, known);
      issues.push(createSheetIssue('unknown_column', location, { header: text, known: known.join(', '), ...(suggestion ? { suggestion } : {}) }));
      return;
    }
    const first = seen.get(field);
    if (first !== undefined) {
      issues.push(createSheetIssue('duplicate_column', location, { header: text, first }));
      return;
    }
    seen.set(field, columnName(sheet.firstColumn + c));
    fieldAt[c] = field;
  });
  const headerCells = sheet.rows[index] as readonly Cell[];
  let width = headerCells.length;
  while (width > 0 && isEmptyCell(headerCells[width - 1])) width--;
  const records: TableRecord[] = [];
  for (let r = index + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] as readonly Cell[];
    if (isEmptyRow(row)) continue;
    const location: CellLocation = { sheet: sheet.name, row: sheet.firstRow + r };
    const cells = new Map<string, RecordCell>();
    row.forEach((cell, c) => {
      if (c >= width && !isEmptyCell(cell)) {
        const last = columnName(sheet.firstColumn + width - 1);
        issues.push(createSheetIssue('extra_cell', { ...location, column: sheet.firstColumn + c }, { column: columnName(sheet.firstColumn + c), last }));
        return;
      }
      const field = fieldAt[c];
      if (field === undefined || isEmptyCell(cell)) return;
      cells.set(field, { cell, location: { ...location, column: sheet.firstColumn + c, header: cellText(sheet.rows[index]?.[c]) } });
    });
    records.push({ location, cells });
  }
  return { header, records, fields: new Set(fieldAt.filter((f): f is string => f !== undefined)) };
}

/**
 * Returns the fields of a two-column sheet (field name, value), as `Profile` and `Supplier` sheets are
 * written: one field per row, the name in the first filled column and the value in the next (a value
 * further right is an `extra_cell` problem). A first row headed `field` is a header and skipped.
 *
 * @example
 * readFields(sheet, SUPPLIER_FIELDS, issues).get('supplierId')?.cell
 * //=> 'IKM-0002'
 */
export function readFields(sheet: Sheet, columns: readonly ColumnSpec[], issues: SheetIssue[]): Map<string, RecordCell> {
  const byName = columnsByName(columns);
  const fields = new Map<string, RecordCell>();
  sheet.rows.forEach((row, r) => {
    const c = row.findIndex((cell) => !isEmptyCell(cell));
    if (c < 0) return;
    const name = cellText(row[c]);
    if (name.startsWith('#') || (r === 0 && headerKey(name) === 'field')) return;
    const location: CellLocation = { sheet: sheet.name, row: sheet.firstRow + r, column: sheet.firstColumn + c, header: name };
    const field = byName.get(headerKey(name));
    if (field === undefined) {
      issues.push(createSheetIssue('unrecognized_key', location, { key: name }));
      return;
    }
    for (let extra = c + 2; extra < row.length; extra++) {
      if (isEmptyCell(row[extra])) continue;
      const at = { sheet: sheet.name, row: sheet.firstRow + r, column: sheet.firstColumn + extra };
      issues.push(createSheetIssue('extra_cell', at, { column: columnName(sheet.firstColumn + extra), last: columnName(sheet.firstColumn + c + 1) }));
    }
    const value = row[c + 1];
    if (isEmptyCell(value)) return;
    fields.set(field, { cell: value, location: { ...location, column: sheet.firstColumn + c + 1 } });
  });
  return fields;
}
