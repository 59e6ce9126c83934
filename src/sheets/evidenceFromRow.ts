import type { Criterion } from '../criteria/criterion.js';
import { criterionArgument } from '../criteria/criterionArgument.js';
import { closestName, createIssue, optionsIssues, ValidationError, valueText, type PathSegment } from '../errors/index.js';
import { parseProfile } from '../parse/parseProfile.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import * as z from 'zod/mini';
import { parseEvidence } from '../parse/parseEvidence.js';
import type { ParseResult } from '../parse/result.js';
import type { Evidence } from '../schema/evidence.js';
import type { Profile } from '../schema/profile.js';
import { cellText, columnName, isCell, isEmptyCell, notACellIssue, type Cell, type DateCells } from './cells.js';
import { SUPPLIER_FIELDS } from './evidenceFromSheets.js';
import { shortFormEntry } from './shortForms.js';
import { buildObject } from './sheetFields.js';
import { createSheetIssue, LocationMap, placeIssues, sheetIssue, type SheetIssue } from './sheetIssues.js';
import { headerKey, type CellLocation } from './sheetInput.js';
import { columnsByName, type RecordCell } from './sheetTable.js';
import { appendAll } from '../lists/appendAll.js';

/** Options of `evidenceFromRow`: the profile, how dates are read, and where the row is for messages. */
export interface RowReadOptions {
  readonly dates?: DateCells;
  /** The sheet's name (default `Suppliers`). */
  readonly sheet?: string;
  /** The 1-based sheet row of the header (default 1). */
  readonly headerRow?: number;
  /** The 1-based sheet row of the supplier's row (default 2). */
  readonly row?: number;
  /** The 1-based sheet column of the first cell (default 1). */
  readonly firstColumn?: number;
}

/**
 * Returns the evidence entry a single cell gives for a criterion, in the short forms of a supplier row:
 * measurement values separated by spaces or semicolons; audit points, several results, or `n/a`; a
 * certificate's expiry date, optionally after the standard held (`IATF 16949 2027-03-31`); a metric
 * value or `numerator/denominator`; a document status, optionally followed by its date; yes or no;
 * inspected lots as `lot size/inspected/nonconforming`, separated by spaces or semicolons, in the
 * order received (`1200/80/1; 1200/80/0`); a gauge study's measurements as `part:operator:trial:value`
 * (`1:Andi:1:1.2012; 1:Andi:2:1.2010`).
 * Throws a `ValidationError` when the criterion is not a criterion, the cell not a cell (see `isCell`)
 * or `dates` neither `'local'` nor `'utc'`.
 *
 * @example
 * entryFromCell(iso9001, new Date(2027, 2, 31))
 * //=> { criterion: 'iso-9001', standard: 'ISO 9001', expires: '2027-03-31' }
 */
export function entryFromCell(criterion: Criterion, cell: Cell, dates: DateCells = 'local'): Record<string, unknown> {
  const { criterion: checked, issues } = criterionArgument(criterion);
  if (!isCell(cell)) issues.push(notACellIssue(cell, ['cell']));
  if (dates !== 'local' && dates !== 'utc') issues.push(createIssue('invalid_value', ['dates'], { options: '"local", "utc"', received: valueText(dates) }));
  if (issues.length > 0 || !checked) throw new ValidationError(issues, 'cell');
  return shortFormEntry(checked, cell, dates);
}

/** The options `evidenceFromRow` reads. */
/** The supplier columns' keys by every header name they may carry. */
const SUPPLIER_BY_NAME = columnsByName(SUPPLIER_FIELDS);

const rowOptionsSchema = z.object({
  dates: z.optional(z.enum(['local', 'utc'])),
  sheet: z.optional(z.string()),
  headerRow: z.optional(z.int().check(z.minimum(1))),
  row: z.optional(z.int().check(z.minimum(1))),
  firstColumn: z.optional(z.int().check(z.minimum(1))),
});

/**
 * Returns the cells of a header or supplier row, adding a problem to `issues` when it is not a list
 * and for each value that is not a cell (see `isCell`), which is then read as empty.
 */
function cellsOf(list: unknown, name: string, at: CellLocation, firstColumn: number, issues: SheetIssue[]): Cell[] {
  if (!Array.isArray(list)) {
    issues.push(createSheetIssue('invalid_type', at, { expected: 'a row of cells', received: valueText(list) }, [name]));
    return [];
  }
  return Array.from(list, (cell: unknown, c): Cell => {
    if (isCell(cell)) return cell;
    issues.push(sheetIssue(notACellIssue(cell, [name, c]), { ...at, column: firstColumn + c }));
    return '';
  });
}

