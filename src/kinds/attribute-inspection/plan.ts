import type { JsonValue, KindOutcome } from '../../criteria/outcome.js';
import { Decimal } from '../../decimal.js';
import { quotientText } from '../../fast/decimalText.js';
import { HUNDRED, ZERO } from '../../fast/fastContext.js';
import { FAIL, MISSING, PARTIAL, PASS, type CompiledBase } from '../../fast/planParts.js';
import type { AttributeInspectionCriterion, AttributeInspectionEvidence } from './schema.js';
import { isIntIn, isOptionalText, isPlainObject, onlyKeys } from '../../fast/entryChecks.js';
import type { Verdict } from '../../fast/verdict.js';
import { jsonClone } from '../../fast/jsonClone.js';
import { lotDisposition } from '../../sampling/lotDisposition.js';
import { samplingPlan } from '../../sampling/samplingPlan.js';
import type { Inspection } from '../../sampling/schemas.js';
import { switchingRun } from '../../sampling/switchingState.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of an attribute inspection. */
export type CompiledInspection = CompiledBase<'attribute-inspection', AttributeInspectionCriterion>;

const INSPECTION_KEYS = new Set(['criterion', 'lots', 'note']);
const LOT_KEYS = new Set(['id', 'lotSize', 'inspected', 'nonconforming', 'productionIrregular']);

/**
 * Returns whether the lots of an attribute-inspection entry are as the evidence schema and the
 * cross-checks want them: whole counts, no more inspected than the lot, no more nonconforming than
 * inspected.
 *
 * @example
 * lotsFit([{ lotSize: 500, inspected: 50, nonconforming: 0 }])
 * //=> true
 */
export function lotsFit(lots: AttributeInspectionEvidence['lots'] | unknown): boolean {
  if (!Array.isArray(lots) || lots.length < 1 || lots.length > 10000) return false;
  for (let i = 0; i < lots.length; i++) {
    const lot: unknown = lots[i];
    if (!isPlainObject(lot) || !onlyKeys(lot, LOT_KEYS) || !isOptionalText(lot.id)) return false;
    if (lot.productionIrregular !== undefined && typeof lot.productionIrregular !== 'boolean') return false;
    const { lotSize, inspected, nonconforming } = lot;
    if (!isIntIn(lotSize, 2, 1_000_000_000) || !isIntIn(inspected, 0, Number.MAX_SAFE_INTEGER) || !isIntIn(nonconforming, 0, Number.MAX_SAFE_INTEGER)) return false;
    if (inspected > lotSize || nonconforming > inspected) return false;
  }
  return true;
}

/** The lots of an entry judged in order, and what the judgement comes to. */
interface JudgedLots {
  /** Each judged lot with its plan and decision (empty unless asked for). */
  readonly lots: JsonValue[];
  readonly accepted: number;
  readonly judged: number;
  /** Whether the last judged lot was accepted (true when none was). */
  readonly lastAccepted: boolean;
  /** The first lot inspected on fewer units than its plan's sample. */
  readonly short: { readonly lot: number; readonly inspected: number; readonly needed: number } | null;
  /** The switching rules' state and reason after the lots, when the criterion follows them. */
  readonly switching: { readonly state: string; readonly reason: string } | null;
  /** The severity inspection ends at: the switching state, else the criterion's. */
  readonly now: string;
}

/**
 * Returns the lots judged in order, each by the ISO 2859-1 plan that applies to it (the switching
 * rules' state before it, ISO 2859-1:1999 §9, when the criterion follows them; judging stops once
 * inspection is discontinued), with the lots' results when `withLots`.
 *
 * @example
 * judgedLots(incoming, { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 80, nonconforming: 1 }] }, false).accepted
 * //=> 1
 */
