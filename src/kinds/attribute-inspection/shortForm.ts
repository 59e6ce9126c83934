import type { ShortForm } from '../sheetCells.js';
import type { AttributeInspectionCriterion } from './schema.js';

type Entry = Record<string, unknown>;

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const attributeInspectionShortForm: ShortForm<AttributeInspectionCriterion> = {
  read: (criterion, { tokens }, c) => ({
    criterion: criterion.id,
    lots: tokens.map((item) => {
      const [lotSize, inspected, nonconforming] = item.split('/').map((part) => c.integer(part));
      return { lotSize: lotSize ?? '', inspected: inspected ?? '', nonconforming: nonconforming ?? '' };
    }),
  }),
  carries: ['criterion', 'lots'],
  write: (entry, refuse) =>
    (entry.lots as Entry[])
      .map((lot, i) => {
        for (const key of Object.keys(lot)) if (!['lotSize', 'inspected', 'nonconforming'].includes(key)) refuse(['lots', i, key], 'field');
        return `${String(lot.lotSize)}/${String(lot.inspected)}/${String(lot.nonconforming)}`;
      })
      .join('; '),
};
