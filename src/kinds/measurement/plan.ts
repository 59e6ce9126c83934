import { compareFloatToLimit, fastLimit, type FastLimit } from '../../fast/limit.js';
import { FAIL, MISSING, PARTIAL, PASS, type CompiledBase, type Entry, type FastEvidence } from '../../fast/planParts.js';
import { flatValues, groupedValuesInUnit, meanOf, limitsOf, type MeasurementCriterion, type MeasurementEvidence, type SpecLimits } from './schema.js';
import { fastCapabilityOutcome, type CompiledCapability } from './capabilityPlan.js';
import type { JsonValue, KindOutcome, Shortfall } from '../../criteria/outcome.js';
import { shortfallOf } from '../../criteria/outcome.js';
import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../decimal.js';
import { unitKey, unitConversionIssues } from '../../units/index.js';
import { canonicalText, compareInputToText } from '../../fast/decimalText.js';
import { HUNDRED, ZERO, type FastContext } from '../../fast/fastContext.js';
import { jsonClone } from '../../fast/jsonClone.js';
import { certainSignificantText, precisionText, roundedUnits, unitsString } from '../../fast/roundedUnits.js';
import type { Verdict } from '../../fast/verdict.js';
import { studyData, type CapabilityRequirement } from './capabilityRequirement.js';
import { instabilityOutcome, stabilityOutcome } from './stabilityRequirement.js';
import { ValidationError } from '../../errors/index.js';
import { readCapabilityInput, type CapabilityInput } from '../../stats/readCapabilityInput.js';
import { onlyKeys, readValues } from '../../fast/entryChecks.js';
import { leanStudy } from './capabilityFigures.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of a measurement. */
export interface CompiledMeasurement extends CompiledBase<'measurement', MeasurementCriterion> {
  readonly lower: FastLimit | null;
  readonly upper: FastLimit | null;
  readonly lslText: string;
  readonly uslText: string;
  /** USL − LSL when both are given. */
  readonly width: Decimal | null;
  readonly requiredShare: FastLimit;
  readonly partialFrom: FastLimit | null;
  readonly unitKey: string;
  readonly capability: CompiledCapability | null;
}

const BAND = 4 * Number.EPSILON;

/** -1, 0 or 1 as decimal `a` is below, equal to or above decimal `b` (both as given in evidence). */
function compareInputs(a: DecimalInput, b: DecimalInput): number {
  if (a === b || (typeof a === 'number' && typeof b === 'number')) return 0;
  return compareInputToText(a, canonicalText(b));
}

/** Sign of (value − limit) for a value with double `f`, exact: doubles far apart decide, closer ones digit by digit. */
function side(value: DecimalInput, f: number, limitFloat: number, limitText: string): number {
  const gap = f - limitFloat;
  const band = BAND * Math.max(Math.abs(f), Math.abs(limitFloat)) + Number.MIN_VALUE;
  if (gap > band) return 1;
  if (gap < -band) return -1;
  return compareInputToText(value, limitText);
}

/**
 * The measurement's parameters joined by the capability study's, exactly as `{ ...params, ...more }`
 * (the same keys in the same order and values): the measurement's keys and the study's first keys in
 * one literal, the rest added after it, so the object keeps fast properties (`Object.assign({}, …)`
 * makes a dictionary of an object this size, slow to read and print; spread is slower to build).
 */
function joinedParams(params: Readonly<Record<string, string>>, more: Readonly<Record<string, string>>): Record<string, string> {
  const joined: Record<string, string> = {
    n: params.n as string,
    out: params.out as string,
    below: params.below as string,
    above: params.above as string,
    lsl: params.lsl as string,
    usl: params.usl as string,
    unit: params.unit as string,
    min: params.min as string,
    max: params.max as string,
    worst: params.worst as string,
    share: params.share as string,
    requiredShare: params.requiredShare as string,
    capability: params.capability as string,
    capabilityMin: params.capabilityMin as string,
    index: more.index as string,
    minIndex: more.minIndex as string,
    minSamples: more.minSamples as string,
  };
  for (const key in more) joined[key] = more[key] as string;
  return joined;
}

