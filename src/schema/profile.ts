import * as z from 'zod/mini';
import { criterionSchema } from '../criteria/criterion.js';
import { translationsSchema } from './criterionBase.js';
import { daysSchema, decimalSchema, idSchema, nonNegativeDecimalSchema, noteSchema, textSchema } from './primitives.js';
import { ruleSchema } from './rule.js';

/** A weighted group of criteria (product, process capability, quality system, people, machines…). */
export const categorySchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  weight: z._default(nonNegativeDecimalSchema, '1'),
  /** A category scoring below this (0–100) caps the decision (see `decision.belowCategoryMinimum`). */
  minScore: z.optional(decimalSchema),
  criteria: z.array(criterionSchema).check(z.minLength(1), z.maxLength(10000)),
  translations: z.optional(translationsSchema),
});
export type Category = z.infer<typeof categorySchema>;

/** A grade and the lowest score (0–100) that earns it. */
export const gradeBandSchema = z.strictObject({
  grade: z.string().check(z.minLength(1), z.maxLength(20)),
  min: decimalSchema,
  decision: z.optional(z.enum(['approved', 'conditional', 'rejected'])),
});
export type GradeBand = z.infer<typeof gradeBandSchema>;

/** Default grade bands: A from 90, B from 80, C below (the VDA 6.3 thresholds). */
export const DEFAULT_GRADES: GradeBand[] = [
  { grade: 'A', min: '90', decision: 'approved' },
  { grade: 'B', min: '80', decision: 'conditional' },
  { grade: 'C', min: '0', decision: 'rejected' },
];

/** How grades, missing evidence and category minimums turn into a decision. */
export const decisionSettingsSchema = z.strictObject({
  /** `incomplete` (default): missing evidence gives an incomplete decision; `fail`: it counts as failed. */
  missingEvidence: z._default(z.enum(['incomplete', 'fail']), 'incomplete'),
  /** The decision at most when a category is below its `minScore` (default `rejected`). */
  belowCategoryMinimum: z._default(z.enum(['conditional', 'rejected']), 'rejected'),
  /** Days after the audit by which a conditionally approved supplier is audited again. */
  reauditDays: z.optional(daysSchema),
});
export type DecisionSettings = z.infer<typeof decisionSettingsSchema>;

/**
 * A buyer's requirement profile for one component or supplier class: categories of weighted criteria,
 * grade bands and decision rules. JSON-compatible; decimals become canonical strings when parsed.
 */
export const profileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  title: textSchema,
  description: z.optional(noteSchema),
  buyer: z.optional(textSchema),
  component: z.strictObject({
    name: textSchema,
    partNumber: z.optional(textSchema),
    drawing: z.optional(textSchema),
  }),
  /** Decimal places of reported scores (rounded once, half-up). */
  places: z._default(z.int().check(z.minimum(0), z.maximum(6)), 1),
  categories: z.array(categorySchema).check(z.minLength(1), z.maxLength(1000)),
  grades: z._default(z.array(gradeBandSchema).check(z.minLength(1), z.maxLength(20)), DEFAULT_GRADES),
  decision: z._default(decisionSettingsSchema, { missingEvidence: 'incomplete', belowCategoryMinimum: 'rejected' }),
  rules: z._default(z.array(ruleSchema).check(z.maxLength(1000)), []),
  translations: z.optional(translationsSchema),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
