import type { CriterionKind } from '../criteria/criterion.js';
import type { PathSegment } from '../errors/index.js';
import type { OutputCell } from './outputRows.js';
import { DATE_AT_END } from './shortForms.js';

type Entry = Record<string, unknown>;

/** A value a short form cannot carry: the path of the field in the entry and why. */
export interface Refusal {
  readonly path: readonly PathSegment[];
  readonly reason: 'field' | 'whitespace' | 'separator' | 'empty';
}

type Refuse = (path: readonly PathSegment[], reason: Refusal['reason']) => void;

/** How an entry is written in its kind's short form (read by `SHORT_FORMS`), and which fields a cell carries. */
interface ShortFormWriter {
  /** The fields of an entry the cell carries; any other field is refused. */
  readonly carries: readonly string[];
  write(entry: Entry, refuse: Refuse): OutputCell;
}

/** Returns a text as a token of a cell: refused when empty, padded or holding a separator. */
const token = (value: unknown, path: readonly PathSegment[], refuse: Refuse): string => {
  const text = String(value);
  if (text === '') refuse(path, 'empty');
  else if (text.trim() !== text) refuse(path, 'whitespace');
  else if (/[\s;]/.test(text)) refuse(path, 'separator');
  return text;
};

/** Returns a leading text of a cell (a certificate's standard, a document's status): refused when padded or empty. */
const leading = (value: unknown, path: readonly PathSegment[], refuse: Refuse): string => {
  const text = String(value);
  if (text === '') refuse(path, 'empty');
  else if (text.trim() !== text) refuse(path, 'whitespace');
  else if (DATE_AT_END.test(text)) refuse(path, 'separator');
  return text;
};

/** The short-form writer of every criterion kind (docs/sheets.md, "A supplier per row"). A kind without one is a compile error. */
export const SHORT_FORM_WRITERS: { readonly [K in CriterionKind]: ShortFormWriter } = {
  measurement: {
    carries: ['criterion', 'values'],
    write: (entry, refuse) => {
      const values = entry.values as unknown[];
      if (values.some(Array.isArray)) refuse(['values'], 'field');
      // No values at all is evidence (a measurement without values), not the empty cell of missing evidence.
      if (values.length === 0) refuse(['values'], 'empty');
      return values.length === 1 && typeof values[0] === 'number' ? values[0] : values.map((value, i) => token(value, ['values', i], refuse)).join(' ');
    },
  },
  'audit-question': {
    carries: ['criterion', 'points', 'results', 'notApplicable'],
    write: (entry, refuse) => {
      const given = ['points', 'results', 'notApplicable'].filter((key) => entry[key] !== undefined);
      if (given.length > 1) refuse([given[1] as string], 'field');
      if (entry.notApplicable === true) return 'n/a';
      if (entry.notApplicable === false) refuse(['notApplicable'], 'field');
      if (Array.isArray(entry.results)) return entry.results.length === 1 ? (refuse(['results'], 'field'), '') : entry.results.join(' ');
      return entry.points as number;
    },
  },
  certificate: {
    carries: ['criterion', 'standard', 'expires'],
    write: (entry, refuse) => `${leading(entry.standard, ['standard'], refuse)} ${String(entry.expires)}`,
  },
  metric: {
    carries: ['criterion', 'value', 'numerator', 'denominator'],
    write: (entry, refuse) => {
      if (entry.value !== undefined) {
        if (entry.numerator !== undefined) refuse(['numerator'], 'field');
        if (entry.denominator !== undefined) refuse(['denominator'], 'field');
        return typeof entry.value === 'number' ? entry.value : token(entry.value, ['value'], refuse);
      }
      if (entry.numerator === undefined || entry.denominator === undefined) refuse([entry.numerator === undefined ? 'numerator' : 'denominator'], 'empty');
      return `${token(entry.numerator, ['numerator'], refuse)}/${token(entry.denominator, ['denominator'], refuse)}`;
    },
  },
  document: {
    carries: ['criterion', 'status', 'date'],
    write: (entry, refuse) => {
      const status = leading(entry.status, ['status'], refuse);
      return entry.date === undefined ? status : `${status} ${String(entry.date)}`;
    },
  },
  check: {
    carries: ['criterion', 'value'],
    write: (entry) => entry.value as boolean,
  },
  'attribute-inspection': {
    carries: ['criterion', 'lots'],
    write: (entry, refuse) =>
      (entry.lots as Entry[])
        .map((lot, i) => {
          for (const key of Object.keys(lot)) if (!['lotSize', 'inspected', 'nonconforming'].includes(key)) refuse(['lots', i, key], 'field');
          return `${String(lot.lotSize)}/${String(lot.inspected)}/${String(lot.nonconforming)}`;
        })
        .join('; '),
  },
  'gauge-study': {
    carries: ['criterion', 'measurements'],
    write: (entry, refuse) =>
      (entry.measurements as Entry[])
        .map((row, i) => {
          for (const key of Object.keys(row)) if (!['part', 'operator', 'trial', 'value'].includes(key)) refuse(['measurements', i, key], 'field');
          const name = (key: 'part' | 'operator') => {
            const text = token(row[key], ['measurements', i, key], refuse);
            if (text.includes(':')) refuse(['measurements', i, key], 'separator');
            return text;
          };
          return `${name('part')}:${name('operator')}:${row.trial === undefined ? '' : String(row.trial)}:${token(row.value, ['measurements', i, 'value'], refuse)}`;
        })
        .join('; '),
  },
};

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
  const form = SHORT_FORM_WRITERS[kind];
  for (const [key, value] of Object.entries(entry)) if (value !== undefined && !form.carries.includes(key)) refuse([key], 'field');
  const cell = form.write(entry, refuse);
  return { cell, refusals };
}