function settleFrom(verdict: Verdict, outcome: KindOutcome): void {
  const s = outcome.status;
  verdict.status = s === 'pass' ? PASS : s === 'partial' ? PARTIAL : s === 'fail' ? FAIL : MISSING;
  verdict.exact = outcome.score;
  verdict.score = outcome.score === HUNDRED ? 100 : outcome.score === ZERO ? 0 : outcome.score.toNumber();
  verdict.error = outcome.score === HUNDRED || outcome.score === ZERO ? 0 : Math.abs(verdict.score) * Number.EPSILON;
  verdict.minPoints = Number.POSITIVE_INFINITY;
}

/**
 * Returns how far a capability index falls short of its minimum: the gap to 4 decimal places and
 * relative to the minimum to 6 significant digits, as the decimals `min − compared` and its quotient
 * by `min` round. From the doubles when the index's double is known and their error bound makes both
 * roundings certain; else in decimal arithmetic.
 */
function capabilityShortfall(min: FastLimit, compared: Decimal, comparedFloat: number | undefined, unit: string): Shortfall {
  if (comparedFloat !== undefined) {
    const m = min.float;
    const gap = m - comparedFloat;
    const ratio = gap / m;
    // `min` and `compared` are each within half a unit in the last place of their doubles.
    const gapError = 4 * Number.EPSILON * (Math.abs(m) + Math.abs(comparedFloat) + Math.abs(gap));
    const amount = roundedUnits(gap, gapError, 4);
    const relative = certainSignificantText(ratio, 6, gapError / Math.abs(m) + 4 * Number.EPSILON * Math.abs(ratio));
    if (!Number.isNaN(amount) && relative !== null) return { amount: unitsString(amount, 4), unit, relative };
  }
  const gap = min.exact.minus(compared);
  return { amount: decimalString(gap.toDecimalPlaces(4)), unit, relative: decimalString(gap.div(min.exact).toSignificantDigits(6)) };
}

/** What one pass over a measurement's values finds (indices into the values; -1 when none). */
interface ValuesPass {
  readonly below: number;
  readonly above: number;
  /** The lowest and highest value (of equal ones, the first). */
  readonly minI: number;
  readonly maxI: number;
  /** The lowest value below the lower limit and the highest above the upper one. */
  readonly lowestOut: number;
  readonly highestOut: number;
  /** The compensated sum of the doubles, as `sumOfFinite` adds them. */
  readonly total: number;
}

/**
 * Returns the limits, extremes and sum of a measurement's values in one pass over the doubles: limits
 * and extremes are decided on doubles and only values within a few units in the last place of a limit
 * (or equal doubles of different texts) are compared digit by digit. A function of its own, so the
 * optimising compiler keeps the running sums as plain doubles.
 */
function valuesPass(floats: ArrayLike<number>, values: readonly DecimalInput[], lower: FastLimit | null, upper: FastLimit | null): ValuesPass {
  const n = floats.length;
  const lowerFloat = lower ? lower.float : 0;
  const upperFloat = upper ? upper.float : 0;
  // Doubles this far inside a limit are inside it whatever decimals they stand for (see `side`).
  const lowerCut = lower ? lowerFloat + 2 * BAND * Math.abs(lowerFloat) + Number.MIN_VALUE : Number.NEGATIVE_INFINITY;
  const upperCut = upper ? upperFloat - 2 * BAND * Math.abs(upperFloat) - Number.MIN_VALUE : Number.POSITIVE_INFINITY;
  let below = 0;
  let above = 0;
  let minI = 0;
  let maxI = 0;
  let minF = floats[0] as number;
  let maxF = minF;
  let lowestOut = -1;
  let highestOut = -1;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const f = floats[i] as number;
    // Neumaier's compensated sum in order, exactly as `sumOfFinite` adds.
    const t = sum + f;
    compensation += Math.abs(sum) >= Math.abs(f) ? sum - t + f : f - t + sum;
    sum = t;
    if (f < minF) {
      minF = f;
      minI = i;
    } else if (f === minF && i !== minI && compareInputs(values[i] as DecimalInput, values[minI] as DecimalInput) < 0) minI = i;
    if (f > maxF) {
      maxF = f;
      maxI = i;
    } else if (f === maxF && i !== maxI && compareInputs(values[i] as DecimalInput, values[maxI] as DecimalInput) > 0) maxI = i;
    if (f < lowerCut && side(values[i] as DecimalInput, f, lowerFloat, (lower as FastLimit).text) < 0) {
      below++;
      if (lowestOut < 0 || f < (floats[lowestOut] as number) || (f === floats[lowestOut] && compareInputs(values[i] as DecimalInput, values[lowestOut] as DecimalInput) < 0)) lowestOut = i;
    } else if (f > upperCut && side(values[i] as DecimalInput, f, upperFloat, (upper as FastLimit).text) > 0) {
      above++;
      if (highestOut < 0 || f > (floats[highestOut] as number) || (f === floats[highestOut] && compareInputs(values[i] as DecimalInput, values[highestOut] as DecimalInput) > 0)) highestOut = i;
    }
  }
  return { below, above, minI, maxI, lowestOut, highestOut, total: sum + compensation };
}

