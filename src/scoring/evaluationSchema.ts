import * as z from 'zod/mini';
import { calendarDateSchema, causeFamilySchema, decimalTextSchema, severitySchema } from '../schema/primitives.js';
import { jsonObjectSchema } from '../schema/jsonValue.js';
import { auditGroupLevelSchema, effectSchema } from '../schema/rule.js';
import { explanationsEn, issueSentencesEn } from '../locales/en.js';
import { catalogueKey } from '../schema/catalogueKey.js';
import { KIND_NAMES, kindNamed, type KindName } from '../kinds/registry.js';

/** A criterion's status. */
export const statusSchema = z.enum(['pass', 'partial', 'fail', 'not-applicable', 'missing']);
const kindSchema = z.enum(KIND_NAMES as [KindName, ...KindName[]]);
const countSchema = z.int().check(z.minimum(0));
/** The reason behind a result: a message code of the explanations and its parameters. */
export const whySchema = z.object({ code: catalogueKey(explanationsEn), params: z.record(z.string(), z.string()) });

/** Adds an `invalid_decimal` issue for each decimal field of `required` and `found` (its kind's `resultDecimals`) that is not a decimal text. */
const decimalFieldsCheck = z.check<{ kind: string; required: Record<string, unknown>; found: Record<string, unknown> | null }>((ctx) => {
  const fields = kindNamed(ctx.value)?.resultDecimals;
  if (!fields) return;
  for (const side of ['required', 'found'] as const) {
    const object = ctx.value[side];
    if (object === null) continue;
    for (const key of fields[side]) {
      if (!Object.hasOwn(object, key)) continue;
      const value = object[key];
      if (decimalTextSchema.safeParse(value).success) continue;
      ctx.issues.push({ code: 'custom', input: value, path: [side, key], params: { code: 'invalid_decimal' }, message: '' });
    }
  }
});
/** How far a result falls short, or null. */
export const shortfallSchema = z.nullable(z.object({ amount: decimalTextSchema, unit: z.string(), relative: z.nullable(decimalTextSchema) }));
const idsSchema = z.array(z.string());
/** The four decisions. */
export const decisionSchema = z.enum(['approved', 'conditional', 'rejected', 'incomplete']);

/** One criterion's result (`CriterionResult`), as in an evaluation's `criteria`. */
export const criterionResultSchema = z.object({
  id: z.string(),
  category: z.string(),
  kind: kindSchema,
  title: z.string(),
  severity: severitySchema,
  causeFamily: causeFamilySchema,
  weight: decimalTextSchema,
  status: statusSchema,
  score: decimalTextSchema,
  exactScore: z.optional(decimalTextSchema),
  required: jsonObjectSchema,
  found: z.nullable(jsonObjectSchema),
  explanation: z.string(),
  why: whySchema,
  pointsLost: decimalTextSchema,
  shortfall: shortfallSchema,
  remedy: z.optional(z.string()),
  reference: z.optional(z.string()),
}).check(decimalFieldsCheck);

const categoryResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  weight: decimalTextSchema,
  score: z.nullable(decimalTextSchema),
  minScore: z.optional(decimalTextSchema),
  pointsLost: decimalTextSchema,
  counts: z.object({ pass: countSchema, partial: countSchema, fail: countSchema, 'not-applicable': countSchema, missing: countSchema }),
});

const firedRuleGroupSchema = z.object({
  category: z.string(),
  level: auditGroupLevelSchema,
  id: z.string(),
  productGroup: z.optional(z.string()),
  score: z.optional(decimalTextSchema),
  evaluated: countSchema,
  questions: countSchema,
});

const firedRuleSchema = z.object({
  id: z.string(),
  title: z.string(),
  effect: effectSchema,
  criteria: idsSchema,
  categories: idsSchema,
  groups: z.optional(z.array(firedRuleGroupSchema)),
  scope: z.optional(z.string()),
  reference: z.optional(z.string()),
  explanation: z.string(),
  why: whySchema,
});

const groupScoreFields = {
  score: z.nullable(decimalTextSchema),
  wholePercent: z.nullable(decimalTextSchema),
  points: decimalTextSchema,
  possible: decimalTextSchema,
  evaluated: countSchema,
  questions: countSchema,
};

const auditGroupsSchema = z.object({
  category: z.string(),
  ...groupScoreFields,
  groups: z.array(z.object({ level: auditGroupLevelSchema, id: z.string(), productGroup: z.optional(z.string()), ...groupScoreFields })),
});

const reasonSchema = z.object({
  code: z.enum(['knock-out', 'rule', 'missing-evidence', 'grade', 'decision']),
  message: z.string(),
  why: whySchema,
  criteria: z.optional(idsSchema),
  rule: z.optional(z.string()),
});

/** A cause that holds an evaluation at its decision (`DecisiveCause`). */
export const decisiveCauseSchema = z.object({
  cause: z.enum(['knock-out', 'rule', 'category-minimum', 'score-band', 'missing-evidence']),
  rule: z.optional(z.string()),
  criteria: idsSchema,
  categories: z.optional(idsSchema),
  groups: z.optional(z.array(firedRuleGroupSchema)),
  grade: z.optional(z.string()),
  score: z.optional(decimalTextSchema),
  causeFamilies: z.array(causeFamilySchema),
});

