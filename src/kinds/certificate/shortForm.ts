import type { ShortForm } from '../sheetCells.js';
import type { CertificateCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const certificateShortForm: ShortForm<CertificateCriterion> = {
  read: (criterion, { cell, text, dates }, c) => {
    const date = c.date(cell, dates);
    if (date !== undefined) return { criterion: criterion.id, standard: criterion.standard, expires: date };
    const match = c.dateAtEnd.exec(text);
    return { criterion: criterion.id, standard: match?.[1] || criterion.standard, expires: match ? match[2] : text };
  },
  carries: ['criterion', 'standard', 'expires'],
  write: (entry, refuse, c) => `${c.leading(entry.standard, ['standard'], refuse)} ${String(entry.expires)}`,
};
