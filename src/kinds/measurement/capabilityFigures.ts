import { bissellInterval } from '../../stats/bissellInterval.js';
import { c4Exact } from '../../stats/c4Exact.js';
import { capabilityIndices } from '../../stats/capabilityIndices.js';
import { d2 } from '../../stats/d2.js';
import { finiteIndices, finiteInterval } from '../../stats/processCapabilityValues.js';
import { inverseNormalCdf } from '../../stats/inverseNormalCdf.js';
import type { CapabilityInput } from '../../stats/readCapabilityInput.js';
import { varianceOfFinite } from '../../stats/sampleVariance.js';
import { sumOfFinite } from '../../stats/compensatedSum.js';
import { withinSigmaMovingRange } from '../../stats/withinSigmaMovingRange.js';
import type { CapabilityConstants } from '../../stats/types.js';

/** What a capability study by R̄ or moving range needs besides the data, read once per requirement. */
export interface LeanStudy {
  readonly method: 'rbar' | 'moving-range';
  readonly lsl: number | null;
  readonly usl: number | null;
  readonly unbiasedOverall: boolean;
  readonly constants: CapabilityConstants;
  /** The confidence level of the Bissell bound. */
  readonly level: number;
  /**
   * z₁₋α/₂ and z₁₋α of that level, as `bissellInterval` works them out; null when the level or a limit
   * is one the index and interval functions refuse (then they are called, and say why).
   */
  readonly quantiles: { readonly twoSided: number; readonly oneSided: number } | null;
}

/** The figures of a capability study that a capability requirement reports. */
export interface CapabilityFigures {
  readonly n: number;
  readonly subgroups: number;
  readonly mean: number;
  readonly sigmaWithin: number;
  readonly sigmaOverall: number;
  /** The index asked for (Cpk with σ within, Ppk with σ overall). */
  readonly value: number;
  /** The Bissell lower confidence bound of the index, null when the interval is not finite. */
  readonly lowerBound: number | null;
}

/**
 * Returns what a study of the given options by R̄ or moving range needs besides the data (as
 * `capabilityValuesOf` reads the options), or null when the options ask for S̄ or pooled σ.
 *
 * @example
 * leanStudy(readCapabilityInput([[1, 2], [3, 4]], { lsl: 0, usl: 9 }))?.level
 * //=> 0.95
 */
export function leanStudy(input: CapabilityInput): LeanStudy | null {
  if (input.method !== 'rbar' && input.method !== 'moving-range') return null;
  const level = Number(input.confidence.toString());
  const alpha = 1 - level;
  const lsl = input.lsl === undefined ? null : Number(input.lsl.toString());
  const usl = input.usl === undefined ? null : Number(input.usl.toString());
  const plain = level > 0 && level < 1 && (lsl === null || Number.isFinite(lsl)) && (usl === null || Number.isFinite(usl));
  return {
    method: input.method,
    lsl,
    usl,
    unbiasedOverall: input.unbiasedOverall,
    constants: input.constants,
    level,
    quantiles: plain ? { twoSided: inverseNormalCdf(1 - alpha / 2), oneSided: inverseNormalCdf(1 - alpha) } : null,
  };
}

/**
 * Returns Cpk (or Ppk) of a mean and σ > 0 against limits (at least one; LSL < USL when both) by the
 * arithmetic of `capabilityIndices`, or NaN when any of the indices it gives (Cp, CPL, CPU, Cpk) is not
 * finite, as `finiteIndices` refuses them.
 */
function finiteCpk(mean: number, sigma: number, lsl: number | null, usl: number | null): number {
  const cpl = lsl === null ? 0 : (mean - lsl) / (3 * sigma);
  const cpu = usl === null ? 0 : (usl - mean) / (3 * sigma);
  const cp = lsl === null || usl === null ? 0 : (usl - lsl) / (6 * sigma);
  const cpk = lsl === null ? cpu : usl === null ? cpl : Math.min(cpl, cpu);
  return Number.isFinite(cpl) && Number.isFinite(cpu) && Number.isFinite(cp) && Number.isFinite(cpk) ? cpk : Number.NaN;
}

/**
 * Returns the lower confidence bound of `bissellInterval(index, n, level)` for the quantiles of its
 * level, by the same arithmetic, or null when the interval is not finite (as `finiteInterval` has it).
 */
