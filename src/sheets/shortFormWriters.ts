import type { CriterionKind } from '../criteria/criterion.js';
import type { PathSegment } from '../errors/index.js';
import type { OutputCell } from './outputRows.js';
import { kindOf } from '../kinds/registry.js';
import type { Refuse } from '../kinds/sheetCells.js';
import { SHEET_CELLS } from './shortFormCells.js';

type Entry = Record<string, unknown>;

/** A value a short form cannot carry: the path of the field in the entry and why. */
export interface Refusal {
  readonly path: readonly PathSegment[];
  readonly reason: 'field' | 'whitespace' | 'separator' | 'empty';
}

/**
 * Returns the cell of an entry in its criterion's short form, or the refusals of the fields a cell
 * cannot carry (a note, a certificate's number, subgroups, a lot's id, …).
 *
 * @example
 * shortFormCell('check', { criterion: 'leak-test', value: true })
 * //=> { cell: true, refusals: [] }
 */
export function shortFormCell(kind: CriterionKind, entry: Entry): { cell: OutputCell; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const refuse: Refuse = (path, reason) => refusals.push({ path, reason });
  const form = kindOf(kind).shortForm;
  for (const [key, value] of Object.entries(entry)) if (value !== undefined && !form.carries.includes(key)) refuse([key], 'field');
  const cell = form.write(entry, refuse, SHEET_CELLS);
  return { cell, refusals };
}
