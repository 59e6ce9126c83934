import { kindNamed } from '../kinds/registry.js';

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** Parsed criterion → the limit fields whose written text differs from the canonical one. */
const writtenTexts = new WeakMap<object, Readonly<Record<string, string>>>();

const own = (value: unknown, key: string | number): unknown =>
  value !== null && typeof value === 'object' ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined;

/**
 * Returns the fields that give a criterion's limits on a drawing (its kind's `drawing` part: a
 * measurement's nominal, tolerance, deviations and specification limits), none for other kinds.
 *
 * @example
 * limitFieldsOf({ kind: 'check' })
 * //=> []
 */
export function limitFieldsOf(criterion: unknown): readonly string[] {
  return kindNamed(criterion)?.drawing?.limitFields ?? [];
}

/**
 * Keeps, beside a parsed profile, the limits of its criteria measured against a drawing as the input
 * wrote them (`'6.000'`, which parses to the canonical `'6'`), so reports can show a limit with the
 * decimals the drawing gives. The parsed profile itself, and every result made from it, is unchanged.
 * Only plain decimal texts are kept; numbers carry no trailing zeros to keep.
 *
 * @example
 * keepWrittenLimits(input, parsed); writtenLimit(parsed.categories[0].criteria[0], 'usl')
 * //=> '6.000'
 */
export function keepWrittenLimits(input: unknown, parsed: { readonly categories: ReadonlyArray<{ readonly criteria: readonly object[] }> }): void {
  parsed.categories.forEach((category, c) => {
    const inputCriteria = own(own(own(input, 'categories'), c), 'criteria');
    category.criteria.forEach((criterion, i) => {
      const written: Record<string, string> = {};
      for (const field of limitFieldsOf(criterion)) {
        const text = own(own(inputCriteria, i), field);
        if (typeof text === 'string' && PLAIN_DECIMAL.test(text) && text !== own(criterion, field)) written[field] = text;
      }
      if (Object.keys(written).length > 0) writtenTexts.set(criterion, written);
    });
  });
}

/**
 * Returns a limit field of a criterion as it was written: the text kept by `keepWrittenLimits` for a
 * parsed criterion, else the field's own text (profile JSON is as written), or undefined when the
 * criterion does not give the field.
 *
 * @example
 * writtenLimit({ kind: 'measurement', nominal: '6.000', tolerance: '0.030' }, 'nominal')
 * //=> '6.000'
 */
export function writtenLimit(criterion: object, field: string): string | undefined {
  const kept = writtenTexts.get(criterion)?.[field];
  if (kept !== undefined) return kept;
  const value = own(criterion, field);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
