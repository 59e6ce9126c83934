import * as z from 'zod/mini';
import { Decimal, decimalString, toDecimal } from '../../decimal.js';
import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { decimalInputSchema, decimalSchema, idSchema, noteSchema } from '../../schema/primitives.js';
import type { GaugeStudySummary } from '../../stats/gaugeStudy.js';
import { gaugeTableOf, type GaugeStudyInput, type GaugeTable } from '../../stats/gaugeStudyInput.js';
import { toRational } from '../../stats/rational.js';
import type { JsonValue, KindOutcome, Shortfall } from '../../criteria/outcome.js';

/**
 * A measurement-system analysis: a crossed gauge R&R study (parts × operators × trials) judged as the
 * AIAG MSA 4th ed. judges it: %GRR at most 10 % acceptable, above 10 % up to 30 % conditionally
 * acceptable, above 30 % not acceptable, on %Study Variation or on %Tolerance (the tolerance of the
 * measurement criterion it qualifies), and not acceptable with fewer distinct categories than the
 * minimum.
 */
export const gaugeStudyCriterionSchema = z.strictObject({
  kind: z.literal('gauge-study'),
  ...criterionBaseShape,
  /** `anova` (default) or `average-range` (AIAG MSA 4th ed., the gauge R&R report form). */
  method: z._default(z.enum(['anova', 'average-range']), 'anova'),
  /** ANOVA: the operator-by-part interaction is pooled into repeatability when its p-value is at or above alpha (default 0.05; 0.25 as older Minitab releases). */
  alpha: z._default(
    decimalSchema.check(z.refine((v: string) => toDecimal(v).gt(0) && toDecimal(v).lt(1), { params: { code: 'out_of_range', minimum: '0 (exclusive)', maximum: '1 (exclusive)' } })),
    '0.05',
  ),
  /** The multiplier k of the study variation k·σ (default 6). */
  studyVariation: z._default(decimalSchema.check(z.refine((v: string) => toDecimal(v).gt(0), { params: { code: 'too_small', minimum: '0 (exclusive)' } })), '6'),
  /** What %GRR is judged on: `study-variation` (default) or `tolerance` (needs `characteristic` with two limits). */
  basis: z._default(z.enum(['study-variation', 'tolerance']), 'study-variation'),
  /** The id of the measurement criterion the gauge measures: its limits give %Tolerance. */
  characteristic: z.optional(idSchema),
  /** The least number of distinct categories of an acceptable gauge (default 5). */
  minimumCategories: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 5),
});
export type GaugeStudyCriterion = z.infer<typeof gaugeStudyCriterionSchema>;

/** One measurement of the study: the part, the operator (appraiser), the trial (optional) and the value. */
export const gaugeMeasurementSchema = z.strictObject({
  part: z.string().check(z.minLength(1), z.maxLength(100)),
  operator: z.string().check(z.minLength(1), z.maxLength(100)),
  trial: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  value: decimalInputSchema,
});

/** The most measurements one gauge study may give. */
export const MAX_GAUGE_MEASUREMENTS = 100_000;

/** The study's table: one row per measurement, every operator measuring every part the same number of times. */
export const gaugeStudyEvidenceSchema = z.strictObject({
  criterion: idSchema,
  measurements: z.array(gaugeMeasurementSchema).check(z.maxLength(MAX_GAUGE_MEASUREMENTS)),
  note: z.optional(noteSchema),
});
export type GaugeStudyEvidence = z.infer<typeof gaugeStudyEvidenceSchema>;

/** The AIAG MSA 4th ed. limits of %GRR: at most 10 % acceptable, at most 30 % conditionally acceptable. */
export const GAUGE_LIMITS = Object.freeze({ acceptable: '10', conditional: '30' });

/**
 * Returns the checked input of a criterion's study: the entry's table (see `gaugeTableOf`) with the
 * criterion's options and the characteristic's tolerance (USL − LSL) or null.
 *
 * @example
 * gaugeStudyInputOf(orificeGauge, gaugeTableOf(aiagRows, 'anova').table, new Decimal(8)).basis
 * //=> 'tolerance'
 */
export function gaugeStudyInputOf(criterion: GaugeStudyCriterion, table: GaugeTable, tolerance: Decimal | null): GaugeStudyInput {
  return {
    ...table,
    method: criterion.method,
    alpha: toRational(criterion.alpha),
    k: toRational(criterion.studyVariation),
    tolerance: tolerance === null ? null : toRational(tolerance),
    basis: criterion.basis,
    minimumCategories: criterion.minimumCategories,
  };
}

/**
 * Returns the problems of a gauge study's table beyond its schema (fewer than 2 parts, operators or
 * trials, a design that is not crossed and balanced, a trial given twice, sizes outside the average
 * and range tables), each with its path under the entry (`measurements[4].trial`).
 *
 * @example
 * gaugeStudyEntryIssues(orificeGauge, { criterion: 'orifice-gauge', measurements: [] }, ['entries', 3])[0].code
 * //=> 'too_few_levels'
 */
export function gaugeStudyEntryIssues(criterion: GaugeStudyCriterion, entry: GaugeStudyEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  return gaugeTableOf(entry.measurements, criterion.method).issues.map((issue) => {
    const [head, ...rest] = issue.segments;
    const first = issue.params.first;
    const params = typeof first === 'string' ? { ...issue.params, first: first.replace(/^data/, 'measurements') } : issue.params;
    return createIssue(issue.code, head === 'data' ? [...at, 'measurements', ...rest] : [...at, ...issue.segments], params);
  });
}

