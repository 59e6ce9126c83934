import * as z from 'zod/mini';
import { causeFamilySchema, decimalTextSchema, severitySchema } from '../schema/primitives.js';
import { decisionSchema, effortSchema, whySchema } from '../scoring/evaluationSchema.js';

const stepSchema = z.object({
  criterion: z.string(),
  title: z.string(),
  category: z.string(),
  causeFamily: causeFamilySchema,
  severity: severitySchema,
  action: z.enum(['remove-special-cause', 'provide-evidence', 'close-gap']),
  impact: z.enum(['knock-out', 'rule', 'missing-evidence', 'category', 'points']),
  pointsLost: decimalTextSchema,
  pointsGained: decimalTextSchema,
  score: decimalTextSchema,
  grade: z.string(),
  decision: decisionSchema,
  remedy: z.optional(z.string()),
  effort: z.optional(effortSchema),
  explanation: z.string(),
  why: whySchema,
});

const planSchema = z.nullable(
  z.object({
    target: z.enum(['conditional', 'approved']),
    reachable: z.boolean(),
    optimal: z.boolean(),
    criteria: z.array(z.string()),
    steps: z.array(stepSchema),
    score: decimalTextSchema,
    grade: z.string(),
    decision: decisionSchema,
    pointsGained: decimalTextSchema,
    effort: z.object({
      days: decimalTextSchema,
      costs: z.array(z.object({ currency: z.optional(z.string()), amount: decimalTextSchema })),
      unestimated: z.array(z.string()),
    }),
    explanation: z.string(),
    why: whySchema,
  }),
);

/**
 * The whole shape of a `PathToPass`, as `pathToPass` returns it and as it reads back from JSON: the
 * check of the reports that show a path.
 *
 * @example
 * pathToPassSchema.safeParse(JSON.parse(JSON.stringify(pathToPass(profile, evaluation)))).success
 * //=> true
 */
export const pathToPassSchema = z.object({
  supplier: z.object({ id: z.string(), name: z.string() }),
  decision: decisionSchema,
  score: decimalTextSchema,
  grade: z.string(),
  next: planSchema,
  approval: planSchema,
});
