import type { ShortForm } from '../sheetCells.js';
import type { MetricCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const metricShortForm: ShortForm<MetricCriterion> = {
  read: (criterion, { cell, text, dates }, c) => {
    const ratio = /^(.+?)\s*\/\s*(.+)$/.exec(text);
    return ratio && typeof cell === 'string'
      ? { criterion: criterion.id, numerator: ratio[1], denominator: ratio[2] }
      : { criterion: criterion.id, value: c.numeric(cell, dates) };
  },
  carries: ['criterion', 'value', 'numerator', 'denominator'],
  write: (entry, refuse, c) => {
    if (entry.value !== undefined) {
      if (entry.numerator !== undefined) refuse(['numerator'], 'field');
      if (entry.denominator !== undefined) refuse(['denominator'], 'field');
      return typeof entry.value === 'number' ? entry.value : c.token(entry.value, ['value'], refuse);
    }
    if (entry.numerator === undefined || entry.denominator === undefined) refuse([entry.numerator === undefined ? 'numerator' : 'denominator'], 'empty');
    return `${c.token(entry.numerator, ['numerator'], refuse)}/${c.token(entry.denominator, ['denominator'], refuse)}`;
  },
};
