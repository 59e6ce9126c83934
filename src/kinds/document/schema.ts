import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';
import * as z from 'zod/mini';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { calendarDateSchema, daysSchema, idSchema, noteSchema, textSchema } from '../../schema/primitives.js';

/**
 * A required document (control plan, PFMEA, material test report, a PPAP element…) with the statuses
 * the buyer accepts and an optional maximum age in days.
 */
export const documentCriterionSchema = z.strictObject({
  kind: z.literal('document'),
  ...criterionBaseShape,
  /** What document is required, e.g. `Control plan`. */
  document: z.optional(textSchema),
  acceptedStatuses: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.minLength(1), z.maxLength(50)),
    ['approved'],
  ),
  maxAgeDays: z.optional(daysSchema),
});
export type DocumentCriterion = z.infer<typeof documentCriterionSchema>;

/** The document's status and date as found in the audit. */
export const documentEvidenceSchema = z.strictObject({
  criterion: idSchema,
  status: z.string().check(z.minLength(1), z.maxLength(100)),
  date: z.optional(calendarDateSchema),
  reference: z.optional(textSchema),
  note: z.optional(noteSchema),
});
export type DocumentEvidence = z.infer<typeof documentEvidenceSchema>;

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * documentRequirement({ kind: 'document', acceptedStatuses: ['approved'], ... }, { at: '2026-11-28' })
 * //=> { acceptedStatuses: ['approved'] }
 */
export function documentRequirement(criterion: DocumentCriterion, _context: CriterionContext): Record<string, JsonValue> {
  return {
    ...(criterion.document ? { document: criterion.document } : {}),
    acceptedStatuses: [...criterion.acceptedStatuses],
    ...(criterion.maxAgeDays !== undefined ? { maxAgeDays: criterion.maxAgeDays } : {}),
  };
}
