import * as z from 'zod/mini';
import { isCalendarDate } from '../dates/calendarDate.js';
import { decimalString, toDecimal } from '../decimal.js';

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

/** A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). */
export const calendarDateSchema = z.custom<string>(isCalendarDate, { params: { code: 'invalid_date' } });

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
