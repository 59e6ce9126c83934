import type { Criterion, CriterionKind } from '../criteria/criterion.js';
import { cellBoolean, cellDate, cellInteger, cellNumeric, cellText, isDateCell, type Cell, type DateCells } from './cells.js';
import { headerKey } from './sheetInput.js';

/** Texts that mark a question not applicable, in `headerKey` form: n/a, N.A., not applicable, t/b, tidak berlaku. */
export const NOT_APPLICABLE = new Set(['na', 'notapplicable', 'tb', 'tidakberlaku']);

export const DATE_AT_END = /^(.*?)\s*(\d{4}-\d{2}-\d{2})$/;

type Entry = Record<string, unknown>;

/** What a cell holds, read in its parts: the text and its tokens (separated by spaces or semicolons). */
interface CellParts {
  readonly cell: Cell;
  readonly text: string;
  readonly tokens: readonly string[];
  readonly dates: DateCells;
}

/** How a cell in the short form of one kind's evidence is read into an entry (written by `SHORT_FORM_WRITERS`). */
interface ShortForm<K extends CriterionKind> {
  read(criterion: Extract<Criterion, { kind: K }>, parts: CellParts): Entry;
}

/**
 * The short form of every criterion kind. A kind without its short form is a compile error.
 * measurement: values separated by spaces or semicolons; audit-question: points, several results, or
 * `n/a`; certificate: the expiry date, or the standard held and the date; metric: a value or
 * `numerator/denominator`; document: the status, optionally followed by its date; check: yes or no;
 * attribute-inspection: lots as `lot size/inspected/nonconforming` in the order received;
 * gauge-study: measurements as `part:operator:trial:value` (the trial may be empty).
 */
export const SHORT_FORMS: { readonly [K in CriterionKind]: ShortForm<K> } = {
  measurement: {
    read: (criterion, { cell, tokens, dates }) => ({
      criterion: criterion.id,
      values: typeof cell === 'number' ? [cell] : isDateCell(cell) ? [cellNumeric(cell, dates)] : tokens,
    }),
  },
  'audit-question': {
    read: (criterion, { cell, text, tokens, dates }) => {
      if (NOT_APPLICABLE.has(headerKey(text)) && text !== '') return { criterion: criterion.id, notApplicable: true };
      if (tokens.length > 1) return { criterion: criterion.id, results: tokens.map((item) => cellInteger(item)) };
      return { criterion: criterion.id, points: cellInteger(cell, dates) };
    },
  },
  certificate: {
    read: (criterion, { cell, text, dates }) => {
      const date = cellDate(cell, dates);
      if (date !== undefined) return { criterion: criterion.id, standard: criterion.standard, expires: date };
      const match = DATE_AT_END.exec(text);
      return { criterion: criterion.id, standard: match?.[1] || criterion.standard, expires: match ? match[2] : text };
    },
  },
  metric: {
    read: (criterion, { cell, text, dates }) => {
      const ratio = /^(.+?)\s*\/\s*(.+)$/.exec(text);
      return ratio && typeof cell === 'string'
        ? { criterion: criterion.id, numerator: ratio[1], denominator: ratio[2] }
        : { criterion: criterion.id, value: cellNumeric(cell, dates) };
    },
  },
  document: {
    read: (criterion, { cell, text, dates }) => {
      if (isDateCell(cell)) return { criterion: criterion.id, status: '', date: cellDate(cell, dates) };
      const match = DATE_AT_END.exec(text);
      return match ? { criterion: criterion.id, status: match[1], date: match[2] } : { criterion: criterion.id, status: text };
    },
  },
  check: {
    read: (criterion, { cell, dates }) => ({ criterion: criterion.id, value: cellBoolean(cell) ?? cellNumeric(cell, dates) }),
  },
  'attribute-inspection': {
    read: (criterion, { tokens }) => ({
      criterion: criterion.id,
      lots: tokens.map((item) => {
        const [lotSize, inspected, nonconforming] = item.split('/').map((part) => cellInteger(part));
        return { lotSize: lotSize ?? '', inspected: inspected ?? '', nonconforming: nonconforming ?? '' };
      }),
    }),
  },
  'gauge-study': {
    read: (criterion, { tokens }) => ({
      criterion: criterion.id,
      measurements: tokens.map((item) => {
        const [part, operator, trial, value] = item.split(':');
        return { part: part ?? '', operator: operator ?? '', ...(trial ? { trial: cellInteger(trial) } : {}), value: value ?? '' };
      }),
    }),
  },
};

/**
 * Returns the evidence entry a cell gives for a parsed criterion in its kind's short form (see
 * `SHORT_FORMS`), unchecked: the schema then checks it.
 *
 * @example
 * shortFormEntry(leakTest, 'yes', 'local')
 * //=> { criterion: 'leak-test', value: true }
 */
export function shortFormEntry(criterion: Criterion, cell: Cell, dates: DateCells): Entry {
  const text = isDateCell(cell) ? '' : cellText(cell);
  const tokens = text.split(/[\s;]+/).filter((item) => item !== '');
  const form = SHORT_FORMS[criterion.kind] as ShortForm<CriterionKind>;
  return form.read(criterion as never, { cell, text, tokens, dates });
}
