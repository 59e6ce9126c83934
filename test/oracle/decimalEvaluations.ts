import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../src/decimal.js';
import type { CriterionContext, JsonValue, KindOutcome } from '../../src/criteria/outcome.js';
import { shortfallOf } from '../../src/criteria/outcome.js';
import { lotDisposition } from '../../src/sampling/lotDisposition.js';
import { samplingPlan } from '../../src/sampling/samplingPlan.js';
import type { Inspection, SamplingPlan } from '../../src/sampling/schemas.js';
import { switchingRun } from '../../src/sampling/switchingState.js';
import { auditPoints, auditQuestionRequirement, auditThresholds, type AuditQuestionCriterion, type AuditQuestionEvidence } from '../../src/kinds/audit-question/schema.js';
import { attributeInspectionRequirement, type AttributeInspectionCriterion, type AttributeInspectionEvidence } from '../../src/kinds/attribute-inspection/schema.js';
import { compareToLimit, flatValues, groupedValuesInUnit, limitsOf, meanOf, measurementRequirement, type MeasurementCriterion, type MeasurementEvidence } from '../../src/kinds/measurement/schema.js';
import { reachFigures, studyData, type CapabilityOutcome, type CapabilityRequirement } from '../../src/kinds/measurement/capabilityRequirement.js';
import { ValidationError } from '../../src/errors/index.js';
import { processCapabilityValues, type ProcessCapabilityValues } from '../../src/stats/index.js';
import { instabilityOutcome, stabilityOutcome } from '../../src/kinds/measurement/stabilityRequirement.js';
import { metricRequirement, metricValue, type MetricCriterion, type MetricEvidence } from '../../src/kinds/metric/schema.js';

/**
 * The decimal evaluations of the kinds whose plans decide in doubles where the doubles are certain
 * (measurement, metric, audit question) or in whole numbers (attribute inspection): every figure
 * worked out in decimal arithmetic, independently of the plans, for the oracle to compare them with.
 */

const round = (value: number | null, places: number): string | null =>
  value === null || !Number.isFinite(value) ? null : decimalString(new Decimal(value).toDecimalPlaces(places));
const sig = (value: number, digits = 6) => decimalString(new Decimal(value).toSignificantDigits(digits));

/** What it would take to reach the minimum index, as reported (see `reachFigures`). */
function toReach(study: ProcessCapabilityValues, sigma: number, min: number): Record<string, JsonValue> {
  const { sigmaNeeded, meanShift } = reachFigures(study.lsl === null ? null : Number(study.lsl), study.usl === null ? null : Number(study.usl), study.mean, sigma, min);
  return {
    sigma: sig(sigmaNeeded),
    sigmaReduction: sig(Math.max(0, sigma - sigmaNeeded)),
    meanShift: meanShift === null ? null : sig(meanShift),
  };
}

/**
 * Returns the outcome of a capability requirement for measured values (already in the criterion's
 * unit) against the specification limits: the study's index, sigma and how it was estimated, the
 * Bissell bound, and, when short, the sigma or mean shift that would reach the minimum.
 *
 * @example
 * capabilityOutcome({ index: 'cpk', min: '1.33', ... }, values, { lsl: '6.45', usl: '6.55' }, groups).state
 * //=> 'short'
 */