export function judgedLots(criterion: AttributeInspectionCriterion, evidence: AttributeInspectionEvidence, withLots: boolean): JudgedLots {
  const run = criterion.inspection === 'switching' ? switchingRun({ start: 'normal', productionSteady: false, authorityApprovesReduced: false }) : null;
  const lots: JsonValue[] = [];
  let accepted = 0;
  let judged = 0;
  let lastAccepted = true;
  let short: JudgedLots['short'] = null;
  for (const lot of evidence.lots) {
    if (run?.state === 'discontinued') break;
    const plan = samplingPlan({
      lotSize: lot.lotSize,
      aql: criterion.aql,
      level: criterion.level,
      inspection: (run ? run.state : criterion.inspection) as Inspection,
      edition: criterion.edition,
    });
    // More units inspected than the plan's sample may find more nonconforming units than the sample
    // holds: such a count is judged as a full sample of them (at least Re, so the lot is rejected).
    const disposition = lotDisposition(plan, Math.min(lot.nonconforming, plan.sampleSize));
    judged++;
    if (lot.inspected < plan.sampleSize && !short) short = { lot: judged, inspected: lot.inspected, needed: plan.sampleSize };
    if (disposition.accepted) accepted++;
    lastAccepted = disposition.accepted;
    run?.next({ accepted: disposition.accepted, nonconforming: lot.nonconforming, plan, disposition, productionIrregular: lot.productionIrregular === true });
    if (withLots) {
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
  }
  const state = run ? run.result() : null;
  return { lots, accepted, judged, lastAccepted, short, switching: state && { state: state.state, reason: state.reason }, now: state?.state ?? criterion.inspection };
}

/**
 * Sets a verdict to judged lots: missing when a lot had too few units inspected; failed when the last
 * lot judged was rejected, inspection was discontinued or lots were left unjudged; partly met, by
 * the share of accepted lots, when earlier lots were rejected; else met. Returns the exact score.
 */
function lotsVerdict(judgement: JudgedLots, lots: number, verdict: Verdict): Decimal {
  const { accepted, judged } = judgement;
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.error = 0;
  verdict.exact = ZERO;
  verdict.score = 0;
  if (judgement.short) verdict.status = MISSING;
  else if (judgement.now === 'discontinued' || judged < lots || !judgement.lastAccepted) verdict.status = FAIL;
  else if (accepted < judged) {
    verdict.status = PARTIAL;
    verdict.exact = new Decimal(accepted).div(judged).times(100);
    verdict.score = verdict.exact.toNumber();
    verdict.error = verdict.score * Number.EPSILON;
  } else {
    verdict.status = PASS;
    verdict.exact = HUNDRED;
    verdict.score = 100;
  }
  return verdict.exact;
}

/**
 * Returns the outcome of an attribute inspection with the verdict filled in: each lot judged by the
 * plan that applies to it, `missing` when a lot was inspected on fewer units than its plan demands,
 * failed when the latest lot was rejected or inspection is discontinued, partly met when earlier lots
 * were rejected.
 *
 * @example
 * inspectionOutcome(incoming, { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 80, nonconforming: 1 }] }, emptyVerdict()).status
 * //=> 'pass'
 */
export function inspectionOutcome(c: CompiledInspection, evidence: AttributeInspectionEvidence, verdict: Verdict): KindOutcome {
  const criterion = c.criterion;
  const judgement = judgedLots(criterion, evidence, true);
  const { lots, accepted, judged, short } = judgement;
  const score = lotsVerdict(judgement, evidence.lots.length, verdict);
  const found = { lots, accepted, judged, ...(judgement.switching ? { switching: judgement.switching } : {}) };
  const params = {
    accepted: String(accepted),
    lots: String(judged),
    aql: criterion.aql,
    level: criterion.level,
    state: judgement.now,
    lot: String(short?.lot ?? ''),
    inspected: String(short?.inspected ?? ''),
    needed: String(short?.needed ?? ''),
  };
  const required = jsonClone(c.required ?? {});
  const status = verdict.status;
  const code =
    status === MISSING ? 'inspection.tooFewInspected'
    : status === FAIL ? (judgement.now === 'discontinued' ? 'inspection.discontinued' : 'inspection.lastRejected')
    : status === PARTIAL ? 'inspection.someRejected'
    : 'inspection.allAccepted';
  const shortfall = status === FAIL || status === PARTIAL ? { amount: String(judged - accepted), unit: 'lots', relative: quotientText(judged - accepted, judged, 6) } : null;
  return { status: status === MISSING ? 'missing' : status === FAIL ? 'fail' : status === PARTIAL ? 'partial' : 'pass', score, required, found, why: { code, params }, shortfall };
}

/**
 * The plan of an attribute inspection: lots judged by ISO 2859-1 plans and switching rules, in whole
 * numbers; only a partly met score (the share of accepted lots) is a decimal.
 */
export const attributeInspectionPlan: KindPlan<AttributeInspectionCriterion, CompiledInspection> = {
  compile: (_criterion, base) => base,
  fits: (_compiled, _holder, _c, e) => onlyKeys(e, INSPECTION_KEYS) && lotsFit(e.lots),
  outcome: (_ctx, c, entry, _holder, verdict) => inspectionOutcome(c, entry as unknown as AttributeInspectionEvidence, verdict),
  decide(_ctx, c, entry, _holder, verdict) {
    const evidence = entry as unknown as AttributeInspectionEvidence;
    lotsVerdict(judgedLots(c.criterion, evidence, false), evidence.lots.length, verdict);
    return false;
  },
  exactScore(_ctx, c, entry, _holder, _status, _fast, verdict) {
    const evidence = entry as unknown as AttributeInspectionEvidence;
    return lotsVerdict(judgedLots(c.criterion, evidence, false), evidence.lots.length, verdict);
  },
};
