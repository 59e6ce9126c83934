
import { reachFigures, type CapabilityOutcome, type CapabilityRequirement } from './capabilityRequirement.js';
import type { JsonValue } from '../../criteria/outcome.js';
import { toDecimal, type DecimalInput } from '../../decimal.js';
import { ValidationError } from '../../errors/index.js';
import { capabilityValuesOf } from '../../stats/processCapabilityValues.js';
import { readCapabilityInput, type CapabilityInput } from '../../stats/readCapabilityInput.js';
import type { ProcessCapabilityValues } from '../../stats/index.js';
import { compareToFastLimit, type FastLimit } from '../../fast/limit.js';
import { leanFigures, type CapabilityFigures, type LeanStudy } from './capabilityFigures.js';
import { roundedDoubleText, significantDoubleText } from '../../fast/roundedUnits.js';
import { HUNDRED, ZERO } from '../../fast/fastContext.js';

/** The plan of a measurement's capability requirement. */
export interface CompiledCapability {
  readonly min: FastLimit;
  readonly partialFrom: FastLimit | null;
  /** The confidence in percent, as printed. */
  readonly confidencePercent: string;
  /** The study options as `readCapabilityInput` reads them, for a list of values and for subgroups (null: refused). */
  readonly flat: CapabilityInput | null;
  readonly grouped: CapabilityInput | null;
  /** What a study of these options by R̄ or moving range needs besides the data, for a list of values and for subgroups (null: another method). */
  readonly flatLean: LeanStudy | null;
  readonly groupedLean: LeanStudy | null;
}

const round = (value: number | null, places: number): string | null => (value === null || !Number.isFinite(value) ? null : roundedDoubleText(value, places));
const sig = (value: number, digits = 6) => significantDoubleText(value, digits);

/** Splits a flat list into consecutive subgroups of `size` (a shorter last group is kept if it has 2 values or more). */
function subgroupsOf(values: readonly DecimalInput[], size: number): DecimalInput[][] {
  const groups: DecimalInput[][] = [];
  for (let i = 0; i < values.length; i += size) {
    const group = values.slice(i, i + size);
    if (group.length >= 2) groups.push(group);
  }
  return groups;
}

/**
 * Returns the sizes of the subgroups a study reads: the evidence's subgroups, or consecutive groups of
 * the requirement's size (a last group of fewer than 2 values left out); null for individual values.
 */
function subgroupSizes(requirement: CapabilityRequirement, count: number, subgroups: readonly (readonly DecimalInput[])[] | null): number[] | null {
  if (subgroups) return subgroups.map((group) => group.length);
  if (requirement.subgroupSize <= 1) return null;
  const sizes: number[] = [];
  for (let i = 0; i < count; i += requirement.subgroupSize) {
    const size = Math.min(requirement.subgroupSize, count - i);
    if (size >= 2) sizes.push(size);
  }
  return sizes;
}

/** What it would take to reach the minimum index (see `reachFigures`). */
function toReach(lsl: number | null, usl: number | null, mean: number, sigma: number, min: number): Record<string, JsonValue> {
  const { sigmaNeeded, meanShift } = reachFigures(lsl, usl, mean, sigma, min);
  return {
    sigma: sig(sigmaNeeded),
    sigmaReduction: sig(Math.max(0, sigma - sigmaNeeded)),
    meanShift: meanShift === null ? null : sig(meanShift),
  };
}

/** The figures of a study by R̄ or moving range straight from the doubles, or null when the study goes the full way. */
function leanStudyFigures(index: 'cpk' | 'ppk', study: LeanStudy | null, parsed: ArrayLike<number>, sizes: readonly number[] | null, sum: number): CapabilityFigures | null {
  // A value beyond the doubles (or a sum that overflows them) goes the full way, in decimals.
  if (study === null || !Number.isFinite(sum)) return null;
  let k = parsed.length;
  if (sizes) {
    k = 0;
    for (const size of sizes) {
      if (size < 2 || size > 25) return null;
      k += size;
    }
  }
  return k === parsed.length ? leanFigures(parsed, sizes, index, study, sum) : leanFigures(Array.prototype.slice.call(parsed, 0, k), sizes, index, study);
}

/**
 * Returns the outcome of a capability requirement for measured values (in the criterion's unit)
 * against the specification limits: the study's index, sigma and how it was estimated, the Bissell
 * bound, and, when short, the sigma or mean shift that would reach the minimum. From values already
 * checked and read as doubles (`parsed`, in order): the study is not read again, an R̄ study works out
 * only the figures it reports (`rbarFigures`), and the index is compared with the minimum digit by
 * digit instead of as decimals. `sum` is the compensated sum of all the doubles (`sumOfFinite`).
 *
 * @example
 * fastCapabilityOutcome(requirement, compiledRequirement, values, parsed, { lsl: '6.45', usl: '6.55' }, null, 656.2).state
 * //=> 'short'
 */
