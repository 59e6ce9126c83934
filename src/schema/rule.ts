import * as z from 'zod/mini';
import { translationsSchema } from './criterionBase.js';
import { decimalSchema, idSchema, severitySchema, causeFamilySchema, textSchema } from './primitives.js';
import { KIND_NAMES, type KindName } from '../kinds/registry.js';

const statusSchema = z.enum(['pass', 'partial', 'fail', 'not-applicable', 'missing']);
const kindSchema = z.enum(KIND_NAMES as [KindName, ...KindName[]]);

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
  /** Audit questions awarded exactly one of these points in at least one result (e.g. `[4]`). */
  pointsIn: z.optional(z.array(z.int().check(z.minimum(0))).check(z.minLength(1), z.maxLength(20))),
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

/**
 * Fires when the overall score (rounded to the profile's places) is below a limit; in a rule with a
 * `scope`, the score of that category.
 */
export const scoreConditionSchema = z.strictObject({
  type: z.literal('score'),
  below: decimalSchema,
});

/**
 * The levels at which audit questions are pooled into group scores: process element (E_Pn), sub-element
 * (E_Un), process step (E_n) and product group (E_G(PGn)), as in VDA 6.3:2016 §6.2–6.4.
 */
export const auditGroupLevelSchema = z.enum(['element', 'sub-element', 'process-step', 'product-group']);
export type AuditGroupLevel = z.infer<typeof auditGroupLevelSchema>;

/**
 * Fires when an audit group's score (points awarded / possible points, in %) is below a limit, for
 * example "a process element or process step below 80 %". With `places`, each group score is rounded
 * half-up to that many decimal places first (VDA 6.3:2016: E_Pn, E_Un and E_n "rounded to the nearest
 * percentage point", `places: 0`).
 */
export const groupScoreConditionSchema = z.strictObject({
  type: z.literal('group-score'),
  levels: z.array(auditGroupLevelSchema).check(z.minLength(1), z.maxLength(4)),
  below: decimalSchema,
  places: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  /** Only these groups (element or sub-element ids such as `P6` or `P6.3`, step or product-group ids). */
  groups: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(10000))),
  categories: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(1000))),
});

/**
 * Fires when, in an audited group (at least one question evaluated), the share of evaluated questions
 * is below `numerator/denominator` (VDA 6.3:2016 §6.1: at least 2/3 of the questions of each element,
 * sub-element or process step must be evaluated).
 */
export const groupCoverageConditionSchema = z.strictObject({
  type: z.literal('group-coverage'),
  levels: z.array(z.enum(['element', 'sub-element', 'process-step'])).check(z.minLength(1), z.maxLength(3)),
  minShare: z.strictObject({
    numerator: z.int().check(z.minimum(0), z.maximum(1000)),
    denominator: z.int().check(z.minimum(1), z.maximum(1000)),
  }),
  categories: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(1000))),
});

export const conditionSchema = z.discriminatedUnion('type', [
  criteriaConditionSchema,
  categoryScoreConditionSchema,
  scoreConditionSchema,
  groupScoreConditionSchema,
  groupCoverageConditionSchema,
]);
export type Condition = z.infer<typeof conditionSchema>;

/**
 * What a fired rule does: cap the grade, cap the decision, mark the evaluation incomplete (it cannot be
 * decided from this evidence, unless a rule rejects), or several of these. Rules only ever lower.
 */
export const effectSchema = z.strictObject({
  capGrade: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  capDecision: z.optional(z.enum(['conditional', 'rejected'])),
  incomplete: z.optional(z.boolean()),
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
  /**
   * The category the rule looks at: criteria, groups and category scores outside it are ignored, and a
   * `score` condition reads that category's score. Keeps a composed profile's blocks to themselves.
   */
  scope: z.optional(idSchema),
  when: conditionSchema,
  then: effectSchema,
  translations: z.optional(translationsSchema),
});
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
