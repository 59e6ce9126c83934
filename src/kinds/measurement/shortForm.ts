import type { ShortForm } from '../sheetCells.js';
import type { MeasurementCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const measurementShortForm: ShortForm<MeasurementCriterion> = {
  read: (criterion, { cell, tokens, dates }, c) => ({
    criterion: criterion.id,
    values: typeof cell === 'number' ? [cell] : c.isDate(cell) ? [c.numeric(cell, dates)] : tokens,
  }),
  carries: ['criterion', 'values'],
  write: (entry, refuse, c) => {
    const values = entry.values as unknown[];
    if (values.some(Array.isArray)) refuse(['values'], 'field');
    // No values at all is evidence (a measurement without values), not the empty cell of missing evidence.
    if (values.length === 0) refuse(['values'], 'empty');
    return values.length === 1 && typeof values[0] === 'number' ? values[0] : values.map((value, i) => c.token(value, ['values', i], refuse)).join(' ');
  },
};
