import * as z from 'zod/mini';
import { issueSentencesEn } from '../locales/en.js';
import { catalogueKey, catalogueRecord } from '../schema/catalogueKey.js';
import { decisiveCauseSchema } from '../scoring/evaluationSchema.js';
import { calendarDateSchema, causeFamilySchema, decimalTextSchema, severitySchema } from '../schema/primitives.js';

const countSchema = z.int().check(z.minimum(0));
const decisionSchema = z.enum(['approved', 'conditional', 'rejected', 'incomplete']);
const decisionCountsSchema = z.object({ approved: countSchema, conditional: countSchema, rejected: countSchema, incomplete: countSchema });
const supplierSchema = z.object({ id: z.string(), name: z.string(), region: z.optional(z.string()) });
const pathCounts = { inNextPath: z.optional(countSchema), inApprovalPath: z.optional(countSchema) };

const needSchema = z.object({
  families: z.array(causeFamilySchema),
  suppliers: countSchema,
  days: decimalTextSchema,
  costs: z.array(z.object({ currency: z.optional(z.string()), amount: decimalTextSchema })),
  unestimated: countSchema,
});

/**
 * The whole shape of a `CohortSummary`, as `evaluateCohort` returns it and as it reads back from JSON:
 * the check of the functions that take a summary (merging, reports, sheet rows), so a changed or
 * foreign object is reported field by field. Fields the library does not write pass unchecked.
 *
 * @example
 * cohortSummarySchema.safeParse(JSON.parse(JSON.stringify(evaluateCohort(profile, evidences)))).success
 * //=> true
 */
export const cohortSummarySchema = z.object({
  profile: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  places: z.int().check(z.minimum(0), z.maximum(6)),
  settings: z.object({
    top: z.nullable(countSchema),
    nearMissMargin: decimalTextSchema,
    nearMissLimit: countSchema,
    invalidLimit: countSchema,
    paths: z.boolean(),
  }),
  records: countSchema,
  evaluated: countSchema,
  invalid: countSchema,
  decisions: decisionCountsSchema,
  grades: z.array(z.object({ grade: z.string(), count: countSchema })),
  passRate: z.nullable(decimalTextSchema),
  scores: z.object({
    min: z.nullable(decimalTextSchema),
    max: z.nullable(decimalTextSchema),
    mean: z.nullable(decimalTextSchema),
    quantiles: z.array(z.object({ p: decimalTextSchema, value: decimalTextSchema })),
    histogram: z.array(z.tuple([decimalTextSchema, countSchema])),
  }),
  ranking: z.object({
    complete: z.boolean(),
    entries: z.array(
      z.object({
        rank: countSchema,
        supplier: supplierSchema,
        auditDate: calendarDateSchema,
        score: decimalTextSchema,
        grade: z.string(),
        decision: decisionSchema,
        decisiveCause: z.optional(decisiveCauseSchema),
      }),
    ),
  }),
  gaps: z.object({
    byCriterion: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        category: z.string(),
        causeFamily: causeFamilySchema,
        severity: severitySchema,
        order: countSchema,
        suppliers: countSchema,
        knockOuts: countSchema,
        missing: countSchema,
        partial: countSchema,
        fail: countSchema,
        pointsLost: decimalTextSchema,
        ...pathCounts,
      }),
    ),
    byCauseFamily: z.array(z.object({ causeFamily: causeFamilySchema, suppliers: countSchema, gaps: countSchema, knockOuts: countSchema, ...pathCounts })),
  }),
  causes: z.object({
    byCause: z.array(
      z.object({ cause: z.enum(['knock-out', 'rule', 'category-minimum', 'score-band', 'missing-evidence']), decisions: decisionCountsSchema, first: decisionCountsSchema }),
    ),
    byRule: z.array(
      z.object({
        rule: z.string(),
        title: z.string(),
        order: countSchema,
        suppliers: countSchema,
        decisions: decisionCountsSchema,
        groups: z.array(z.object({ id: z.string(), productGroup: z.optional(z.string()), suppliers: countSchema })),
      }),
    ),
    byCriterion: z.array(z.object({ criterion: z.string(), order: countSchema, suppliers: countSchema, decisions: decisionCountsSchema })),
    byCauseFamily: z.array(z.object({ causeFamily: causeFamilySchema, suppliers: countSchema, decisions: decisionCountsSchema })),
  }),
  nearMisses: z.object({
    count: z.object({ conditional: countSchema, approved: countSchema }),
    suppliers: z.array(
      z.object({
        supplier: supplierSchema,
        auditDate: calendarDateSchema,
        score: decimalTextSchema,
        grade: z.string(),
        decision: decisionSchema,
        next: z.enum(['conditional', 'approved']),
        threshold: decimalTextSchema,
        distance: decimalTextSchema,
        decisiveCause: z.optional(decisiveCauseSchema),
      }),
    ),
  }),
  needs: z.optional(
    z.object({
      next: z.array(needSchema),
      approval: z.array(needSchema),
      funds: z.array(z.object({ causeFamily: z.enum(['man', 'machine']), toPass: countSchema, toApproval: countSchema })),
    }),
  ),
  unreachable: z.optional(z.object({ next: countSchema, approval: countSchema })),
  regions: z.array(
    z.object({ region: z.nullable(z.string()), suppliers: countSchema, decisions: decisionCountsSchema, scoreTotal: decimalTextSchema, meanScore: z.nullable(decimalTextSchema) }),
  ),
  warnings: z.optional(
    z.object({
      records: countSchema,
      byCode: catalogueRecord(issueSentencesEn, countSchema),
      byCriterion: z.array(z.object({ code: catalogueKey(issueSentencesEn), criterion: z.string(), count: countSchema })),
      examples: z.array(
        z.object({
          index: countSchema,
          supplier: z.object({ id: z.string(), name: z.string() }),
          warningCount: countSchema,
          warnings: z.array(
            z.object({ path: z.string(), code: catalogueKey(issueSentencesEn), criterion: z.optional(z.string()), message: z.string(), messageId: z.string() }),
          ),
        }),
      ),
    }),
  ),
  invalidRecords: z.object({
    byCode: catalogueRecord(issueSentencesEn, countSchema),
    records: z.array(
      z.object({
        index: countSchema,
        supplier: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })),
        issueCount: countSchema,
        issues: z.array(z.object({ path: z.string(), code: catalogueKey(issueSentencesEn), message: z.string(), messageId: z.string() })),
      }),
    ),
  }),
});
