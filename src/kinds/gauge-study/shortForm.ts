import type { ShortForm } from '../sheetCells.js';
import type { GaugeStudyCriterion } from './schema.js';

type Entry = Record<string, unknown>;

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const gaugeStudyShortForm: ShortForm<GaugeStudyCriterion> = {
  read: (criterion, { tokens }, c) => ({
    criterion: criterion.id,
    measurements: tokens.map((item) => {
      // Whatever follows the third colon is the value, so a fourth colon makes a value the schema refuses.
      const [part, operator, trial, ...value] = item.split(':');
      return { part: part ?? '', operator: operator ?? '', ...(trial ? { trial: c.integer(trial) } : {}), value: value.join(':') };
    }),
  }),
  carries: ['criterion', 'measurements'],
  write: (entry, refuse, c) =>
    (entry.measurements as Entry[])
      .map((row, i) => {
        for (const key of Object.keys(row)) if (!['part', 'operator', 'trial', 'value'].includes(key)) refuse(['measurements', i, key], 'field');
        const name = (key: 'part' | 'operator') => {
          const text = c.token(row[key], ['measurements', i, key], refuse);
          if (text.includes(':')) refuse(['measurements', i, key], 'separator');
          return text;
        };
        return `${name('part')}:${name('operator')}:${row.trial === undefined ? '' : String(row.trial)}:${c.token(row.value, ['measurements', i, 'value'], refuse)}`;
      })
      .join('; '),
};
