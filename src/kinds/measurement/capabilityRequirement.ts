import * as z from 'zod/mini';
import type { Decimal, DecimalInput } from '../../decimal.js';
import { decimalSchema } from '../../schema/primitives.js';
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