export function capabilityOutcome(
  requirement: CapabilityRequirement,
  values: readonly DecimalInput[],
  limits: { lsl: string | null; usl: string | null },
  subgroups: readonly (readonly DecimalInput[])[] | null,
): CapabilityOutcome {
  const index = requirement.index;
  const label = index === 'cpk' ? 'Cpk' : 'Ppk';
  const base = { index: label, minIndex: requirement.min, n: String(values.length), minSamples: String(requirement.minSamples) };
  if (values.length < requirement.minSamples) {
    return { state: 'too-few', compared: null, credit: new Decimal(0), found: { index, n: values.length, minSamples: requirement.minSamples }, params: base };
  }
  const data = studyData(requirement, values, subgroups);
  let study: ProcessCapabilityValues;
  try {
    study = processCapabilityValues(data, {
      lsl: limits.lsl,
      usl: limits.usl,
      ...(requirement.sigma ? { sigma: requirement.sigma } : {}),
      constants: requirement.constants,
      confidence: requirement.confidence,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const reason = error.issues[0]?.message ?? error.message;
    const reasonId = error.issues[0]?.messageId ?? reason;
    return { state: 'undefined', compared: null, credit: new Decimal(0), found: { index, n: values.length, reason }, params: { ...base, reason, reasonId } };
  }
  const value = index === 'cpk' ? study.cpk : study.ppk;
  const interval = index === 'cpk' ? study.cpkInterval : study.ppkInterval;
  const sigma = index === 'cpk' ? study.sigmaWithin : study.sigmaOverall;
  const found: Record<string, JsonValue> = {
    index,
    value: round(value, 4),
    n: study.n,
    mean: sig(study.mean, 10),
    sigma: sig(sigma),
    sigmaMethod: index === 'cpk' ? study.sigmaWithinMethod : 'overall',
    subgroups: study.subgroups.count,
    ...(interval ? { lowerBound: round(interval.lowerBound, 4), confidence: requirement.confidence } : {}),
  };
  if (value === null) {
    const note = study.notes[0];
    const reason = note?.message ?? 'The index is undefined.';
    return { state: 'undefined', compared: null, credit: new Decimal(0), found: { ...found, reason }, params: { ...base, reason, ...(note ? { reasonId: note.messageId } : {}) } };
  }
  const compared = toDecimal(requirement.useLowerBound && interval ? interval.lowerBound : value);
  const min = toDecimal(requirement.min);
  const params = {
    ...base,
    value: found.value as string,
    bound: (found.lowerBound as string | undefined) ?? '',
    useBound: requirement.useLowerBound ? 'yes' : '',
    sigma: found.sigma as string,
    method: String(found.sigmaMethod),
    confidence: decimalString(toDecimal(requirement.confidence).times(100)),
  };
  if (compared.gte(min)) return { state: 'met', compared, credit: new Decimal(100), found, params };
  const reach = toReach(study, sigma, min.toNumber());
  const shortFound = { ...found, toReach: reach };
  const shortParams = { ...params, sigmaNeeded: String(reach.sigma), meanShift: reach.meanShift === null ? '' : String(reach.meanShift) };
  if (requirement.partialFrom !== undefined) {
    const floor = toDecimal(requirement.partialFrom);
    if (compared.gte(floor) && min.gt(floor)) {
      return { state: 'short', compared, credit: compared.minus(floor).div(min.minus(floor)).times(100), found: shortFound, params: shortParams };
    }
  }
  return { state: 'short', compared, credit: new Decimal(0), found: shortFound, params: shortParams };
}

/** A limit with its float twin, so values far from it are decided without building decimals. */
interface FastLimit {
  readonly exact: Decimal;
  readonly float: number;
}

function fastLimit(limit: Decimal | null): FastLimit | null {
  return limit ? { exact: limit, float: limit.toNumber() } : null;
}

/**
 * Returns the outcome of a measurement criterion: every value (or the required share) must lie within
 * the limits, a value on a limit being inside. Reports count, min, max, mean, values out and the worst
 * excursion beyond a limit in the characteristic's unit.
 *
 * @example
 * evaluateMeasurement(criterion, { criterion: 'd', values: [6.47, 6.58] }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateMeasurement(
  criterion: MeasurementCriterion,
  evidence: MeasurementEvidence,
  context: CriterionContext,
): KindOutcome {
  const inUnit = groupedValuesInUnit(criterion.unit, evidence);
  const groups = inUnit.length > 0 && Array.isArray(inUnit[0]) ? (inUnit as DecimalInput[][]) : null;
  const values = flatValues(inUnit);
  const limits = limitsOf(criterion);
  const lower = fastLimit(limits.lsl);
  const upper = fastLimit(limits.usl);
  const unit = criterion.unit;
  const required = measurementRequirement(criterion, context);
  const n = values.length;
  if (n === 0) {
    return {
      status: 'missing',
      score: new Decimal(0),
      required,
      found: { n: 0 },
      why: { code: 'measurement.noValues', params: {} },
      shortfall: null,
    };
  }

  let below = 0;
  let above = 0;
  let worst: Decimal | null = null;
  let worstValue: DecimalInput | null = null;
  let minValue = values[0] as DecimalInput;
  let maxValue = minValue;
  let minFloat = Number(minValue);
  let maxFloat = minFloat;
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const float = typeof value === 'number' ? value : Number(value);
    // Neumaier's compensated sum in order, as `sumOfFinite` adds (the capability study's mean).
    const t = sum + float;
    compensation += Math.abs(sum) >= Math.abs(float) ? sum - t + float : float - t + sum;
    sum = t;
    if (float < minFloat || (float === minFloat && toDecimal(value).lt(toDecimal(minValue)))) {
      minFloat = float;
      minValue = value;
    }
    if (float > maxFloat || (float === maxFloat && toDecimal(value).gt(toDecimal(maxValue)))) {
      maxFloat = float;
      maxValue = value;
    }
    let excursion: Decimal | null = null;
    if (lower && compareToLimit(value, lower) < 0) {
      below++;
      excursion = lower.exact.minus(toDecimal(value));
    } else if (upper && compareToLimit(value, upper) > 0) {
      above++;
      excursion = toDecimal(value).minus(upper.exact);
    }
    if (excursion && (!worst || excursion.gt(worst))) {
      worst = excursion;
      worstValue = value;
    }
  }
  const out = below + above;
  const conforming = n - out;
  const share = new Decimal(conforming).times(100).div(n);
  const requiredShare = toDecimal(criterion.requiredShare);
  const found = {
    n,
    min: decimalString(toDecimal(minValue)),
    max: decimalString(toDecimal(maxValue)),
    mean: decimalString(meanOf(values, (sum + compensation) / n)),
    outOfSpec: out,
    belowLsl: below,
    aboveUsl: above,
    worstExcursion: worst ? decimalString(worst) : '0',
    conformingShare: decimalString(share.toDecimalPlaces(4)),
    unit,
  };
  const params: Record<string, string> = {
    n: String(n),
    out: String(out),
    below: String(below),
    above: String(above),
    lsl: limits.lsl ? decimalString(limits.lsl) : '',
    usl: limits.usl ? decimalString(limits.usl) : '',
    unit,
    min: found.min,
    max: found.max,
    worst: worstValue === null ? '' : decimalString(toDecimal(worstValue)),
    share: found.conformingShare,
    requiredShare: criterion.requiredShare,
  };
  const passes = share.gte(requiredShare);
  const width = limits.lsl && limits.usl ? limits.usl.minus(limits.lsl) : null;
  const shortfall = worst && !passes ? shortfallOf(worst, unit, width) : null;
  const code = out === 0 ? 'measurement.allWithin' : passes ? 'measurement.shareMet' : 'measurement.outOfSpec';
  const capability = criterion.capability
    ? capabilityOutcome(
        criterion.capability,
        values,
        { lsl: limits.lsl ? decimalString(limits.lsl) : null, usl: limits.usl ? decimalString(limits.usl) : null },
        groups,
      )
    : null;
  const stable = criterion.capability?.requireStable;
  const stability =
    capability && stable && (capability.state === 'met' || capability.state === 'short')
      ? stabilityOutcome(stable, studyData(criterion.capability!, values, groups), criterion.capability!.constants)
      : null;
  if (capability) {
    if (stability) capability.found.stability = stability.found;
    Object.assign(found, { capability: capability.found });
    Object.assign(params, { capability: capability.state === 'short' || capability.state === 'met' ? `${capability.params.index} ${capability.params.value}` : '', capabilityMin: capability.params.minIndex });
  }
  if (passes && stability && stability.state !== 'stable') {
    return instabilityOutcome(stable!, stability, { ...params, ...capability!.params }, required, found);
  }
  if (passes && capability && capability.state !== 'met') {
    const cp: Record<string, string> = { ...params, ...capability.params };
    if (capability.state === 'too-few') {
      return { status: 'missing', score: new Decimal(0), required, found, why: { code: 'measurement.tooFewForCapability', params: cp }, shortfall: null };
    }
    if (capability.state === 'undefined') {
      return { status: 'missing', score: new Decimal(0), required, found, why: { code: 'measurement.capabilityUndefined', params: cp }, shortfall: null };
    }
    const min = toDecimal(criterion.capability!.min);
    const gap = min.minus(capability.compared!);
    return {
      status: capability.credit.gt(0) ? 'partial' : 'fail',
      score: capability.credit,
      required,
      found,
      why: { code: cp.useBound ? 'measurement.boundShort' : 'measurement.notCapable', params: cp },
      shortfall: { amount: decimalString(gap.toDecimalPlaces(4)), unit: cp.index ?? '', relative: decimalString(gap.div(min).toSignificantDigits(6)) },
    };
  }
  if (passes) {
    const why = capability
      ? { code: 'measurement.capable', params: { ...params, ...capability.params, ...(stability ? { stableChart: stability.params.chart as string } : {}) } }
      : { code, params };
    return { status: 'pass', score: new Decimal(100), required, found, why, shortfall: null };
  }
  if (criterion.partialFromShare !== undefined) {
    const from = toDecimal(criterion.partialFromShare);
    if (share.gte(from) && requiredShare.gt(from)) {
      const score = share.minus(from).div(requiredShare.minus(from)).times(100);
      return { status: 'partial', score, required, found, why: { code, params }, shortfall };
    }
  }
  return { status: 'fail', score: new Decimal(0), required, found, why: { code, params }, shortfall };
}

/** Returns how much better `value` is than `reference` in the criterion's direction (negative when worse). */
function advantage(criterion: MetricCriterion, value: Decimal, reference: Decimal): Decimal {
  return criterion.direction === 'higher-is-better' ? value.minus(reference) : reference.minus(value);
}

/** Returns the score (0–100) of a value that meets the limit. */
function metricScore(criterion: MetricCriterion, value: Decimal): Decimal {
  if (criterion.bands) {
    let best: Decimal | null = null;
    for (const band of criterion.bands) {
      if (advantage(criterion, value, toDecimal(band.bound)).gte(0)) {
        const score = toDecimal(band.score);
        if (!best || score.gt(best)) best = score;
      }
    }
    return best ?? new Decimal(0);
  }
  if (criterion.target === undefined) return new Decimal(100);
  const target = toDecimal(criterion.target);
  const limit = toDecimal(criterion.limit);
  if (advantage(criterion, value, target).gte(0)) return new Decimal(100);
  const atLimit = toDecimal(criterion.scoreAtLimit);
  const span = advantage(criterion, target, limit);
  if (span.lte(0)) return new Decimal(100);
  return atLimit.plus(new Decimal(100).minus(atLimit).times(advantage(criterion, value, limit)).div(span));
}

/**
 * Returns the outcome of a metric: failed when worse than the limit, full score at the target (or the
 * limit when there is no target), partial credit in between, linear or by bands.
 *
 * @example
 * evaluateMetric(otd, { criterion: 'otd', value: 96.5 }).status
 * //=> 'partial'
 */
export function evaluateMetric(criterion: MetricCriterion, evidence: MetricEvidence, context: CriterionContext): KindOutcome {
  const value = metricValue(criterion, evidence);
  const limit = toDecimal(criterion.limit);
  const unit = criterion.unit;
  const required = metricRequirement(criterion, context);
  const shown = decimalString(value.toSignificantDigits(6));
  const found = {
    value: shown,
    ...(evidence.numerator !== undefined
      ? { numerator: decimalString(toDecimal(evidence.numerator)), denominator: decimalString(toDecimal(evidence.denominator ?? 1)) }
      : {}),
    unit,
  };
  const params = {
    value: shown,
    limit: criterion.limit,
    target: criterion.target ?? '',
    unit,
    better: criterion.direction === 'higher-is-better' ? 'at least' : 'at most',
  };
  const byLimit = advantage(criterion, value, limit);
  if (byLimit.lt(0)) {
    const amount = byLimit.abs();
    return {
      status: 'fail',
      score: new Decimal(0),
      required,
      found,
      why: { code: 'metric.worseThanLimit', params },
      shortfall: shortfallOf(amount, unit, limit, 12),
    };
  }
  const score = Decimal.min(new Decimal(100), Decimal.max(new Decimal(0), metricScore(criterion, value)));
  if (score.gte(100)) {
    return { status: 'pass', score, required, found, why: { code: 'metric.meetsTarget', params }, shortfall: null };
  }
  const goal = criterion.target !== undefined ? toDecimal(criterion.target) : null;
  const gap = goal ? advantage(criterion, goal, value) : null;
  return {
    status: 'partial',
    score,
    required,
    found,
    why: { code: 'metric.belowTarget', params },
    shortfall: gap && gap.gt(0) ? shortfallOf(gap, unit, goal, 12) : null,
  };
}

/**
 * Returns the individual results of an audit question's evidence: its points, its results, or its
 * per-step points in the order given (empty for a not-applicable claim).
 *
 * @example
 * auditResults({ criterion: 'P6.4.2', steps: [{ step: 'OP10', points: 8 }, { step: 'OP20', points: 6 }] })
 * //=> [8, 6]
 */
export function auditResults(evidence: AuditQuestionEvidence): number[] {
  if (evidence.steps !== undefined) return evidence.steps.map((s) => s.points);
  if (evidence.results !== undefined) return [...evidence.results];
  return evidence.points === undefined ? [] : [evidence.points];
}

/**
 * Returns the outcome of an audit question: points as a share of the highest level; met at the pass
 * level, failed below the fail level, partly met in between. Several results for one question (per
 * process step or otherwise) are averaged (VDA 6.3:2016 §6.2: arithmetic mean rounded to two decimals).
 *
 * @example
 * evaluateAuditQuestion(question, { criterion: 'op-training', points: 6 }).score.toString()
 * //=> '60'
 */
export function evaluateAuditQuestion(criterion: AuditQuestionCriterion, evidence: AuditQuestionEvidence, context: CriterionContext): KindOutcome {
  const { max, passPoints, failBelow } = auditThresholds(criterion);
  const results = auditResults(evidence);
  const points = auditPoints(results);
  const required = auditQuestionRequirement(criterion, context);
  const found = {
    points: points.toNumber(),
    ...(evidence.results || evidence.steps ? { results } : {}),
    ...(evidence.steps ? { steps: evidence.steps.map((s) => ({ step: s.step, points: s.points })) } : {}),
    ...(evidence.note ? { note: evidence.note } : {}),
  };
  const score = points.div(max).times(100);
  const status = points.gte(passPoints) ? 'pass' : points.lt(failBelow) ? 'fail' : 'partial';
  const params = {
    points: points.toString(),
    max: String(max),
    pass: String(passPoints),
    star: criterion.star ? 'yes' : '',
    number: criterion.number ?? '',
    ...(results.length > 1 ? { of: String(results.length), steps: evidence.steps ? 'yes' : '' } : {}),
  };
  const code = status === 'pass' ? 'audit.met' : status === 'fail' ? 'audit.notMet' : 'audit.partlyMet';
  return {
    status,
    score,
    required,
    found,
    why: { code, params },
    shortfall:
      status === 'pass'
        ? null
        : {
            amount: new Decimal(passPoints).minus(points).toString(),
            unit: 'points',
            relative: new Decimal(passPoints).minus(points).div(passPoints === 0 ? 1 : passPoints).toSignificantDigits(6).toString(),
          },
  };
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
