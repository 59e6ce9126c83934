import * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';

/** A cell the writers return: text, a number or a boolean; `''` for an empty cell. */
export type OutputCell = string | number | boolean;

/** A block of output cells, every row of the same length, ready for `range.setValues()`. */
export type OutputRows = OutputCell[][];

/**
 * Returns the rows padded with empty cells to the width of the widest, since a spreadsheet range is a
 * rectangle (`setValues` refuses ragged rows).
 * Throws a `ValidationError` when the rows are not lists of texts, numbers and booleans.
 *
 * @example
 * rectangle([['a', 1], ['b']])
 * //=> [['a', 1], ['b', '']]
 */
export function rectangle(rows: readonly (readonly OutputCell[])[]): OutputRows {
  const issues = schemaIssues(z.array(z.array(z.union([z.string(), z.number(), z.boolean()]))), rows, ['rows']);
  if (issues.length > 0) throw new ValidationError(issues, 'rows');
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<OutputCell>(width - row.length).fill('')]);
}

/**
 * Returns a canonical decimal string as a spreadsheet number (so it sorts and charts), or `''` for
 * none. The exact text stays in the JSON evaluation; a cell holds a binary double like every number
 * in a spreadsheet.
 *
 * @example
 * numberCell('86.6')
 * //=> 86.6
 */
export function numberCell(value: string | number | null | undefined): OutputCell {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  return Number.isFinite(number) ? number : String(value);
}

/**
 * Returns a short text for a JSON value of `required` or `found`: `key value` pairs separated by
 * commas, lists joined with `/`.
 *
 * @example
 * jsonText({ lsl: '6.45', usl: '6.55', unit: 'mm' })
 * //=> 'lsl 6.45, usl 6.55, unit mm'
 */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(jsonText).join('/');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key} ${typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? `(${jsonText(inner)})` : jsonText(inner)}`)
      .join(', ');
  }
  return String(value);
}
