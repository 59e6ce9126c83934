import { valueText } from '../errors/index.js';
import type { CellLocation } from './sheetInput.js';
import { createSheetIssue, type SheetIssue } from './sheetIssues.js';

/**
 * Returns the problem of a reader's `sheets` argument that is not an object of sheets, placed at `at`;
 * none when it is one.
 *
 * @example
 * sheetsArgumentIssues(null, { sheet: 'Criteria', row: 1 })[0].message
 * //=> 'Expected an object of sheets, got null.'
 */
export function sheetsArgumentIssues(sheets: unknown, at: CellLocation): SheetIssue[] {
  if (sheets !== null && typeof sheets === 'object' && !Array.isArray(sheets)) return [];
  return [createSheetIssue('invalid_type', at, { expected: 'an object of sheets', received: valueText(sheets) }, ['sheets'])];
}
