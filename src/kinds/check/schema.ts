import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';
import * as z from 'zod/mini';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { idSchema, noteSchema, textSchema } from '../../schema/primitives.js';

/** A yes/no requirement, e.g. "hydrostatic leak test performed on every part". */
export const checkCriterionSchema = z.strictObject({
  kind: z.literal('check'),
  ...criterionBaseShape,
  /** The answer that meets the requirement (default yes). */
  expected: z._default(z.boolean(), true),
  /** The yes/no question as asked. */
  question: z.optional(textSchema),
});
export type CheckCriterion = z.infer<typeof checkCriterionSchema>;

/** The answer found in the audit. */
export const checkEvidenceSchema = z.strictObject({
  criterion: idSchema,
  value: z.boolean(),
  note: z.optional(noteSchema),
});
export type CheckEvidence = z.infer<typeof checkEvidenceSchema>;

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * checkRequirement({ kind: 'check', expected: true, ... }, { at: '2026-11-28' })
 * //=> { expected: true }
 */
export function checkRequirement(criterion: CheckCriterion, _context: CriterionContext): Record<string, JsonValue> {
  return { expected: criterion.expected };
}
