import { c4Exact } from '../../stats/c4Exact.js';
import { d2 } from '../../stats/d2.js';
import { inverseNormalCdf } from '../../stats/inverseNormalCdf.js';
import type { CapabilityInput } from '../../stats/readCapabilityInput.js';
import { varianceOfFinite } from '../../stats/sampleVariance.js';

/** What an R̄ capability study needs that does not depend on the data, worked out once per requirement. */
export interface RbarStudy {
  readonly lsl: number | null;
  readonly usl: number | null;
  readonly unbiasedOverall: boolean;
  /** d2 by subgroup size (2 to 25), from the study's constants. */
  readonly d2: Float64Array;
  /** The normal quantiles of the Bissell limits: one-sided z(1 − α) and two-sided z(1 − α/2). */
  readonly zOne: number;
  readonly zTwo: number;
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
 * Returns what an R̄ study of the given options needs besides the data, or null when the options ask
 * for another σ within method.
 *
 * @example
 * rbarStudy(readCapabilityInput([[1, 2], [3, 4]], { lsl: 0, usl: 9 }))?.zOne
 * //=> 1.6448536269514715
 */
export function rbarStudy(input: CapabilityInput): RbarStudy | null {
  if (input.method !== 'rbar') return null;
  const table = new Float64Array(26);
  for (let size = 2; size <= 25; size++) table[size] = d2(size, input.constants);
  // As `capabilityValuesOf` and `bissellInterval` work them out.
  const level = Number(input.confidence.toString());
  const alpha = 1 - level;
  return {
    lsl: input.lsl === undefined ? null : Number(input.lsl.toString()),
    usl: input.usl === undefined ? null : Number(input.usl.toString()),
    unbiasedOverall: input.unbiasedOverall,
    d2: table,
    zOne: inverseNormalCdf(1 - alpha),
    zTwo: inverseNormalCdf(1 - alpha / 2),
  };
}

/**
 * Returns the figures of an R̄ capability study of checked finite doubles in consecutive subgroups
 * of `sizes` (each 2 to 25, together every double), with exactly the arithmetic of
 * `capabilityValuesOf` (mean x̄ = Σx/N, σ within = mean(Rᵢ/d2(nᵢ)), σ overall = s or s/c4(N),
 * Cpk = min((x̄ − LSL)/3σ, (USL − x̄)/3σ), Bissell bound Cpk − z(1−α)·√(1/9N + Cpk²/2(N−1)); AIAG
 * SPC 2nd ed., chapter IV) but none of the figures it does not report; null when the study is not
 * plain (a sum overflows, σ is 0, an index is not finite), so the caller runs the full study, which
 * says why.
 *
 * @example
 * rbarFigures(new Float64Array([1, 2, 3, 5]), [2, 2], 'cpk', rbarStudy(readCapabilityInput([[1, 2], [3, 4]], { lsl: 0, usl: 9 }))!)?.value
 * //=> 0.6893333333333332
 */
export function rbarFigures(doubles: ArrayLike<number>, sizes: readonly number[], index: 'cpk' | 'ppk', study: RbarStudy): CapabilityFigures | null {
  const n = doubles.length;
  const count = sizes.length;
  if (n < 2 || count === 0) return null;
  // One pass for the subgroup ranges and the compensated sums (`sumOfFinite`, in order) of the values
  // and of the ranges over d2.
  let sum = 0;
  let compensation = 0;
  let ratioSum = 0;
  let ratioCompensation = 0;
  let k = 0;
  for (let g = 0; g < count; g++) {
    const size = sizes[g] as number;
    let min = doubles[k] as number;
    let max = min;
    for (let i = k; i < k + size; i++) {
      const x = doubles[i] as number;
      const t = sum + x;
      compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
      if (x < min) min = x;
      else if (x > max) max = x;
    }
    const ratio = (max - min) / (study.d2[size] as number);
    const t = ratioSum + ratio;
    ratioCompensation += Math.abs(ratioSum) >= Math.abs(ratio) ? ratioSum - t + ratio : ratio - t + ratioSum;
    ratioSum = t;
    k += size;
  }
  const mean = (sum + compensation) / n;
  const sigmaWithin = (ratioSum + ratioCompensation) / count;
  const variance = varianceOfFinite(doubles, mean);
  if (!Number.isFinite(mean) || !Number.isFinite(variance) || !Number.isFinite(sigmaWithin)) return null;
  const s = Math.sqrt(variance > 0 ? variance : 0);
  const sigmaOverall = study.unbiasedOverall ? s / c4Exact(n) : s;
  const sigma = index === 'cpk' ? sigmaWithin : sigmaOverall;
  if (!Number.isFinite(sigmaOverall) || !(sigmaWithin > 0) || !(sigmaOverall > 0)) return null;
  const { lsl, usl } = study;
  if (lsl === null && usl === null) return null;
  if (lsl !== null && usl !== null && !(lsl < usl)) return null;
  const value = indexOf(mean, sigma, lsl, usl);
  // Both sets of indices must be finite, as `capabilityValuesOf` has them.
  const other = indexOf(mean, index === 'cpk' ? sigmaOverall : sigmaWithin, lsl, usl);
  if (value === null || other === null) return null;
  const se = Math.sqrt(1 / (9 * n) + (value * value) / (2 * (n - 1)));
  const twoSided = study.zTwo * se;
  const lowerBound = value - study.zOne * se;
  const finite = Number.isFinite(value - twoSided) && Number.isFinite(value + twoSided) && Number.isFinite(lowerBound);
  return { n, subgroups: count, mean, sigmaWithin, sigmaOverall, value, lowerBound: finite ? lowerBound : null };
}

/** Cpk = min(CPL, CPU) as `capabilityIndices` works it out, or null when any of Cp, CPL, CPU is not finite. */
function indexOf(mean: number, sigma: number, lsl: number | null, usl: number | null): number | null {
  const cpl = lsl === null ? null : (mean - lsl) / (3 * sigma);
  const cpu = usl === null ? null : (usl - mean) / (3 * sigma);
  const cp = lsl === null || usl === null ? null : (usl - lsl) / (6 * sigma);
  if ((cpl !== null && !Number.isFinite(cpl)) || (cpu !== null && !Number.isFinite(cpu)) || (cp !== null && !Number.isFinite(cp))) return null;
  return cpl === null ? (cpu as number) : cpu === null ? cpl : Math.min(cpl, cpu);
}
