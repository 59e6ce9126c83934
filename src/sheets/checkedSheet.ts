import { valueText, type PathSegment } from '../errors/index.js';
import { isCell, notACellIssue, parseA1, type Cell } from './cells.js';
import { createSheetIssue, sheetIssue, type SheetIssue } from './sheetIssues.js';
import type { Sheet } from './sheetInput.js';

/**
 * Returns a sheet ready to read from what a caller gave (its rows, or `{ name, values, origin }`), or
 * `undefined` when it is not a list of rows. Each problem is added to `issues` at the sheet, row and
 * column it concerns, with `source` the argument's path (e.g. `criteria.origin`): a name that is not a
 * text, an origin that is not an A1 reference, a value that is not a list of rows, and every value
 * that is not a cell (see `isCell`), which is then read as an empty cell. Rows that are not lists, and
 * holes in sparse lists, are read as empty.
 *
 * @example
 * checkedSheet({ name: 'Criteria', values: [['id'], [{}]], origin: 'B3' }, 'Criteria', ['criteria'], issues).rows
 * //=> [['id'], ['']]   (issues: Criteria!B4: Expected a cell …, got an object.)
 */
export function checkedSheet(input: unknown, defaultName: string, path: readonly PathSegment[], issues: SheetIssue[]): Sheet | undefined {
  const given = Array.isArray(input) ? { values: input as unknown } : input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : undefined;
  const { name, values, origin } = given ?? {};
  const sheetName = typeof name === 'string' ? name : defaultName;
  const place = typeof origin === 'string' ? parseA1(origin) : undefined;
  const firstRow = place?.row ?? 1;
  const firstColumn = place?.column ?? 1;
  const at = { sheet: sheetName, row: firstRow };
  if (name != null && typeof name !== 'string') {
    issues.push(createSheetIssue('invalid_type', at, { expected: 'a sheet name (a text)', received: valueText(name) }, [...path, 'name']));
  }
  if (origin != null && !place) {
    issues.push(
      createSheetIssue('invalid_type', at, { expected: 'an A1 reference such as B3', received: valueText(origin) }, [...path, 'origin']),
    );
  }
  if (!Array.isArray(values)) {
    issues.push(createSheetIssue('invalid_type', at, { expected: 'a range of rows', received: valueText(given ? values : input) }, given && !Array.isArray(input) ? [...path, 'values'] : path));
    return undefined;
  }
  const rows = Array.from(values, (row: unknown, r) =>
    Array.isArray(row)
      ? Array.from(row, (cell: unknown, c): Cell => {
          if (isCell(cell)) return cell;
          issues.push(sheetIssue(notACellIssue(cell, [...path, r, c]), { sheet: sheetName, row: firstRow + r, column: firstColumn + c }));
          return '';
        })
      : [],
  );
  return { name: sheetName, rows, firstRow, firstColumn };
}
