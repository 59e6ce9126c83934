import * as z from 'zod/mini';
import { Decimal } from '../decimal.js';
import { criterionBaseShape } from '../schema/criterionBase.js';
import { idSchema, noteSchema, textSchema } from '../schema/primitives.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

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
 * Returns the outcome of a yes/no check: met when the answer is the expected one.
 *
 * @example
 * evaluateCheck(leakTest, { criterion: 'leak-test', value: false }).status
 * //=> 'fail'
 */
export function evaluateCheck(criterion: CheckCriterion, evidence: CheckEvidence, context: CriterionContext): KindOutcome {
  const met = evidence.value === criterion.expected;
  return {
    status: met ? 'pass' : 'fail',
    score: new Decimal(met ? 100 : 0),
    required: requirementOf(criterion, context),
    found: { value: evidence.value, ...(evidence.note ? { note: evidence.note } : {}) },
    why: { code: met ? 'check.met' : 'check.notMet', params: { expected: criterion.expected ? 'yes' : 'no', value: evidence.value ? 'yes' : 'no' } },
    shortfall: null,
  };
}
