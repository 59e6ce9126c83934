import * as z from 'zod/mini';
import { measurementCriterionSchema } from '../../kinds/measurement/schema.js';
import { createIssue, ValidationError, type ValidationIssue } from '../../errors/index.js';
import { fromZodIssues } from '../../schema/fromZodIssues.js';
import { daysSchema, idSchema, nonNegativeDecimalSchema, textSchema } from '../../schema/primitives.js';
import { PPAP_ELEMENT_EXAMPLES, ppapElement } from './ppapElements.js';

const elementNameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** What a PPAP block is built from. */
export const ppapBlockOptionsSchema = z.strictObject({
  /** Submission level 1–5 (default 3, AIAG PPAP 4th ed.). */
  level: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  /** The category id (default `ppap`). */
  category: z.optional(idSchema),
  title: z.optional(textSchema),
  weight: z.optional(nonNegativeDecimalSchema),
  /** Bulk material PPAP: adds the bulk material requirements checklist. */
  bulk: z.optional(z.boolean()),
  /** Elements the customer requires submitted beyond the table (at level 4, the `*` elements it asks for). */
  customerElements: z.optional(z.array(elementNameSchema).check(z.maxLength(30))),
  /** Also list the elements kept on file (R, or * not asked for) as minor criteria (default false). */
  retained: z.optional(z.boolean()),
  /** Elements whose failure rejects (knock-out); default the Part Submission Warrant. */
  critical: z.optional(z.array(elementNameSchema).check(z.maxLength(30))),
  /** Maximum age in days of each submitted document. */
  maxAgeDays: z.optional(daysSchema),
  /** Prefix of the criterion ids (default `ppap-`). */
  idPrefix: z.optional(z.string().check(z.maxLength(100))),
  /** Characteristics that need an initial process study, as measurement criteria. */
  characteristics: z.optional(
    z.array(z.strictObject({ ...measurementCriterionSchema.shape, kind: z.optional(z.literal('measurement')) })).check(z.maxLength(1000)),
  ),
});
export type PpapBlockOptions = z.input<typeof ppapBlockOptionsSchema>;

/**
 * Returns the checked options of a PPAP builder, or throws one `ValidationError` with every problem and
 * its path: schema problems and element names that are not PPAP elements.
 *
 * @example
 * checkedPpapOptions(ppapBlockOptionsSchema, { level: 4, customerElements: ['Control Plan', 'FMEA'] })
 * //=> throws ValidationError: customerElements[1]: "FMEA" is not a PPAP element; …
 */
export function checkedPpapOptions<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fromZodIssues(parsed.error.issues, input), 'PPAP options');
  const options = parsed.data as z.infer<typeof ppapBlockOptionsSchema>;
  const issues: ValidationIssue[] = [];
  for (const field of ['customerElements', 'critical'] as const) {
    options[field]?.forEach((name, i) => {
      if (!ppapElement(name)) issues.push(createIssue('unknown_ppap_element', [field, i], { element: name, examples: PPAP_ELEMENT_EXAMPLES }));
    });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'PPAP options');
  return parsed.data;
}