/** The model a study's components come from, as the explanation names it. */
function modelOf(study: GaugeStudySummary): string {
  return study.model ?? 'average-range';
}

/**
 * Returns the outcome of a gauge-study criterion for its study's figures (`gaugeStudySummary`: exact
 * sums of squares, variance components, number of distinct categories and comparisons of %GRR with
 * 10 % and 30 %), its AIAG verdict as a status: acceptable passes (100), conditionally acceptable is
 * partial (50), not acceptable (over 30 %, or fewer distinct categories than the minimum) fails (0).
 * A study whose values do not vary at all fails on either basis: it tells no part from another.
 * `required` is the criterion's requirement (see `gaugeStudyRequirement`).
 *
 * @example
 * evaluateGaugeStudy(orificeGauge, gaugeStudySummary(aiagInput), gaugeStudyRequirement(orificeGauge)).why
 * //=> { code: 'gauge.tooFewCategories', params: { percent: '27.86', basis: 'study-variation', ndc: '4', minimum: '5', … } }
 */
export function evaluateGaugeStudy(criterion: GaugeStudyCriterion, study: GaugeStudySummary, required: Readonly<Record<string, JsonValue>>): KindOutcome {
  const verdict = study.verdict;
  const grr = study.gaugeRR;
  const interaction = study.interactionP;
  const found: Record<string, JsonValue> = {
    method: study.method,
    model: modelOf(study),
    parts: study.parts,
    operators: study.operators,
    trials: study.trials,
    ...(interaction === null ? {} : { interactionP: interaction }),
    ...(verdict ? { percent: verdict.percent } : {}),
    studyPercent: grr.studyPercent,
    tolerancePercent: grr.tolerancePercent,
    contribution: grr.contribution,
    ...(study.tolerance === null ? {} : { tolerance: study.tolerance }),
    ndc: study.ndc,
    result: verdict?.result ?? 'unacceptable',
  };
  const params = {
    percent: verdict?.percent ?? '',
    basis: criterion.basis,
    ndc: study.ndc === null ? '' : String(study.ndc),
    minimum: String(criterion.minimumCategories),
    model: modelOf(study),
    p: interaction ?? '',
    alpha: study.alpha ?? '',
    acceptable: GAUGE_LIMITS.acceptable,
    conditional: GAUGE_LIMITS.conditional,
  };
  // No %GRR on the study variation, or a %GRR of 0 on the tolerance from values that do not vary at all.
  if (verdict === null || grr.contribution === null) {
    return { status: 'fail', score: new Decimal(0), required, found, why: { code: 'gauge.noVariation', params }, shortfall: null };
  }
  const over = (limit: string): Shortfall => {
    const amount = toDecimal(verdict.percent).minus(limit);
    const shown = Decimal.max(amount, 0);
    return { amount: decimalString(shown), unit: '%', relative: decimalString(shown.div(limit).toDecimalPlaces(6, Decimal.ROUND_HALF_UP)) };
  };
  if (verdict.level === 'unacceptable') {
    return { status: 'fail', score: new Decimal(0), required, found, why: { code: 'gauge.unacceptable', params }, shortfall: over(GAUGE_LIMITS.conditional) };
  }
  if (!verdict.categoriesMet) {
    const missing = criterion.minimumCategories - (study.ndc as number);
    const shortfall = { amount: String(missing), unit: 'categories', relative: decimalString(new Decimal(missing).div(criterion.minimumCategories).toDecimalPlaces(6, Decimal.ROUND_HALF_UP)) };
    return { status: 'fail', score: new Decimal(0), required, found, why: { code: 'gauge.tooFewCategories', params }, shortfall };
  }
  if (verdict.level === 'acceptable') return { status: 'pass', score: new Decimal(100), required, found, why: { code: 'gauge.acceptable', params }, shortfall: null };
  return { status: 'partial', score: new Decimal(GAUGE_CONDITIONAL_SCORE), required, found, why: { code: 'gauge.conditional', params }, shortfall: over(GAUGE_LIMITS.acceptable) };
}

/** The score of a conditionally acceptable gauge: partial credit, half the points. */
export const GAUGE_CONDITIONAL_SCORE = 50;

/**
 * Returns what a gauge-study criterion requires, as plain JSON: the method, the basis, alpha (ANOVA),
 * the study-variation multiplier, the AIAG limits, the least number of distinct categories and the
 * characteristic it qualifies.
 *
 * @example
 * gaugeStudyRequirement(orificeGauge)
 * //=> { method: 'anova', basis: 'tolerance', alpha: '0.05', studyVariation: '6', acceptable: '10', conditional: '30', minimumCategories: 5, characteristic: 'orifice-d' }
 */
export function gaugeStudyRequirement(criterion: GaugeStudyCriterion): Record<string, JsonValue> {
  return {
    method: criterion.method,
    basis: criterion.basis,
    ...(criterion.method === 'anova' ? { alpha: criterion.alpha } : {}),
    studyVariation: criterion.studyVariation,
    acceptable: GAUGE_LIMITS.acceptable,
    conditional: GAUGE_LIMITS.conditional,
    minimumCategories: criterion.minimumCategories,
    ...(criterion.characteristic !== undefined ? { characteristic: criterion.characteristic } : {}),
  };
}