function finiteLowerBound(index: number, n: number, quantiles: NonNullable<LeanStudy['quantiles']>): number | null {
  const se = Math.sqrt(1 / (9 * n) + (index * index) / (2 * (n - 1)));
  const twoSided = quantiles.twoSided * se;
  const lowerBound = index - quantiles.oneSided * se;
  return Number.isFinite(index - twoSided) && Number.isFinite(index + twoSided) && Number.isFinite(lowerBound) ? lowerBound : null;
}

/**
 * Returns the figures of a capability study of checked finite doubles, by R̄ in consecutive subgroups
 * of `sizes` (each 2 to 25, together every double) or by moving range of individual values (`sizes`
 * null), with exactly the arithmetic of `capabilityValuesOf` (mean x̄ = Σx/N, σ within = mean(Rᵢ/d2(nᵢ))
 * or MR̄/d2(2), σ overall = s or s/c4(N), its indices and Bissell interval; AIAG SPC 2nd ed.,
 * chapter IV) but none of the figures it does not report; null when the study is not plain (a sum
 * overflows, σ is 0, an index is not finite, data of another shape), so the caller runs the full
 * study, which says why. `sum` is the compensated sum of the doubles (`sumOfFinite`) when the caller
 * has it already.
 *
 * @example
 * leanFigures([1, 2, 3, 5], [2, 2], 'cpk', leanStudy(readCapabilityInput([[1, 2], [3, 4]], { lsl: 0, usl: 9 }))!)?.value
 * //=> 0.6893333333333332
 */
export function leanFigures(
  doubles: ArrayLike<number>,
  sizes: readonly number[] | null,
  index: 'cpk' | 'ppk',
  study: LeanStudy,
  sum: number = sumOfFinite(doubles),
): CapabilityFigures | null {
  const n = doubles.length;
  const count = sizes ? sizes.length : n;
  if (n < 2 || count === 0 || (sizes === null) !== (study.method === 'moving-range')) return null;
  // The compensated sum (`sumOfFinite`, in order) of the subgroup ranges over d2.
  let ratioSum = 0;
  let ratioCompensation = 0;
  let k = 0;
  for (let g = 0; sizes && g < count; g++) {
    const size = sizes[g] as number;
    let min = doubles[k] as number;
    let max = min;
    for (let i = k + 1; i < k + size; i++) {
      const x = doubles[i] as number;
      if (x < min) min = x;
      else if (x > max) max = x;
    }
    const ratio = (max - min) / d2(size, study.constants);
    const t = ratioSum + ratio;
    ratioCompensation += Math.abs(ratioSum) >= Math.abs(ratio) ? ratioSum - t + ratio : ratio - t + ratioSum;
    ratioSum = t;
    k += size;
  }
  const mean = sum / n;
  const sigmaWithin = sizes ? (ratioSum + ratioCompensation) / count : withinSigmaMovingRange(doubles, study.constants);
  const variance = varianceOfFinite(doubles, mean);
  if (!Number.isFinite(mean) || !Number.isFinite(variance) || !Number.isFinite(sigmaWithin)) return null;
  const s = Math.sqrt(variance > 0 ? variance : 0);
  const sigmaOverall = study.unbiasedOverall ? s / c4Exact(n) : s;
  const { lsl, usl } = study;
  if (!(sigmaWithin > 0) || !(sigmaOverall > 0) || !Number.isFinite(sigmaOverall) || (lsl === null && usl === null) || (lsl !== null && usl !== null && !(lsl < usl))) return null;
  // Both sets of indices must be finite, as `capabilityValuesOf` has them.
  const quantiles = study.quantiles;
  if (quantiles === null) {
    const within = finiteIndices(capabilityIndices({ mean, sigma: sigmaWithin, lsl, usl }));
    const overall = finiteIndices(capabilityIndices({ mean, sigma: sigmaOverall, lsl, usl }));
    if (within === null || overall === null) return null;
    const value = index === 'cpk' ? within.cpk : overall.cpk;
    const interval = finiteInterval(bissellInterval(value, n, study.level));
    return { n, subgroups: count, mean, sigmaWithin, sigmaOverall, value, lowerBound: interval ? interval.lowerBound : null };
  }
  const within = finiteCpk(mean, sigmaWithin, lsl, usl);
  const overall = finiteCpk(mean, sigmaOverall, lsl, usl);
  if (Number.isNaN(within) || Number.isNaN(overall)) return null;
  const value = index === 'cpk' ? within : overall;
  return { n, subgroups: count, mean, sigmaWithin, sigmaOverall, value, lowerBound: finiteLowerBound(value, n, quantiles) };
}
