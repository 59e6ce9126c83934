import { decimalString, toDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { bissellInterval, type CapabilityInterval } from './bissellInterval.js';
import { capabilityIndices, type CapabilityIndices } from './capabilityIndices.js';
import { cpm } from './cpm.js';
import { expectedShareOutside, type ExpectedShareOutside } from './expectedShareOutside.js';
import { mean } from './mean.js';
import { countOutside, type ObservedOutside } from './observedOutside.js';
import { overallSigma } from './overallSigma.js';
import { readCapabilityInput, type CapabilityData, type CapabilityInput, type ProcessCapabilityOptions } from './readCapabilityInput.js';
import type { CapabilityConstants, WithinSigmaMethod } from './types.js';
import { withinSigmaMovingRange } from './withinSigmaMovingRange.js';
import { withinSigmaPooled } from './withinSigmaPooled.js';
import { withinSigmaRbar } from './withinSigmaRbar.js';
import { withinSigmaSbar } from './withinSigmaSbar.js';

/** Subgroup structure of the data (individual values count as subgroups of size 1). */
export interface SubgroupSummary {
  count: number;
  minSize: number;
  maxSize: number;
}

/**
 * A capability study with unrounded float statistics (see `processCapability` for the rounded,
 * JSON-ready form). `null` marks an index that the specification does not define or that a zero σ
 * makes impossible (a note then says why).
 */
export interface ProcessCapabilityValues {
  /** Number of values N. */
  n: number;
  subgroups: SubgroupSummary;
  sigmaWithinMethod: WithinSigmaMethod;
  constants: CapabilityConstants;
  unbiasedOverall: boolean;
  /** The limits and target as canonical decimal strings, `null` when absent. */
  lsl: string | null;
  usl: string | null;
  target: string | null;
  /** Smallest and largest value, exactly as given (canonical decimal strings). */
  min: string;
  max: string;
  mean: number;
  sigmaWithin: number;
  sigmaOverall: number;
  cp: number | null;
  cpl: number | null;
  cpu: number | null;
  cpk: number | null;
  /** Cpm = (USL − LSL) / (6·sqrt(σ_overall² + (x̄ − T)²)); `null` without a target or both limits. */
  cpm: number | null;
  pp: number | null;
  ppl: number | null;
  ppu: number | null;
  ppk: number | null;
  /** Bissell limits for Cpk from N values; see `CapabilityInterval` for which is one-sided. */
  cpkInterval: CapabilityInterval | null;
  /** Bissell limits for Ppk from N values. */
  ppkInterval: CapabilityInterval | null;
  /** Expected fractions outside the limits under a normal model, with within and overall σ. */
  expectedOutside: { within: ExpectedShareOutside | null; overall: ExpectedShareOutside | null };
  /** Observed counts outside the limits, decided exactly in decimal (a value on a limit is inside). */
  observedOutside: ObservedOutside;
  /** Remarks that do not stop the study: zero spread, target outside the limits. */
  notes: ValidationIssue[];
}

/**
 * Returns a process capability study with unrounded float statistics: mean, within and overall σ,
 * Cp/CPL/CPU/Cpk (within σ), Pp/PPL/PPU/Ppk (overall σ), Cpm, Bissell confidence limits, expected
 * and observed shares outside the limits (AIAG SPC 2nd ed., chapter IV; AIAG PPAP 4th ed.
 * §2.2.11). Use it where an index is compared against a minimum (`meetsIndex`); use
 * `processCapability` for the rounded JSON result. Options and rules as in `processCapability`.
 *
 * @throws {ValidationError} listing every problem of the data and options; `stats_overflow` when the
 * values are so large (near the largest double) that the mean or a standard deviation overflows.
 *
 * @example
 * processCapabilityValues([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1], { lsl: 4.4, usl: 5.6 }).cpk
 * //=> 0.8515294117647059
 */
export function processCapabilityValues(
  data: CapabilityData,
  options: ProcessCapabilityOptions,
): ProcessCapabilityValues {
  return capabilityValuesOf(readCapabilityInput(data, options));
}

/**
 * Returns the capability study of input already read and checked by `readCapabilityInput`
 * (internal; `processCapabilityValues` without reading the data again).
 *
 * @example
 * capabilityValuesOf(readCapabilityInput([5.0, 5.2, 4.9, 5.1], { lsl: 4.4, usl: 5.6 })).n
 * //=> 4
 */
export function capabilityValuesOf(input: CapabilityInput): ProcessCapabilityValues {
  const { values, subgroups, method, constants } = input;
  const lsl = toNumber(input.lsl);
  const usl = toNumber(input.usl);
  const target = toNumber(input.target);
  const n = values.length;
  const notes: ValidationIssue[] = [];

  const average = mean(values);
  const sigmaWithin =
    method === 'moving-range'
      ? withinSigmaMovingRange(values, constants)
      : method === 'rbar'
        ? withinSigmaRbar(subgroups as number[][], constants)
        : method === 'sbar'
          ? withinSigmaSbar(subgroups as number[][], constants)
          : withinSigmaPooled(subgroups as number[][]);
  const sigmaOverall = overallSigma(values, { unbiased: input.unbiasedOverall });
  // Values near the largest double make a sum or a square overflow: refuse rather than report NaN.
  const overflow = !Number.isFinite(average) ? 'mean' : !Number.isFinite(sigmaWithin) || !Number.isFinite(sigmaOverall) ? 'standard deviation' : null;
  if (overflow !== null) throw new ValidationError([createIssue('stats_overflow', ['data'], { quantity: overflow })], 'capability study');

  const limits = { lsl, usl };
  const within = finiteIndices(sigmaWithin > 0 ? capabilityIndices({ mean: average, sigma: sigmaWithin, ...limits }) : null);
  const overall = finiteIndices(sigmaOverall > 0 ? capabilityIndices({ mean: average, sigma: sigmaOverall, ...limits }) : null);
  if (within === null) notes.push(createIssue('zero_spread', ['sigmaWithin'], { estimate: 'within' }));
  if (overall === null) notes.push(createIssue('zero_spread', ['sigmaOverall'], { estimate: 'overall' }));
  if (
    input.target !== undefined &&
    ((input.lsl !== undefined && input.target.lt(input.lsl)) || (input.usl !== undefined && input.target.gt(input.usl)))
  ) {
    notes.push(createIssue('target_outside_limits', ['target'], { target: decimalString(input.target) }));
  }

  const level = Number(input.confidence.toString());
  const sizes = subgroups === null ? [1] : subgroups.map((subgroup) => subgroup.length);
  const [minIndex, maxIndex] = extremeIndices(input.originals, values);
  return {
    n,
    subgroups: {
      count: subgroups === null ? n : subgroups.length,
      minSize: minOf(sizes),
      maxSize: maxOf(sizes),
    },
    sigmaWithinMethod: method,
    constants,
    unbiasedOverall: input.unbiasedOverall,
    lsl: input.lsl === undefined ? null : decimalString(input.lsl),
    usl: input.usl === undefined ? null : decimalString(input.usl),
    target: input.target === undefined ? null : decimalString(input.target),
    min: exactText(input.originals[minIndex]),
    max: exactText(input.originals[maxIndex]),
    mean: average,
    sigmaWithin,
    sigmaOverall,
    cp: within?.cp ?? null,
    cpl: within?.cpl ?? null,
    cpu: within?.cpu ?? null,
    cpk: within?.cpk ?? null,
    cpm: target === null || lsl === null || usl === null ? null : finiteOrNull(cpm({ mean: average, sigma: sigmaOverall, lsl, usl, target })),
    pp: overall?.cp ?? null,
    ppl: overall?.cpl ?? null,
    ppu: overall?.cpu ?? null,
    ppk: overall?.cpk ?? null,
    cpkInterval: within === null ? null : finiteInterval(bissellInterval(within.cpk, n, level)),
    ppkInterval: overall === null ? null : finiteInterval(bissellInterval(overall.cpk, n, level)),
    expectedOutside: {
      within: within === null ? null : expectedShareOutside({ mean: average, sigma: sigmaWithin, ...limits }),
      overall: overall === null ? null : expectedShareOutside({ mean: average, sigma: sigmaOverall, ...limits }),
    },
    observedOutside: countOutside(input.originals, values, input.lsl, input.usl),
    notes,
  };
}

function toNumber(value: Decimal | undefined): number | null {
  return value === undefined ? null : Number(value.toString());
}

/**
 * Returns the positions of the smallest and largest value, decided exactly: the float order is
 * exact where the floats differ, and equal floats from decimal strings are compared as decimals.
 */
function extremeIndices(originals: readonly DecimalInput[], values: readonly number[]): [number, number] {
  let minIndex = 0;
  let maxIndex = 0;
  // Equal doubles of the same text, or of two numbers, are equal decimals: compare decimals only otherwise.
  const exactOrder = (i: number, j: number): number =>
    originals[i] !== originals[j] && (typeof originals[i] === 'string' || typeof originals[j] === 'string')
      ? toDecimal(originals[i] as DecimalInput).cmp(toDecimal(originals[j] as DecimalInput))
      : 0;
  for (let i = 1; i < values.length; i++) {
    const x = values[i] as number;
    const min = values[minIndex] as number;
    const max = values[maxIndex] as number;
    if (x < min || (x === min && exactOrder(i, minIndex) < 0)) minIndex = i;
    if (x > max || (x === max && exactOrder(i, maxIndex) > 0)) maxIndex = i;
  }
  return [minIndex, maxIndex];
}

function exactText(value: DecimalInput | undefined): string {
  return decimalString(toDecimal(value ?? 0));
}

function minOf(sizes: readonly number[]): number {
  let min = sizes[0] as number;
  for (const size of sizes) if (size < min) min = size;
  return min;
}

function maxOf(sizes: readonly number[]): number {
  let max = sizes[0] as number;
  for (const size of sizes) if (size > max) max = size;
  return max;
}

/**
 * Returns the indices when every one is finite, else null: a σ so small that an index overflows
 * counts as no spread, as JSON has no Infinity (internal).
 *
 * @example
 * finiteIndices({ cp: Infinity, cpl: null, cpu: Infinity, cpk: Infinity })
 * //=> null
 */
export function finiteIndices(indices: CapabilityIndices | null): CapabilityIndices | null {
  if (indices === null) return null;
  const all = [indices.cp, indices.cpl, indices.cpu, indices.cpk];
  return all.every((value) => value === null || Number.isFinite(value)) ? indices : null;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * Returns the interval when its limits and bound are finite, else null (internal).
 *
 * @example
 * finiteInterval({ level: 0.95, lower: 1.1, upper: 1.5, lowerBound: 1.13 })?.lowerBound
 * //=> 1.13
 */
export function finiteInterval(interval: CapabilityInterval): CapabilityInterval | null {
  return [interval.lower, interval.upper, interval.lowerBound].every(Number.isFinite) ? interval : null;
}
