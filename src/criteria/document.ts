import * as z from 'zod/mini';
import { Decimal } from '../decimal.js';
import { daysBetween } from '../dates/daysBetween.js';
import { criterionBaseShape } from '../schema/criterionBase.js';
import { calendarDateSchema, daysSchema, idSchema, noteSchema, textSchema } from '../schema/primitives.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

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

const sameStatus = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Returns the outcome of a document criterion: met when its status is accepted and, with a maximum
 * age, when it is dated no more than that many days before the evaluation date (and not after it).
 *
 * @example
 * evaluateDocument(controlPlan, { criterion: 'control-plan', status: 'draft' }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateDocument(
  criterion: DocumentCriterion,
  evidence: DocumentEvidence,
  context: CriterionContext,
): KindOutcome {
  const required = requirementOf(criterion, context);
  const age = evidence.date === undefined ? null : daysBetween(evidence.date, context.at);
  const found = {
    status: evidence.status,
    ...(evidence.date ? { date: evidence.date, ageDays: age } : {}),
    ...(evidence.reference ? { reference: evidence.reference } : {}),
  };
  const params = {
    status: evidence.status,
    accepted: criterion.acceptedStatuses.join(', '),
    date: evidence.date ?? '',
    age: age === null ? '' : String(age),
    maxAge: criterion.maxAgeDays === undefined ? '' : String(criterion.maxAgeDays),
    at: context.at,
  };
  const fail = (code: string, shortfall: KindOutcome['shortfall']): KindOutcome => ({
    status: 'fail',
    score: new Decimal(0),
    required,
    found,
    why: { code, params },
    shortfall,
  });
  if (!criterion.acceptedStatuses.some((accepted) => sameStatus(accepted, evidence.status))) {
    return fail('document.statusNotAccepted', null);
  }
  if (age !== null && age < 0) return fail('document.datedAfter', null);
  if (criterion.maxAgeDays !== undefined) {
    if (age === null) return fail('document.undated', null);
    if (age > criterion.maxAgeDays) {
      return fail('document.tooOld', {
        amount: String(age - criterion.maxAgeDays),
        unit: 'days',
        relative: criterion.maxAgeDays === 0 ? null : new Decimal(age - criterion.maxAgeDays).div(criterion.maxAgeDays).toSignificantDigits(6).toString(),
      });
    }
  }
  return { status: 'pass', score: new Decimal(100), required, found, why: { code: 'document.accepted', params }, shortfall: null };
}
