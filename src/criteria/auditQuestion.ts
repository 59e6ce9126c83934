import * as z from 'zod/mini';
import { Decimal } from '../decimal.js';
import { criterionBaseShape } from '../schema/criterionBase.js';
import { idSchema, noteSchema, textSchema } from '../schema/primitives.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

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
});
export type AuditQuestionCriterion = z.infer<typeof auditQuestionCriterionSchema>;

/** Points awarded by the auditor, or a not-applicable claim with its reason. */
export const auditQuestionEvidenceSchema = z.strictObject({
  criterion: idSchema,
  points: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  notApplicable: z.optional(z.boolean()),
  reason: z.optional(noteSchema),
  note: z.optional(noteSchema),
  /** Several results for one question (e.g. one per process step): their mean counts. */
  results: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(1000))).check(z.minLength(1), z.maxLength(1000))),
});
export type AuditQuestionEvidence = z.infer<typeof auditQuestionEvidenceSchema>;

/**
 * Returns the highest allowed level, the level from which the question passes and the level below
 * which it fails.
 *
 * @example
 * auditThresholds({ levels: [0, 4, 6, 8, 10] })
 * //=> { max: 10, passPoints: 10, failBelow: 4 }
 */
export function auditThresholds(criterion: Pick<AuditQuestionCriterion, 'levels' | 'passPoints' | 'failBelow'>) {
  const sorted = [...criterion.levels].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1] as number;
  return {
    max,
    passPoints: criterion.passPoints ?? max,
    failBelow: criterion.failBelow ?? (sorted[1] as number),
  };
}

/**
 * Returns the outcome of an audit question: points as a share of the highest level; met at the pass
 * level, failed below the fail level, partly met in between. Several results for one question are
 * averaged (VDA 6.3:2016 §6.2: arithmetic mean rounded to two decimals).
 *
 * @example
 * evaluateAuditQuestion(question, { criterion: 'op-training', points: 6 }).score.toString()
 * //=> '60'
 */
export function evaluateAuditQuestion(criterion: AuditQuestionCriterion, evidence: AuditQuestionEvidence, context: CriterionContext): KindOutcome {
  const { max, passPoints, failBelow } = auditThresholds(criterion);
  const points =
    evidence.results !== undefined
      ? new Decimal(evidence.results.reduce((a, b) => a + b, 0)).div(evidence.results.length).toDecimalPlaces(2)
      : new Decimal(evidence.points ?? 0);
  const required = requirementOf(criterion, context);
  const found = {
    points: points.toNumber(),
    ...(evidence.results ? { results: [...evidence.results] } : {}),
    ...(evidence.note ? { note: evidence.note } : {}),
  };
  const score = points.div(max).times(100);
  const status = points.gte(passPoints) ? 'pass' : points.lt(failBelow) ? 'fail' : 'partial';
  const params = {
    points: points.toString(),
    max: String(max),
    pass: String(passPoints),
    star: criterion.star ? 'yes' : '',
    number: criterion.number ?? '',
  };
  const code = status === 'pass' ? 'audit.met' : status === 'fail' ? 'audit.notMet' : 'audit.partlyMet';
  return {
    status,
    score,
    required,
    found,
    why: { code, params },
    shortfall:
      status === 'pass'
        ? null
        : {
            amount: new Decimal(passPoints).minus(points).toString(),
            unit: 'points',
            relative: new Decimal(passPoints).minus(points).div(passPoints === 0 ? 1 : passPoints).toSignificantDigits(6).toString(),
          },
  };
}
