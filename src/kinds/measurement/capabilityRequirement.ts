import * as z from 'zod/mini';
import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../decimal.js';
import { ValidationError } from '../../errors/index.js';
import { decimalSchema } from '../../schema/primitives.js';
import { processCapabilityValues, type ProcessCapabilityValues } from '../../stats/index.js';
import type { JsonValue } from '../../criteria/outcome.js';
import { stabilityRequirementSchema } from './stabilityRequirement.js';

/**
 * A process-capability requirement on a measured characteristic (AIAG SPC 2nd ed.; AIAG PPAP 4th ed.
 * §2.2.11.3): which index, its minimum, how many values at least, how they are grouped and how the
 * within-subgroup sigma is estimated, and whether the Bissell lower confidence bound must clear the
 * minimum.
 */
export const capabilityRequirementSchema = z.strictObject({
  /** `cpk` (within sigma; ongoing production) or `ppk` (overall sigma; initial studies). */
  index: z._default(z.enum(['cpk', 'ppk']), 'cpk'),
  /** The minimum index, e.g. 1.33 ongoing or 1.67 for an initial study. */
  min: decimalSchema,
  /** Fewer values than this make the criterion `missing`, never a pass (default 25). */
  minSamples: z._default(z.int().check(z.minimum(2), z.maximum(1_000_000)), 25),
  /** Consecutive values form subgroups of this size when evidence is a flat list (default 1: individuals). */
  subgroupSize: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 1),
  /** Within-subgroup sigma: `rbar` (default for subgroups), `sbar`, `pooled`, `moving-range` (individuals). */
  sigma: z.optional(z.enum(['rbar', 'sbar', 'pooled', 'moving-range'])),
  constants: z._default(z.enum(['printed', 'exact']), 'printed'),
  /** The Bissell lower confidence bound, not the point estimate, must reach the minimum. */
  useLowerBound: z._default(z.boolean(), false),
  /** Confidence level of the bound, strictly between 0 and 1 (default 0.95). */
  confidence: z._default(decimalSchema, '0.95'),
  /** An index from this floor up to the minimum earns partial credit, linearly (off by default). */
  partialFrom: z.optional(decimalSchema),
  /** The figure counts only from a stable process: the run rules a control chart of the same values must pass. */
  requireStable: z.optional(stabilityRequirementSchema),
});
export type CapabilityRequirement = z.infer<typeof capabilityRequirementSchema>;

/** How a capability requirement came out. */
export interface CapabilityOutcome {
  readonly state: 'met' | 'short' | 'too-few' | 'undefined';
  /** The index value compared (the bound when `useLowerBound`), or null. */
  readonly compared: Decimal | null;
  /** The double `compared` was read from (its shortest text), when the study gave one. */
  readonly comparedFloat?: number;
  readonly found: Record<string, JsonValue>;
  /** 0–100 credit for the capability part: 100 met, linear from `partialFrom`, else 0. */
  readonly credit: Decimal;
  readonly params: Record<string, string>;
}

const round = (value: number | null, places: number): string | null =>
  value === null || !Number.isFinite(value) ? null : decimalString(new Decimal(value).toDecimalPlaces(places));
const sig = (value: number, digits = 6) => decimalString(new Decimal(value).toSignificantDigits(digits));

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
 * Returns the data a capability study reads: the evidence's subgroups, consecutive subgroups of the
 * requirement's size, or the values themselves.
 *
 * @example
 * studyData({ subgroupSize: 2 } as CapabilityRequirement, [1, 2, 3, 4, 5], null)
 * //=> [[1, 2], [3, 4]]
 */
export function studyData(
  requirement: CapabilityRequirement,
  values: readonly DecimalInput[],
  subgroups: readonly (readonly DecimalInput[])[] | null,
): readonly DecimalInput[] | readonly (readonly DecimalInput[])[] {
  return subgroups ?? (requirement.subgroupSize > 1 ? subgroupsOf(values, requirement.subgroupSize) : values);
}

/**
 * Returns what it would take to reach the minimum index `min`: the sigma that would reach it with the
 * mean where it is, and the mean shift that would reach it with the sigma as it is (null when
 * centring alone cannot, i.e. Cp or Pp is below the minimum). Limits and figures as doubles.
 *
 * @example
 * reachFigures(6.45, 6.55, 6.52, 0.01, 1.33)
 * //=> { sigmaNeeded: 0.007518796992481265, meanShift: -0.00990000000000002 }
 */
export function reachFigures(lsl: number | null, usl: number | null, mean: number, sigma: number, min: number): { sigmaNeeded: number; meanShift: number | null } {
  const nearest = Math.min(lsl === null ? Infinity : mean - lsl, usl === null ? Infinity : usl - mean);
  const sigmaNeeded = nearest > 0 ? nearest / (3 * min) : 0;
  let meanShift: number | null = null;
  const room = 3 * min * sigma;
  if (lsl !== null && usl !== null) {
    if (usl - lsl >= 2 * room) {
      const low = lsl + room;
      const high = usl - room;
      meanShift = mean < low ? low - mean : mean > high ? high - mean : 0;
    }
  } else if (lsl !== null) {
    meanShift = Math.max(0, lsl + room - mean);
  } else if (usl !== null) {
    meanShift = Math.min(0, usl - room - mean);
  }
  return { sigmaNeeded, meanShift };
}

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
    const reason = study.notes[0]?.message ?? 'The index is undefined.';
    const reasonId = study.notes[0]?.messageId ?? 'Indeks tidak terdefinisi.';
    return { state: 'undefined', compared: null, credit: new Decimal(0), found: { ...found, reason }, params: { ...base, reason, reasonId } };
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
