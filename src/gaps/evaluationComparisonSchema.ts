import * as z from 'zod/mini';
import { calendarDateSchema, causeFamilySchema, decimalTextSchema, severitySchema } from '../schema/primitives.js';
import { decisionSchema, shortfallSchema, statusSchema } from '../scoring/evaluationSchema.js';

const criterionStateSchema = z.nullable(z.object({ status: statusSchema, score: decimalTextSchema }));
const gapStateSchema = z.nullable(
  z.object({ priority: z.int().check(z.minimum(0)), status: statusSchema, score: decimalTextSchema, pointsLost: decimalTextSchema, shortfall: shortfallSchema, knockOut: z.boolean() }),
);
const gapChangesSchema = z.array(
  z.object({
    criterion: z.string(),
    title: z.string(),
    category: z.string(),
    causeFamily: causeFamilySchema,
    severity: severitySchema,
    change: z.enum(['closed', 'opened', 'better', 'worse', 'same', 'dropped']),
    before: gapStateSchema,
    after: gapStateSchema,
  }),
);

/**
 * The whole shape of an `EvaluationComparison`, as `compareEvaluations` returns it and as it reads
 * back from JSON: the check of the comparison report.
 *
 * @example
 * evaluationComparisonSchema.safeParse(JSON.parse(JSON.stringify(compareEvaluations(first, reaudit)))).success
 * //=> true
 */
export const evaluationComparisonSchema = z.object({
  supplier: z.object({ id: z.string(), name: z.string() }),
  profile: z.object({
    id: z.string(),
    before: z.string(),
    after: z.string(),
    changes: z.object({
      added: z.array(z.string()),
      removed: z.array(z.string()),
      changed: z.array(z.object({ criterion: z.string(), fields: z.array(z.string()) })),
    }),
  }),
  auditDates: z.object({ before: calendarDateSchema, after: calendarDateSchema }),
  daysBetweenAudits: z.int(),
  reaudit: z.optional(z.object({ due: calendarDateSchema, onTime: z.boolean(), daysLate: z.int().check(z.minimum(0)) })),
  score: z.object({ before: decimalTextSchema, after: decimalTextSchema, change: decimalTextSchema }),
  grade: z.object({ before: z.string(), after: z.string(), changed: z.boolean() }),
  decision: z.object({ before: decisionSchema, after: decisionSchema, changed: z.boolean(), direction: z.enum(['better', 'worse', 'same']) }),
  criteria: z.array(z.object({ id: z.string(), title: z.string(), causeFamily: causeFamilySchema, before: criterionStateSchema, after: criterionStateSchema })),
  gaps: z.object({ closed: gapChangesSchema, opened: gapChangesSchema, remaining: gapChangesSchema, dropped: gapChangesSchema }),
});
