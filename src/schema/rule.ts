import * as z from 'zod/mini';
import { decimalSchema, idSchema, severitySchema, causeFamilySchema, textSchema } from './primitives.js';

const statusSchema = z.enum(['pass', 'partial', 'fail', 'not-applicable', 'missing']);
const kindSchema = z.enum(['measurement', 'audit-question', 'certificate', 'metric', 'document', 'check', 'attribute-inspection']);

/** Fires when at least `atLeast` criteria match every given filter. */
export const criteriaConditionSchema = z.strictObject({
  type: z.literal('criteria'),
  status: z.optional(z.array(statusSchema).check(z.minLength(1))),
  severity: z.optional(z.array(severitySchema).check(z.minLength(1))),
  kind: z.optional(z.array(kindSchema).check(z.minLength(1))),
  causeFamily: z.optional(z.array(causeFamilySchema).check(z.minLength(1))),
  /** Only starred (special-risk) audit questions, or only unstarred ones. */
  star: z.optional(z.boolean()),
  /** Audit questions awarded at most this many points (any single result counts). */
  pointsAtMost: z.optional(z.int().check(z.minimum(0))),
  /** Criteria whose score is below this (0–100). */
  scoreBelow: z.optional(decimalSchema),
  criteria: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(10000))),
  categories: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(1000))),
  atLeast: z._default(z.int().check(z.minimum(1)), 1),
});

/** Fires when a category's score (rounded to the profile's places) is below a limit. */
export const categoryScoreConditionSchema = z.strictObject({
  type: z.literal('category-score'),
  below: decimalSchema,
  /** The categories it looks at (default: all with applicable criteria). */
  categories: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(1000))),
});

/** Fires when the overall score (rounded to the profile's places) is below a limit. */
export const scoreConditionSchema = z.strictObject({
  type: z.literal('score'),
  below: decimalSchema,
});

export const conditionSchema = z.discriminatedUnion('type', [
  criteriaConditionSchema,
  categoryScoreConditionSchema,
  scoreConditionSchema,
]);
export type Condition = z.infer<typeof conditionSchema>;

/** What a fired rule does: cap the grade, cap the decision, or both. Rules only ever lower. */
export const effectSchema = z.strictObject({
  capGrade: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  capDecision: z.optional(z.enum(['conditional', 'rejected'])),
});
export type Effect = z.infer<typeof effectSchema>;

/**
 * A declarative grade or decision rule: when the condition holds, the effect applies. For example
 * "any star question at 4 points or below caps the grade at B".
 */
export const ruleSchema = z.strictObject({
  id: idSchema,
  title: z.optional(textSchema),
  /** The clause of a standard or buyer manual the rule comes from. */
  reference: z.optional(textSchema),
  when: conditionSchema,
  then: effectSchema,
});
export type Rule = z.infer<typeof ruleSchema>;
