import type { Criterion } from '../criteria/criterion.js';
import { kindOf } from '../kinds/registry.js';
import { cellText, isDateCell, type Cell, type DateCells } from './cells.js';
import { SHEET_CELLS } from './shortFormCells.js';

type Entry = Record<string, unknown>;

/**
 * Returns the evidence entry a cell gives for a parsed criterion in its kind's short form (its
 * `Kind.shortForm`), unchecked: the schema then checks it.
 *
 * @example
 * shortFormEntry(leakTest, 'yes', 'local')
 * //=> { criterion: 'leak-test', value: true }
 */
export function shortFormEntry(criterion: Criterion, cell: Cell, dates: DateCells): Entry {
  const text = isDateCell(cell) ? '' : cellText(cell);
  const tokens = text.split(/[\s;]+/).filter((item) => item !== '');
  return kindOf(criterion.kind).shortForm.read(criterion, { cell, text, tokens, dates }, SHEET_CELLS);
}