export function fastCapabilityOutcome(
  requirement: CapabilityRequirement,
  compiled: CompiledCapability,
  values: readonly DecimalInput[],
  parsed: ArrayLike<number>,
  limits: { lsl: string | null; usl: string | null },
  subgroups: readonly (readonly DecimalInput[])[] | null,
  sum: number,
): CapabilityOutcome {
  const index = requirement.index;
  const base = baseParams(requirement, values.length);
  if (values.length < requirement.minSamples) {
    return { state: 'too-few', compared: null, credit: ZERO, found: { index, n: values.length, minSamples: requirement.minSamples }, params: base };
  }
  const lean = subgroups ? compiled.groupedLean : compiled.flatLean;
  const figures = leanStudyFigures(index, lean, parsed, subgroupSizes(requirement, values.length, subgroups), sum);
  if (figures !== null) return outcomeOf(requirement, compiled, values.length, figures, index === 'cpk' ? (lean as LeanStudy).method : 'overall', (lean as LeanStudy).lsl, (lean as LeanStudy).usl);
  let study: ProcessCapabilityValues;
  try {
    const input = readCapabilityInput(
      subgroups ?? (requirement.subgroupSize > 1 ? subgroupsOf(values, requirement.subgroupSize) : values),
      {
        lsl: limits.lsl,
        usl: limits.usl,
        ...(requirement.sigma ? { sigma: requirement.sigma } : {}),
        constants: requirement.constants,
        confidence: requirement.confidence,
      },
      parsed,
    );
    study = capabilityValuesOf(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const reason = error.issues[0]?.message ?? error.message;
    const reasonId = error.issues[0]?.messageId ?? reason;
    return { state: 'undefined', compared: null, credit: ZERO, found: { index, n: values.length, reason }, params: { ...base, reason, reasonId } };
  }
  const value = index === 'cpk' ? study.cpk : study.ppk;
  const interval = index === 'cpk' ? study.cpkInterval : study.ppkInterval;
  const studied: CapabilityFigures = {
    n: study.n,
    subgroups: study.subgroups.count,
    mean: study.mean,
    sigmaWithin: study.sigmaWithin,
    sigmaOverall: study.sigmaOverall,
    value: value ?? Number.NaN,
    lowerBound: interval ? interval.lowerBound : null,
  };
  const method = index === 'cpk' ? study.sigmaWithinMethod : 'overall';
  if (value === null) {
    const found = foundOf(requirement, studied, method);
    const note = study.notes[0];
    const reason = note?.message ?? 'The index is undefined.';
    found.reason = reason;
    return { state: 'undefined', compared: null, credit: ZERO, found, params: { ...base, reason, ...(note ? { reasonId: note.messageId } : {}) } };
  }
  return outcomeOf(requirement, compiled, values.length, studied, method, study.lsl === null ? null : Number(study.lsl), study.usl === null ? null : Number(study.usl));
}

/** The parameters every capability sentence reads: index, minimum, count of values, minimum count. */
function baseParams(requirement: CapabilityRequirement, count: number): Record<string, string> {
  return { index: requirement.index === 'cpk' ? 'Cpk' : 'Ppk', minIndex: requirement.min, n: String(count), minSamples: String(requirement.minSamples) };
}

/** The `found` of a capability study with a defined index, in the order results show it. */
function foundOf(requirement: CapabilityRequirement, figures: CapabilityFigures, method: string): Record<string, JsonValue> {
  const index = requirement.index;
  const found: Record<string, JsonValue> = {
    index,
    value: round(figures.value, 4),
    n: figures.n,
    mean: sig(figures.mean, 10),
    sigma: sig(index === 'cpk' ? figures.sigmaWithin : figures.sigmaOverall),
    sigmaMethod: method,
    subgroups: figures.subgroups,
  };
  if (figures.lowerBound !== null) {
    found.lowerBound = round(figures.lowerBound, 4);
    found.confidence = requirement.confidence;
  }
  return found;
}

/** The outcome of a study with a defined index: met, or short with what it would take. */
function outcomeOf(
  requirement: CapabilityRequirement,
  compiled: CompiledCapability,
  count: number,
  figures: CapabilityFigures,
  method: string,
  lsl: number | null,
  usl: number | null,
): CapabilityOutcome {
  const found = foundOf(requirement, figures, method);
  const sigma = requirement.index === 'cpk' ? figures.sigmaWithin : figures.sigmaOverall;
  const comparedValue = requirement.useLowerBound && figures.lowerBound !== null ? figures.lowerBound : figures.value;
  const params = baseParams(requirement, count);
  params.value = found.value as string;
  params.bound = (found.lowerBound as string | undefined) ?? '';
  params.useBound = requirement.useLowerBound ? 'yes' : '';
  params.sigma = found.sigma as string;
  params.method = method;
  params.confidence = compiled.confidencePercent;
  if (compareToFastLimit(comparedValue, comparedValue, compiled.min) >= 0) return { state: 'met', compared: null, credit: HUNDRED, found, params };
  const compared = toDecimal(comparedValue);
  const min = compiled.min.exact;
  const reach = toReach(lsl, usl, figures.mean, sigma, compiled.min.float);
  found.toReach = reach;
  params.sigmaNeeded = String(reach.sigma);
  params.meanShift = reach.meanShift === null ? '' : String(reach.meanShift);
  const floor = compiled.partialFrom;
  if (floor !== null && compared.gte(floor.exact) && min.gt(floor.exact)) {
    return { state: 'short', compared, comparedFloat: comparedValue, credit: compared.minus(floor.exact).div(min.minus(floor.exact)).times(100), found, params };
  }
  return { state: 'short', compared, comparedFloat: comparedValue, credit: ZERO, found, params };
}
