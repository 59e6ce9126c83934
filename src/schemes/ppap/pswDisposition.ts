import * as z from 'zod/mini';
import { createIssue, ValidationError } from '../../errors/index.js';
import { fromZodIssues } from '../../schema/fromZodIssues.js';
import { calendarDateSchema, noteSchema } from '../../schema/primitives.js';

/** The three dispositions of a Part Submission Warrant (AIAG PPAP 4th ed. §5.2). */
export const PSW_DISPOSITIONS = ['approved', 'interim-approval', 'rejected'] as const;

/**
 * A customer's disposition of a PPAP submission. An interim approval permits shipment on a limited
 * time or piece-quantity basis, so it carries an expiry date, a quantity, or both.
 */
export const pswDispositionSchema = z.strictObject({
  disposition: z.enum(PSW_DISPOSITIONS),
  expires: z.optional(calendarDateSchema),
  quantity: z.optional(z.int().check(z.minimum(1))),
  note: z.optional(noteSchema),
});
export type PswDisposition = z.infer<typeof pswDispositionSchema>;

/**
 * Returns a checked PSW disposition, or throws one `ValidationError` with every problem: fields of the
 * wrong form, and an interim approval without an expiry date or a quantity (AIAG PPAP 4th ed. §5.2:
 * interim approval is limited in time or piece quantity).
 *
 * @example
 * checkedPswDisposition({ disposition: 'interim-approval' })
 * //=> throws ValidationError: expires: An interim approval is limited in time or quantity: …
 */
export function checkedPswDisposition(input: unknown): PswDisposition {
  const parsed = pswDispositionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fromZodIssues(parsed.error.issues, input), 'PSW disposition');
  const value = parsed.data;
  if (value.disposition === 'interim-approval' && value.expires === undefined && value.quantity === undefined) {
    throw new ValidationError([createIssue('interim_needs_limit', ['expires'])], 'PSW disposition');
  }
  return value;
}
