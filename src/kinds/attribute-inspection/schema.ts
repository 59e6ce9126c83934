import * as z from 'zod/mini';
import { Decimal } from '../../decimal.js';
import { AQL_VALUES } from '../../sampling/aqlValues.js';
import { lotDisposition } from '../../sampling/lotDisposition.js';
import { samplingPlan } from '../../sampling/samplingPlan.js';
import { editionSchema, inspectionLevelSchema, type Inspection, type SamplingPlan } from '../../sampling/schemas.js';
import { switchingRun } from '../../sampling/switchingState.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { decimalSchema, idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import type { CriterionContext, JsonValue, KindOutcome } from '../../criteria/outcome.js';

/**
 * Incoming inspection of lots by attributes under an ISO 2859-1 single sampling plan: the AQL, the
 * inspection level, and the severity (normal, tightened, reduced, or `switching` to follow the
 * switching rules over the lot history).
 */
export const attributeInspectionCriterionSchema = z.strictObject({
  kind: z.literal('attribute-inspection'),
  ...criterionBaseShape,
  aql: decimalSchema,
  level: z._default(inspectionLevelSchema, 'II'),
  inspection: z._default(z.enum(['normal', 'tightened', 'reduced', 'switching']), 'switching'),
  edition: z._default(editionSchema, 'ISO 2859-1:1999'),
});
export type AttributeInspectionCriterion = z.infer<typeof attributeInspectionCriterionSchema>;

/** One lot inspected on original inspection. */
export const inspectedLotSchema = z.strictObject({
  id: z.optional(textSchema),
  lotSize: z.int().check(z.minimum(2), z.maximum(1_000_000_000)),
  inspected: z.int().check(z.minimum(0)),
  nonconforming: z.int().check(z.minimum(0)),
  productionIrregular: z.optional(z.boolean()),
});

/** The lots inspected, in the order they were received. */
export const attributeInspectionEvidenceSchema = z.strictObject({
  criterion: idSchema,
  lots: z.array(inspectedLotSchema).check(z.minLength(1), z.maxLength(10000)),
  note: z.optional(noteSchema),
});
export type AttributeInspectionEvidence = z.infer<typeof attributeInspectionEvidenceSchema>;

/** Returns whether an AQL is a column of the sampling tables. */
export function isTableAql(aql: string): boolean {
  return AQL_VALUES.some((value) => new Decimal(value).eq(aql));
}

/**
 * Returns the outcome of an attribute-inspection criterion: each lot judged by the plan that applies
 * to it (ISO 2859-1:1999 §9 switching, when asked), `missing` when a lot was inspected on fewer units
 * than its plan demands, failed when the latest lot was rejected or inspection is discontinued,
 * partly met when earlier lots were rejected.
 *
 * @example
 * evaluateAttributeInspection(incoming, { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 80, nonconforming: 1 }] }, { at: '2026-11-28' }).status
 * //=> 'pass'
 */
export function evaluateAttributeInspection(
  criterion: AttributeInspectionCriterion,
  evidence: AttributeInspectionEvidence,
  context: CriterionContext,
): KindOutcome {
  const required = attributeInspectionRequirement(criterion, context);
  // One run of the switching rules over the lots in order: each lot's severity is the run's state before it.
  const run = criterion.inspection === 'switching' ? switchingRun({ start: 'normal', productionSteady: false, authorityApprovesReduced: false }) : null;
  const history: { accepted: boolean }[] = [];
  const lots: JsonValue[] = [];
  let accepted = 0;
  let short: { lot: number; inspected: number; needed: number } | null = null;
  let severity: Inspection | 'discontinued' = criterion.inspection === 'switching' ? 'normal' : criterion.inspection;
  for (const [index, lot] of evidence.lots.entries()) {
    if (run) {
      severity = run.state;
      if (severity === 'discontinued') break;
    }
    const plan: SamplingPlan = samplingPlan({
      lotSize: lot.lotSize,
      aql: criterion.aql,
      level: criterion.level,
      inspection: severity as Inspection,
      edition: criterion.edition,
    });
    // More units inspected than the plan's sample may find more nonconforming units than the sample
    // holds: such a count is judged as a full sample of them (at least Re, so the lot is rejected).
    const disposition = lotDisposition(plan, Math.min(lot.nonconforming, plan.sampleSize));
    if (lot.inspected < plan.sampleSize && !short) short = { lot: index + 1, inspected: lot.inspected, needed: plan.sampleSize };
    if (disposition.accepted) accepted++;
    history.push({ accepted: disposition.accepted });
    run?.next({ accepted: disposition.accepted, nonconforming: lot.nonconforming, plan, disposition, productionIrregular: lot.productionIrregular === true });
    lots.push({
      ...(lot.id ? { id: lot.id } : {}),
      lotSize: lot.lotSize,
      inspection: plan.inspection,
      codeLetter: plan.codeLetter,
      sampleSize: plan.sampleSize,
      acceptanceNumber: plan.acceptanceNumber,
      rejectionNumber: plan.rejectionNumber,
      inspected: lot.inspected,
      nonconforming: lot.nonconforming,
      decision: disposition.decision,
    });
  }
  const state = run ? run.result() : null;
  const judged = lots.length;
  const last = history[history.length - 1];
  const now = state?.state ?? criterion.inspection;
  const found = { lots, accepted, judged, ...(state ? { switching: { state: state.state, reason: state.reason } } : {}) };
  const params = {
    accepted: String(accepted),
    lots: String(judged),
    aql: criterion.aql,
    level: criterion.level,
    state: now,
    lot: String(short?.lot ?? ''),
    inspected: String(short?.inspected ?? ''),
    needed: String(short?.needed ?? ''),
  };
  if (short) {
    return { status: 'missing', score: new Decimal(0), required, found, why: { code: 'inspection.tooFewInspected', params }, shortfall: null };
  }
  const share = new Decimal(accepted).div(judged).times(100);
  if (now === 'discontinued' || judged < evidence.lots.length || last?.accepted === false) {
    return {
      status: 'fail',
      score: new Decimal(0),
      required,
      found,
      why: { code: now === 'discontinued' ? 'inspection.discontinued' : 'inspection.lastRejected', params },
      shortfall: { amount: String(judged - accepted), unit: 'lots', relative: new Decimal(judged - accepted).div(judged).toSignificantDigits(6).toString() },
    };
  }
  if (accepted < judged) {
    return {
      status: 'partial',
      score: share,
      required,
      found,
      why: { code: 'inspection.someRejected', params },
      shortfall: { amount: String(judged - accepted), unit: 'lots', relative: new Decimal(judged - accepted).div(judged).toSignificantDigits(6).toString() },
    };
  }
  return { status: 'pass', score: new Decimal(100), required, found, why: { code: 'inspection.allAccepted', params }, shortfall: null };
}

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * attributeInspectionRequirement({ kind: 'attribute-inspection', aql: '1.0', level: 'II', inspection: 'normal', edition: '1999', ... }, { at: '2026-11-28' })
 * //=> { aql: '1.0', level: 'II', inspection: 'normal', edition: '1999' }
 */
export function attributeInspectionRequirement(criterion: AttributeInspectionCriterion, _context: CriterionContext): Record<string, JsonValue> {
  return { aql: criterion.aql, level: criterion.level, inspection: criterion.inspection, edition: criterion.edition };
}
