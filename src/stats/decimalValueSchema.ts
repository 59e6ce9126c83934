import * as z from 'zod/mini';

const DECIMAL_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/**
 * A finite number or a plain decimal text (optional sign, digits, optional point; no exponent; at
 * most 400 characters), as the statistics functions accept values, limits and σ; the same values as
 * profiles and evidence accept (internal).
 *
 * @example
 * decimalValueSchema.safeParse('10.05').success
 * //=> true
 */
export const decimalValueSchema = z.custom<number | string>(
  (value: unknown) =>
    typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.length <= 400 && DECIMAL_TEXT.test(value),
  { params: { code: 'invalid_decimal' } },
);