/**
 * Returns the outcome of a measurement criterion: every value (or the required share) within the
 * limits, a value on a limit being inside, and the capability and stability it requires; from the values
 * already checked and read as doubles (`floats`, in order; `groups` the subgroup sizes when the
 * evidence gives subgroups). One pass over the doubles: limits, extremes, mean and worst excursion
 * are decided on doubles and only values within a few units in the last place of a limit (or equal
 * doubles of different texts) are compared digit by digit; decimals are built only for the worst
 * excursion and partial credit. Evidence in another unit is decided as its values' exact conversions.
 *
 * @example
 * measurementOutcome(ctx, throat, { criterion: 'throat-d', values: ['6.51', '6.56'] }, [6.51, 6.56], null, emptyVerdict()).status
 * //=> 'fail'
 */
export function measurementOutcome(
  ctx: FastContext,
  c: CompiledMeasurement,
  evidence: MeasurementEvidence,
  floats: ArrayLike<number>,
  groups: readonly number[] | null,
  verdict: Verdict,
): KindOutcome {
  const criterion = c.criterion;
  if (evidence.unit !== undefined && unitKey(evidence.unit) !== c.unitKey) {
    // Values in another unit are decided as their exact conversions (50 significant digits) into the criterion's.
    const converted = { criterion: evidence.criterion, values: groupedValuesInUnit(criterion.unit, evidence) } as MeasurementEvidence;
    return measurementOutcome(ctx, c, converted, flatValues(converted.values).map(Number), groups, verdict);
  }
  const values: readonly DecimalInput[] = groups ? (evidence.values as DecimalInput[][]).flat() : (evidence.values as DecimalInput[]);
  const unit = criterion.unit;
  const required = jsonClone(c.required ?? {});
  const n = floats.length;
  verdict.minPoints = Number.POSITIVE_INFINITY;
  if (n === 0) {
    verdict.status = MISSING;
    verdict.score = 0;
    verdict.error = 0;
    verdict.exact = ZERO;
    return { status: 'missing', score: ZERO, required, found: { n: 0 }, why: { code: 'measurement.noValues', params: {} }, shortfall: null };
  }

  const lower = c.lower;
  const upper = c.upper;
  const { below, above, minI, maxI, lowestOut, highestOut, total } = valuesPass(floats, values, lower, upper);

  // The worst excursion: the largest, and of equal ones the first in production order.
  const belowBy = lowestOut >= 0 ? (lower as NonNullable<typeof lower>).exact.minus(toDecimal(values[lowestOut] as DecimalInput)) : null;
  const aboveBy = highestOut >= 0 ? toDecimal(values[highestOut] as DecimalInput).minus((upper as NonNullable<typeof upper>).exact) : null;
  let worst: Decimal | null = belowBy ?? aboveBy;
  let worstValue: DecimalInput | null = belowBy ? (values[lowestOut] as DecimalInput) : aboveBy ? (values[highestOut] as DecimalInput) : null;
  if (belowBy && aboveBy) {
    const order = belowBy.comparedTo(aboveBy);
    if (order < 0 || (order === 0 && highestOut < lowestOut)) {
      worst = aboveBy;
      worstValue = values[highestOut] as DecimalInput;
    }
  }

  const out = below + above;
  const conforming = n - out;
  const shareText = unitsString(Math.floor((2_000_000 * conforming + n) / (2 * n)), 4);
  let passes: boolean;
  if (c.requiredShare.text === '100') passes = conforming === n;
  else {
    const sign = compareFloatToLimit((100 * conforming) / n, 2 * Number.EPSILON, c.requiredShare);
    passes = sign === null ? new Decimal(conforming).times(100).div(n).gte(c.requiredShare.exact) : sign >= 0;
  }
  const requirement = criterion.capability;
  const capability =
    requirement && c.capability
      ? fastCapabilityOutcome(
          requirement,
          c.capability,
          values,
          floats,
          { lsl: c.lower ? c.lslText : null, usl: c.upper ? c.uslText : null },
          groups ? (evidence.values as DecimalInput[][]) : null,
          total,
        )
      : null;
  const found: Record<string, JsonValue> = {
    n,
    min: canonicalText(values[minI] as DecimalInput),
    max: canonicalText(values[maxI] as DecimalInput),
    mean: Number.isFinite(total / n) ? precisionText(total / n, 12) : decimalString(meanOf(values, total / n)),
    outOfSpec: out,
    belowLsl: below,
    aboveUsl: above,
    worstExcursion: worst ? decimalString(worst) : '0',
    conformingShare: shareText,
    unit,
  };
  const stable = requirement?.requireStable;
  const stability =
    requirement && capability && stable && (capability.state === 'met' || capability.state === 'short')
      ? stabilityOutcome(stable, studyData(requirement, values, groups ? (evidence.values as DecimalInput[][]) : null), requirement.constants)
      : null;
  if (stability) (capability as NonNullable<typeof capability>).found.stability = stability.found;
  if (capability) found.capability = capability.found;
  const params: Record<string, string> = {
    n: String(n),
    out: String(out),
    below: String(below),
    above: String(above),
    lsl: c.lslText,
    usl: c.uslText,
    unit,
    min: found.min as string,
    max: found.max as string,
    worst: worstValue === null ? '' : canonicalText(worstValue),
    share: shareText,
    requiredShare: criterion.requiredShare,
  };
  if (capability) {
    params.capability = capability.state === 'short' || capability.state === 'met' ? `${capability.params.index} ${capability.params.value}` : '';
    params.capabilityMin = capability.params.minIndex as string;
  }
  const width = c.width;
  const shortfall = worst && !passes ? shortfallOf(worst, unit, width) : null;
  const code = out === 0 ? 'measurement.allWithin' : passes ? 'measurement.shareMet' : 'measurement.outOfSpec';
  let outcome: KindOutcome;
  if (passes && stable && stability && stability.state !== 'stable') {
    outcome = instabilityOutcome(stable, stability, joinedParams(params, (capability as NonNullable<typeof capability>).params), required, found);
  } else if (passes && capability && capability.state !== 'met') {
    const cp = joinedParams(params, capability.params);
    if (capability.state === 'too-few') {
      outcome = { status: 'missing', score: ZERO, required, found, why: { code: 'measurement.tooFewForCapability', params: cp }, shortfall: null };
    } else if (capability.state === 'undefined') {
      outcome = { status: 'missing', score: ZERO, required, found, why: { code: 'measurement.capabilityUndefined', params: cp }, shortfall: null };
    } else {
      outcome = {
        status: capability.credit.gt(0) ? 'partial' : 'fail',
        score: capability.credit,
        required,
        found,
        why: { code: cp.useBound ? 'measurement.boundShort' : 'measurement.notCapable', params: cp },
        shortfall: capabilityShortfall((c.capability as CompiledCapability).min, capability.compared as Decimal, capability.comparedFloat, cp.index ?? ''),
      };
    }
  } else if (passes) {
    const why = capability ? { code: 'measurement.capable', params: joinedParams(params, capability.params) } : { code, params };
    if (stability) why.params.stableChart = stability.params.chart as string;
    outcome = { status: 'pass', score: HUNDRED, required, found, why, shortfall: null };
  } else {
    outcome = { status: 'fail', score: ZERO, required, found, why: { code, params }, shortfall };
    if (c.partialFrom !== null) {
      const from = c.partialFrom.exact;
      const share = new Decimal(conforming).times(100).div(n);
      if (share.gte(from) && c.requiredShare.exact.gt(from)) {
        const score = share.minus(from).div(c.requiredShare.exact.minus(from)).times(100);
        outcome = { status: 'partial', score, required, found, why: { code, params }, shortfall };
      }
    }
  }
  settleFrom(verdict, outcome);
  return outcome;
}


