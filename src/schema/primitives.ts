import * as z from 'zod/mini';
import { isCalendarDate } from '../dates/calendarDate.js';
import { decimalString, toDecimal } from '../decimal.js';
import { createIssue, valueText, type PathSegment, type ValidationIssue } from '../errors/index.js';

const DECIMAL_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/**
 * Returns whether a value is a finite decimal as accepted in profiles and evidence: a finite number,
 * or a string of digits with an optional sign and decimal point (no exponent, no hex, not empty).
 *
 * @example
 * isDecimalInput('10.05')
 * //=> true
 */
export function isDecimalInput(value: unknown): value is number | string {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= 400 && DECIMAL_TEXT.test(value);
}

/** A number or decimal string, kept as given (evidence values are converted when decided). */
export const decimalInputSchema = z.custom<number | string>(isDecimalInput, {
  params: { code: 'invalid_decimal' },
});

/** A number or decimal string, normalised to its canonical decimal text (`'10.050'` → `'10.05'`). */
export const decimalSchema = z.pipe(
  decimalInputSchema,
  z.transform((value: number | string) => decimalString(toDecimal(value))),
);

/** A non-negative decimal, normalised to canonical text. */
export const nonNegativeDecimalSchema = decimalSchema.check(
  z.refine((value: string) => !value.startsWith('-'), { params: { code: 'too_small', minimum: 0 } }),
);

/**
 * Returns whether a value would be a calendar date but for its year 0000, which lies before the years
 * 0001 to 9999 that dates may take (year 0000 is a leap year, as 0004 is).
 *
 * @example
 * [isYearZeroDate('0000-02-29'), isYearZeroDate('0000-02-30'), isYearZeroDate('2026-01-01')]
 * //=> [true, false, false]
 */
export function isYearZeroDate(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('0000-') && isCalendarDate(`0004${value.slice(4)}`);
}

/**
 * Returns whether a value is written as a calendar date `YYYY-MM-DD`, of the years 0001 to 9999 or
 * of the year 0000 (which `calendarDateSchema` then refuses as out of range).
 *
 * @example
 * [isDateInput('0000-02-29'), isDateInput('2026-11-28'), isDateInput('2026-02-30')]
 * //=> [true, true, false]
 */
export function isDateInput(value: unknown): value is string {
  return isCalendarDate(value) || isYearZeroDate(value);
}

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not) in the years 0001 to 9999
 * (`0000-06-01` is refused as out of range).
 */
export const calendarDateSchema = z
  .custom<string>(isDateInput, { params: { code: 'invalid_date' } })
  .check(z.refine((value: string) => !isYearZeroDate(value), { params: { code: 'date_out_of_range' } }));

/**
 * Returns the problem of a value given where a calendar date is wanted (an option such as `at`):
 * none for a calendar date, `date_out_of_range` for a date of the year 0000, else `invalid_date`.
 *
 * @example
 * calendarDateIssues('2026-02-30', ['at'])[0]?.code
 * //=> 'invalid_date'
 */
export function calendarDateIssues(value: unknown, path: readonly PathSegment[]): ValidationIssue[] {
  if (isCalendarDate(value)) return [];
  return [createIssue(isYearZeroDate(value) ? 'date_out_of_range' : 'invalid_date', path, { value: valueText(value) })];
}

/** An identifier: 1–200 characters, no surrounding white space. */
export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((value: string) => value.trim() === value, { params: { code: 'id_whitespace' } }),
);

/** A human-readable text of up to 2,000 characters. */
export const textSchema = z.string().check(z.minLength(1), z.maxLength(2000));

/** Optional longer text (notes, remedies): up to 10,000 characters. */
export const noteSchema = z.string().check(z.maxLength(10000));

/** The 6M cause families of root-cause analysis: people, machine, method, material, measurement, environment. */
export const causeFamilySchema = z.enum(['man', 'machine', 'method', 'material', 'measurement', 'environment']);
export type CauseFamily = z.infer<typeof causeFamilySchema>;

/** `critical` criteria are knock-outs; `major` and `minor` order the gaps. */
export const severitySchema = z.enum(['critical', 'major', 'minor']);
export type Severity = z.infer<typeof severitySchema>;

/** A whole number of days, 0 or more. */
export const daysSchema = z.int().check(z.minimum(0), z.maximum(100000));

/**
 * A decimal as the library writes it in its results: canonical text (`decimalString`), digits with an
 * optional minus sign and decimal point, no exponent, at most 400 characters.
 */
export const decimalTextSchema = z.string().check(
  z.refine((value: string) => value.length <= 400 && /^-?\d+(?:\.\d+)?$/.test(value), { params: { code: 'invalid_decimal' } }),
);