/** A gap's effort estimate. */
export const effortSchema = z.object({ days: z.optional(decimalTextSchema), cost: z.optional(decimalTextSchema), currency: z.optional(z.string()) });

const gapSchema = z.object({
  priority: countSchema,
  criterion: z.string(),
  title: z.string(),
  category: z.string(),
  kind: kindSchema,
  severity: severitySchema,
  causeFamily: causeFamilySchema,
  status: statusSchema,
  required: jsonObjectSchema,
  found: z.nullable(jsonObjectSchema),
  score: decimalTextSchema,
  shortfall: shortfallSchema,
  pointsLost: decimalTextSchema,
  knockOut: z.boolean(),
  rules: idsSchema,
  categoryRules: idsSchema,
  impact: z.enum(['knock-out', 'rule', 'missing-evidence', 'category', 'points']),
  capDecision: z.optional(z.enum(['conditional', 'rejected'])),
  capGrade: z.optional(z.string()),
  stability: z.optional(z.object({ chart: z.enum(['i-mr', 'xbar-r', 'xbar-s']), rules: z.array(z.string()), points: z.array(countSchema) })),
  explanation: z.string(),
  remedy: z.optional(z.string()),
  effort: z.optional(effortSchema),
}).check(decimalFieldsCheck);

const warningSchema = z.object({
  path: z.string(),
  segments: z.array(z.union([z.string(), z.number()])),
  code: catalogueKey(issueSentencesEn),
  message: z.string(),
  messageId: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  criterion: z.optional(z.string()),
});

/**
 * The whole shape of an `Evaluation`, as `evaluate` returns it and as it reads back from JSON: the
 * check of the functions that take an evaluation (summaries, reports, differences, sheet rows), so a
 * changed or foreign object is reported field by field instead of failing somewhere inside. Fields
 * the library does not write pass unchecked.
 *
 * @example
 * evaluationSchema.safeParse(JSON.parse(JSON.stringify(evaluate(profile, evidence)))).success
 * //=> true
 */
export const evaluationSchema = z.object({
  profile: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  supplier: z.object({ id: z.string(), name: z.string(), region: z.optional(z.string()) }),
  auditDate: calendarDateSchema,
  evaluatedOn: calendarDateSchema,
  auditor: z.optional(z.string()),
  processSteps: z.optional(z.array(z.object({ id: z.string(), title: z.optional(z.string()), productGroup: z.optional(z.string()) }))),
  decision: decisionSchema,
  score: decimalTextSchema,
  places: z.int().check(z.minimum(0), z.maximum(6)),
  grade: z.string(),
  scoreGrade: z.string(),
  reasons: z.array(reasonSchema),
  decisiveCauses: z.array(decisiveCauseSchema),
  rules: z.array(firedRuleSchema),
  categories: z.array(categoryResultSchema),
  auditGroups: z.optional(z.array(auditGroupsSchema)),
  criteria: z.array(criterionResultSchema),
  gaps: z.array(gapSchema),
  reauditDue: z.optional(calendarDateSchema),
  warnings: z.array(warningSchema),
}).check(
  z.check((ctx) => {
    // Every criterion once; every gap, rule and category count about a criterion and category there is.
    const criteria = new Map<string, number>();
    const categories = new Set(ctx.value.categories.map((category) => category.id));
    ctx.value.criteria.forEach((result, i) => {
      const first = criteria.get(result.id);
      if (first !== undefined) ctx.issues.push({ code: 'custom', input: result.id, path: ['criteria', i, 'id'], params: { code: 'duplicate_id', id: result.id, first: `criteria[${first}].id` }, message: '' });
      else criteria.set(result.id, i);
      if (!categories.has(result.category)) ctx.issues.push({ code: 'custom', input: result.category, path: ['criteria', i, 'category'], params: { code: 'unknown_category', id: result.category }, message: '' });
    });
    ctx.value.gaps.forEach((gap, i) => {
      if (!criteria.has(gap.criterion)) ctx.issues.push({ code: 'custom', input: gap.criterion, path: ['gaps', i, 'criterion'], params: { code: 'unknown_criterion', id: gap.criterion }, message: '' });
    });
    ctx.value.decisiveCauses.forEach((cause, i) =>
      cause.criteria.forEach((id, k) => {
        if (!criteria.has(id)) ctx.issues.push({ code: 'custom', input: id, path: ['decisiveCauses', i, 'criteria', k], params: { code: 'unknown_criterion', id }, message: '' });
      }),
    );
    ctx.value.rules.forEach((rule, i) =>
      rule.criteria.forEach((id, k) => {
        if (!criteria.has(id)) ctx.issues.push({ code: 'custom', input: id, path: ['rules', i, 'criteria', k], params: { code: 'unknown_criterion', id }, message: '' });
      }),
    );
  }),
);
