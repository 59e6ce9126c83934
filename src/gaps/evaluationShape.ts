import * as z from 'zod/mini';
import { ValidationError, type PathSegment } from '../errors/index.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import { calendarDateSchema, decimalInputSchema, idSchema } from '../schema/primitives.js';
import type { Evaluation } from '../scoring/evaluation.js';

const statusSchema = z.enum(['pass', 'partial', 'fail', 'not-applicable', 'missing']);
const decisionSchema = z.enum(['approved', 'conditional', 'rejected', 'incomplete']);
const decimalTextSchema = z.string().check(z.refine((v: string) => decimalInputSchema.safeParse(v).success, { params: { code: 'invalid_decimal' } }));

/**
 * The parts of an evaluation the gap analysis reads, checked loosely (other fields pass through), so
 * an evaluation read back from JSON is accepted and a stranger object gets a clear error.
 */
export const evaluationShapeSchema = z.looseObject({
  profile: z.looseObject({ id: idSchema, version: z.string() }),
  supplier: z.looseObject({ id: idSchema, name: z.string(), region: z.optional(z.string()) }),
  auditDate: calendarDateSchema,
  evaluatedOn: calendarDateSchema,
  decision: decisionSchema,
  score: decimalTextSchema,
  places: z.int(),
  grade: z.string(),
  categories: z.array(z.looseObject({ id: z.string(), score: z.nullable(decimalTextSchema) })),
  rules: z.array(z.looseObject({ id: z.string(), criteria: z.array(z.string()), categories: z.array(z.string()) })),
  criteria: z.array(
    z.looseObject({
      id: idSchema,
      category: z.string(),
      status: statusSchema,
      score: decimalTextSchema,
      exactScore: z.optional(decimalTextSchema),
      pointsLost: decimalTextSchema,
      why: z.looseObject({ code: z.string(), params: z.record(z.string(), z.string()) }),
    }),
  ),
  gaps: z.array(z.looseObject({ criterion: idSchema, status: statusSchema, pointsLost: decimalTextSchema })),
});

/**
 * Returns the value as an evaluation after checking the fields the gap analysis reads, or throws one
 * `ValidationError` listing every problem (paths start with `base`, e.g. `['before']`).
 *
 * @example
 * evaluationOrThrow(JSON.parse(JSON.stringify(evaluation))).decision
 * //=> 'conditional'
 */
export function evaluationOrThrow(value: unknown, base: readonly PathSegment[] = []): Evaluation {
  const parsed = evaluationShapeSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError(fromZodIssues(parsed.error.issues, value, base), 'evaluation');
  return value as Evaluation;
}
