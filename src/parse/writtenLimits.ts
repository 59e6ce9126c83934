/** The fields of a measurement criterion that give its limits. */
export const LIMIT_FIELDS = ['nominal', 'tolerance', 'upperDeviation', 'lowerDeviation', 'lsl', 'usl'] as const;

/** A field that gives a measurement criterion's limits. */
export type LimitField = (typeof LIMIT_FIELDS)[number];

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** Parsed measurement criterion → the limit fields whose written text differs from the canonical one. */
const writtenTexts = new WeakMap<object, Readonly<Partial<Record<LimitField, string>>>>();

const own = (value: unknown, key: string | number): unknown =>
  value !== null && typeof value === 'object' ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined;

/**
 * Keeps, beside a parsed profile, the limits of its measurement criteria as the input wrote them
 * (`'6.000'`, which parses to the canonical `'6'`), so reports can show a limit with the decimals the
 * drawing gives. The parsed profile itself, and every result made from it, is unchanged. Only plain
 * decimal texts are kept; numbers carry no trailing zeros to keep.
 *
 * @example
 * keepWrittenLimits(input, parsed); writtenLimit(parsed.categories[0].criteria[0], 'usl')
 * //=> '6.000'
 */
export function keepWrittenLimits(input: unknown, parsed: { readonly categories: ReadonlyArray<{ readonly criteria: readonly object[] }> }): void {
  parsed.categories.forEach((category, c) => {
    const inputCriteria = own(own(own(input, 'categories'), c), 'criteria');
    category.criteria.forEach((criterion, i) => {
      if (own(criterion, 'kind') !== 'measurement') return;
      const written: Partial<Record<LimitField, string>> = {};
      for (const field of LIMIT_FIELDS) {
        const text = own(own(inputCriteria, i), field);
        if (typeof text === 'string' && PLAIN_DECIMAL.test(text) && text !== own(criterion, field)) written[field] = text;
      }
      if (Object.keys(written).length > 0) writtenTexts.set(criterion, written);
    });
  });
}

/**
 * Returns a limit field of a measurement criterion as it was written: the text kept by
 * `keepWrittenLimits` for a parsed criterion, else the field's own text (profile JSON is as written),
 * or undefined when the criterion does not give the field.
 *
 * @example
 * writtenLimit({ kind: 'measurement', nominal: '6.000', tolerance: '0.030' }, 'nominal')
 * //=> '6.000'
 */
export function writtenLimit(criterion: object, field: LimitField): string | undefined {
  const kept = writtenTexts.get(criterion)?.[field];
  if (kept !== undefined) return kept;
  const value = own(criterion, field);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
