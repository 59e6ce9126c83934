import * as z from 'zod/mini';
import { Decimal } from '../../decimal.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';

const groupIdSchema = z.string().check(z.minLength(1), z.maxLength(40));

/** The VDA 6.3 point scale: 0, 4, 6, 8 or 10 points (VDA 6.3:2016 §6.1). */
export const VDA_POINT_LEVELS = [0, 4, 6, 8, 10] as const;

/**
 * A process-audit question scored on allowed point levels (default 0, 4, 6, 8, 10 as in VDA 6.3), with
 * an optional star flag (special product or process risk) and whether "not applicable" is allowed.
 */
export const auditQuestionCriterionSchema = z.strictObject({
  kind: z.literal('audit-question'),
  ...criterionBaseShape,
  levels: z._default(
    z.array(z.int().check(z.minimum(0), z.maximum(1000))).check(z.minLength(2), z.maxLength(20)),
    [...VDA_POINT_LEVELS],
  ),
  star: z._default(z.boolean(), false),
  allowNotApplicable: z._default(z.boolean(), true),
  /** Points from which the question counts as met (default: the highest level). */
  passPoints: z.optional(z.int().check(z.minimum(0))),
  /** Points below which the question counts as failed (default: the second-lowest level). */
  failBelow: z.optional(z.int().check(z.minimum(0))),
  /** The scheme's question number, e.g. `P6.4.1`. */
  number: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /** The buyer's own question text. */
  question: z.optional(textSchema),
  /** The process element the question belongs to, e.g. `P6` (its score is E_Pn, VDA 6.3:2016 §6.2). */
  element: z.optional(groupIdSchema),
  /** The sub-element, e.g. `P6.3` for E_U3 personnel resources (VDA 6.3:2016 §6.3). */
  subElement: z.optional(groupIdSchema),
  /** Answered once per process step (VDA 6.3:2016 P6); the evidence may then give `steps`. */
  perStep: z.optional(z.boolean()),
});
export type AuditQuestionCriterion = z.infer<typeof auditQuestionCriterionSchema>;

/** Points awarded by the auditor, or a not-applicable claim with its reason. */
export const auditQuestionEvidenceSchema = z.strictObject({
  criterion: idSchema,
  points: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  notApplicable: z.optional(z.boolean()),
  reason: z.optional(noteSchema),
  note: z.optional(noteSchema),
  /** Several results for one question (e.g. product and process development in P3/P4): their mean counts. */
  results: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(1000))).check(z.minLength(1), z.maxLength(1000))),
  /**
   * One result per audited process step, named by the step (questions with `perStep`, VDA 6.3:2016
   * P6). A step not listed was not evaluated for this question. Their mean counts, as for `results`.
   * Answer every per-step question of an audit this way: one answered with plain `points` counts in
   * its element and sub-element but at no process step.
   */
  steps: z.optional(
    z
      .array(z.strictObject({ step: idSchema, points: z.int().check(z.minimum(0), z.maximum(1000)) }))
      .check(z.minLength(1), z.maxLength(1000)),
  ),
});
export type AuditQuestionEvidence = z.infer<typeof auditQuestionEvidenceSchema>;

/** The thresholds of an audit question: highest level, passing level, level below which it fails. */
export interface AuditThresholds {
  readonly max: number;
  readonly passPoints: number;
  readonly failBelow: number;
}

const thresholdsOf = new WeakMap<object, AuditThresholds>();

/**
 * Returns the highest allowed level, the level from which the question passes and the level below
 * which it fails (remembered for a frozen criterion, as a parsed profile's are).
 *
 * @example
 * auditThresholds({ levels: [0, 4, 6, 8, 10] })
 * //=> { max: 10, passPoints: 10, failBelow: 4 }
 */
export function auditThresholds(criterion: Pick<AuditQuestionCriterion, 'levels' | 'passPoints' | 'failBelow'>): AuditThresholds {
  const known = thresholdsOf.get(criterion);
  if (known !== undefined) return known;
  const sorted = [...criterion.levels].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1] as number;
  const thresholds: AuditThresholds = {
    max,
    passPoints: criterion.passPoints ?? max,
    failBelow: criterion.failBelow ?? (sorted[1] as number),
  };
  if (Object.isFrozen(criterion) && Object.isFrozen(criterion.levels)) thresholdsOf.set(criterion, Object.freeze(thresholds));
  return thresholds;
}

/**
 * Returns the points a question counts with: one result as it is, several results (per process step,
 * or product and process development) as their arithmetic mean rounded to two decimal places
 * (VDA 6.3:2016 §6.2).
 *
 * @example
 * auditPoints([8, 6, 6]).toString()
 * //=> '6.67'
 */
export function auditPoints(results: readonly number[]): Decimal {
  if (results.length === 0) return new Decimal(0);
  return new Decimal(results.reduce((a, b) => a + b, 0)).div(results.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * auditQuestionRequirement({ kind: 'audit-question', levels: [0, 4, 6, 8, 10], ... }, { at: '2026-11-28' })
 * //=> { passPoints: 8, maxPoints: 10, levels: [0, 4, 6, 8, 10], star: false }
 */
export function auditQuestionRequirement(criterion: AuditQuestionCriterion, _context: CriterionContext): Record<string, JsonValue> {
  const { max, passPoints } = auditThresholds(criterion);
  return {
    passPoints,
    maxPoints: max,
    levels: [...criterion.levels],
    star: criterion.star,
    ...(criterion.number ? { number: criterion.number } : {}),
    ...(criterion.element !== undefined ? { element: criterion.element } : {}),
    ...(criterion.subElement !== undefined ? { subElement: criterion.subElement } : {}),
  };
}
