import type { ShortForm } from '../sheetCells.js';
import type { CheckCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const checkShortForm: ShortForm<CheckCriterion> = {
  read: (criterion, { cell, dates }, c) => ({ criterion: criterion.id, value: c.boolean(cell) ?? c.numeric(cell, dates) }),
  carries: ['criterion', 'value'],
  write: (entry) => entry.value as boolean,
};
