import type { ShortForm } from '../sheetCells.js';
import type { DocumentCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const documentShortForm: ShortForm<DocumentCriterion> = {
  read: (criterion, { cell, text, dates }, c) => {
    if (c.isDate(cell)) return { criterion: criterion.id, status: '', date: c.date(cell, dates) };
    const match = c.dateAtEnd.exec(text);
    return match ? { criterion: criterion.id, status: match[1], date: match[2] } : { criterion: criterion.id, status: text };
  },
  carries: ['criterion', 'status', 'date'],
  write: (entry, refuse, c) => {
    const status = c.leading(entry.status, ['status'], refuse);
    return entry.date === undefined ? status : `${status} ${String(entry.date)}`;
  },
};
