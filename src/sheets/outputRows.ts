import * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { formulaSafeText } from '../report/escape.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/language.js';
import { reportProfileSchema } from '../report/reportInputSchemas.js';
import type { ReportProfile } from '../report/reportInputs.js';

/** A cell the writers return: text, a number or a boolean; `''` for an empty cell. */
export type OutputCell = string | number | boolean;

/** A block of output cells, every row of the same length, ready for `range.setValues()`. */
export type OutputRows = OutputCell[][];

/** Options of the sheet writers. */
export interface SheetWriteOptions {
  /**
   * Texts as they are (default `false`): without it, a text a spreadsheet would run as a formula
   * (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets an apostrophe in front, as in the
   * CSV report, so opening the sheet never runs it.
   */
  readonly raw?: boolean;
}

const writeOptionsSchema = z.strictObject({ raw: z.optional(z.boolean()) });

/** Options of the sheet writers of reports for people (`evaluationRows`, `gapRows`). */
export interface ReportSheetOptions extends SheetWriteOptions {
  /** The language of the labels and sentences: `en` (default) or `id` (Bahasa Indonesia). */
  readonly lang?: ReportLanguage;
  /** The profile evaluated against: criterion and category titles and remedies in the chosen language. */
  readonly profile?: ReportProfile;
}

const reportSheetOptionsSchema = z.strictObject({
  raw: z.optional(z.boolean()),
  lang: z.optional(z.enum(REPORT_LANGUAGES as [ReportLanguage, ...ReportLanguage[]])),
  profile: z.optional(reportProfileSchema),
});

/**
 * Returns the problems of the options of a report sheet writer (`raw`, `lang` and `profile`, each optional).
 *
 * @example
 * reportSheetOptionsIssues({ lang: 'fr' }).map((issue) => issue.path)
 * //=> ['options.lang']
 */
export function reportSheetOptionsIssues(options: unknown) {
  return schemaIssues(reportSheetOptionsSchema, options ?? {}, ['options']);
}

/**
 * Returns the problems of the options of a sheet writer (an object with an optional boolean `raw`).
 *
 * @example
 * writeOptionsIssues({ raw: 'yes' }).length
 * //=> 1
 */
export function writeOptionsIssues(options: unknown) {
  return schemaIssues(writeOptionsSchema, options ?? {}, ['options']);
}

/**
 * Returns the rows padded with empty cells to the width of the widest, since a spreadsheet range is a
 * rectangle (`setValues` refuses ragged rows). A text a spreadsheet would run as a formula gets an
 * apostrophe in front (`'=1+1`), unless `raw` is set.
 * Throws a `ValidationError` when the rows are not lists of texts, numbers and booleans, or the
 * options not `{ raw?: boolean }`.
 *
 * @example
 * rectangle([['a', 1], ['=b']])
 * //=> [['a', 1], ["'=b", '']]
 */
export function rectangle(rows: readonly (readonly OutputCell[])[], options: SheetWriteOptions = {}): OutputRows {
  const issues = [
    ...schemaIssues(z.array(z.array(z.union([z.string(), z.number(), z.boolean()]))), rows, ['rows']),
    ...writeOptionsIssues(options),
  ];
  if (issues.length > 0) throw new ValidationError(issues, 'rows');
  const raw = options?.raw === true;
  let width = 1;
  for (const row of rows) width = Math.max(width, row.length);
  return rows.map((row) => {
    const out = Array<OutputCell>(width).fill('');
    row.forEach((cell, i) => {
      out[i] = raw ? cell : safeCell(cell);
    });
    return out;
  });
}

/**
 * Returns a cell a spreadsheet shows as it is: a text that would run as a formula gets an apostrophe
 * in front (see `formulaSafeText`); numbers and booleans stay.
 *
 * @example
 * safeCell('@cmd')
 * //=> "'@cmd"
 */
export function safeCell(cell: OutputCell): OutputCell {
  return typeof cell === 'string' ? formulaSafeText(cell) : cell;
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