const MEASUREMENT_KEYS = new Set(['criterion', 'values', 'unit', 'note']);

/** Returns the study options a capability requirement gives, as read for data of the shape of `sample`, or null when refused. */
function studyOptions(capability: CapabilityRequirement, limits: SpecLimits, sample: unknown): CapabilityInput | null {
  try {
    return readCapabilityInput(sample, {
      lsl: limits.lsl ? decimalString(limits.lsl) : null,
      usl: limits.usl ? decimalString(limits.usl) : null,
      ...(capability.sigma ? { sigma: capability.sigma } : {}),
      constants: capability.constants,
      confidence: capability.confidence,
    });
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
}

/**
 * Returns the outcome of a valid entry, with its values as doubles as the structural check read them,
 * or read here when it did not (evidence placed from the schemas, `placeMatched`: an answer per
 * process step elsewhere, more than 100,000 subgroups).
 */
function entryOutcome(ctx: FastContext, c: CompiledMeasurement, entry: Entry, holder: FastEvidence, verdict: Verdict): KindOutcome {
  const evidence = entry as unknown as MeasurementEvidence;
  const read = holder.values[c.index];
  if (read !== undefined) return measurementOutcome(ctx, c, evidence, read, holder.groups[c.index] ?? null, verdict);
  const grouped = evidence.values.length > 0 && Array.isArray(evidence.values[0]);
  const sizes = grouped ? (evidence.values as DecimalInput[][]).map((group) => group.length) : null;
  return measurementOutcome(ctx, c, evidence, flatValues(evidence.values).map(Number), sizes, verdict);
}

/** The plan of a measurement: the limits as decimals and doubles, the share rules and the capability study's options. */
export const measurementPlan: KindPlan<MeasurementCriterion, CompiledMeasurement> = {
  compile(criterion, base) {
    const limits = limitsOf(criterion);
    const capability = criterion.capability;
    const flat = capability ? studyOptions(capability, limits, capability.subgroupSize > 1 ? [[1, 2], [3, 4]] : [1, 2]) : null;
    const grouped = capability ? studyOptions(capability, limits, [[1, 2], [3, 4]]) : null;
    return {
      ...base,
      lower: limits.lsl ? fastLimit(limits.lsl) : null,
      upper: limits.usl ? fastLimit(limits.usl) : null,
      lslText: limits.lsl ? decimalString(limits.lsl) : '',
      uslText: limits.usl ? decimalString(limits.usl) : '',
      width: limits.lsl && limits.usl ? limits.usl.minus(limits.lsl) : null,
      requiredShare: fastLimit(criterion.requiredShare),
      partialFrom: criterion.partialFromShare === undefined ? null : fastLimit(criterion.partialFromShare),
      unitKey: unitKey(criterion.unit),
      capability: capability
        ? {
            min: fastLimit(capability.min),
            partialFrom: capability.partialFrom === undefined ? null : fastLimit(capability.partialFrom),
            confidencePercent: decimalString(toDecimal(capability.confidence).times(100)),
            flat,
            grouped,
            flatLean: flat && leanStudy(flat),
            groupedLean: grouped && leanStudy(grouped),
          }
        : null,
    };
  },
  fits(_compiled, holder, c, e) {
    if (!onlyKeys(e, MEASUREMENT_KEYS)) return false;
    const unit = e.unit;
    if (unit !== undefined) {
      if (typeof unit !== 'string' || unit.length < 1 || unit.length > 30) return false;
      if (unitConversionIssues(unit, c.criterion.unit, []).length > 0) return false;
    }
    return readValues(holder, c.index, e.values);
  },
  outcome: entryOutcome,
  decide(ctx, c, entry, holder, verdict) {
    entryOutcome(ctx, c, entry, holder, verdict);
    return false;
  },
  exactScore: (ctx, c, entry, holder, _status, _fast, verdict) => entryOutcome(ctx, c, entry, holder, verdict).score,
};