/**
 * Returns one supplier's evidence from a row of a supplier sheet: the header names the supplier
 * columns (supplier id, supplier name, region, audit date, auditor) and one column per criterion id;
 * each criterion cell holds the evidence in its short form (see `entryFromCell`); an empty cell is
 * missing evidence. Columns headed `#…` or empty are ignored; a header that is neither a supplier field
 * nor a criterion of the profile is a warning (`unknown_criterion` at the header cell), and a filled cell
 * under it an entry naming that id, so the evaluation warns of it as of the same entry in JSON evidence;
 * a value beyond the header's last filled cell is an error. A profile, header, row or options that are not what
 * they should be are problems of the result too. Never throws for bad input.
 *
 * @example
 * const read = evidenceFromRow(profile, ['supplier id', 'supplier name', 'audit date', 'leak-test'], ['IKM-0002', 'CV Maju Jaya Teknik', '2026-11-19', 'yes']);
 * read.success && read.data.entries
 * //=> [{ criterion: 'leak-test', value: true }]
 */
export function evidenceFromRow(
  profile: Profile,
  header: readonly Cell[],
  row: readonly Cell[],
  options: RowReadOptions = {},
): ParseResult<Evidence> {
  const optionProblems = optionsIssues(options);
  const given = optionProblems.length > 0 || options === undefined ? {} : options;
  appendAll(optionProblems, schemaIssues(rowOptionsSchema, given, ['options']));
  const read: RowReadOptions = optionProblems.length === 0 ? given : {};
  const dates = read.dates ?? 'local';
  const sheet = read.sheet ?? 'Suppliers';
  const firstColumn = read.firstColumn ?? 1;
  const rowNumber = read.row ?? 2;
  const headerRow = read.headerRow ?? 1;
  const fallback: CellLocation = { sheet, row: rowNumber };
  const issues: SheetIssue[] = optionProblems.map((issue) => sheetIssue(issue, fallback));
  const parsedProfile = parseProfile(profile);
  if (!parsedProfile.success) {
    appendAll(issues, parsedProfile.error.issues.map((issue) => sheetIssue(createIssue(issue.code, ['profile', ...issue.segments], issue.params), fallback)));
  }
  const headerCells = cellsOf(header, 'header', { sheet, row: headerRow }, firstColumn, issues);
  const rowCells = cellsOf(row, 'row', fallback, firstColumn, issues);
  let width = headerCells.length;
  while (width > 0 && isEmptyCell(headerCells[width - 1])) width--;
  rowCells.forEach((cell, c) => {
    if (c < width || isEmptyCell(cell)) return;
    const params = { column: columnName(firstColumn + c), last: width > 0 ? columnName(firstColumn + width - 1) : '-' };
    issues.push(createSheetIssue('extra_cell', { sheet, row: rowNumber, column: firstColumn + c }, params));
  });
  if (!parsedProfile.success) return { success: false, error: new ValidationError(issues, 'evidence') };
  const criteria = new Map(parsedProfile.data.categories.flatMap((category) => category.criteria.map((criterion) => [criterion.id, criterion] as const)));
  const map = new LocationMap();
  map.set([], fallback);
  const fields = new Map<string, RecordCell>();
  const entries: unknown[] = [];
  const warnings: SheetIssue[] = [];
  /** The positions of the entries of columns for criteria the profile does not have. */
  const unknown = new Set<number>();
  headerCells.forEach((headerCell, c) => {
    const name = cellText(headerCell);
    if (name === '' || name.startsWith('#')) return;
    const location: CellLocation = { sheet, row: rowNumber, column: firstColumn + c, header: name };
    const criterion = criteria.get(name);
    const field = criterion ? undefined : SUPPLIER_BY_NAME.get(headerKey(name));
    if (!criterion && !field) {
      // As for an entry of JSON evidence: a warning (the profile's criteria without a column are missing evidence).
      const suggestion = closestName(name, criteria.keys());
      warnings.push(createSheetIssue('unknown_criterion', { ...location, row: headerRow }, { id: name, ...(suggestion ? { suggestion } : {}) }));
    }
    const cell = rowCells[c];
    if (isEmptyCell(cell)) return;
    if (field) {
      fields.set(field, { cell, location });
      return;
    }
    const at: PathSegment[] = ['entries', entries.length];
    map.set(at, location);
    if (criterion) {
      entries.push(shortFormEntry(criterion, cell, dates));
      return;
    }
    // A filled cell of such a column is an entry naming it, as in JSON evidence: the evaluation warns of it
    // at the same path. Its cell is not read (no kind says how); the column's warning above stands for it.
    unknown.add(entries.length);
    entries.push({ criterion: name });
  });
  const evidence = buildObject(fields, SUPPLIER_FIELDS, [], map, dates);
  evidence.entries = entries;
  const parsed = parseEvidence(evidence, { profile: parsedProfile.data });
  if (!parsed.success) appendAll(issues, placeIssues(parsed.error.issues, map, fallback));
  if (issues.length > 0 || !parsed.success) return { success: false, error: new ValidationError(issues, 'evidence') };
  const entryWarnings = parsed.warnings.filter((warning) => !(warning.code === 'unknown_criterion' && unknown.has(warning.segments[1] as number)));
  return { success: true, data: parsed.data, warnings: [...warnings, ...placeIssues(entryWarnings, map, fallback)] };
}
