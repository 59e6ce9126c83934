import { c4 } from './c4.js';
import { sumOfFinite } from './compensatedSum.js';
import { sampleStandardDeviation } from './sampleStandardDeviation.js';
import { assertSubgroups } from './assertSubgroups.js';
import type { CapabilityConstants } from './types.js';

/**
 * Returns the within-subgroup standard deviation estimated from subgroup standard deviations,
 * σ̂ = S̄/c4(n) (AIAG SPC 2nd ed., X̄–s chart). For unequal subgroup sizes it is the mean of
 * sᵢ/c4(nᵢ) (Minitab, SAS/QC). A float computation; `constants` picks printed (default) or exact c4.
 *
 * @throws {ValidationError} if there is no subgroup, a subgroup has fewer than 2 or more than 25
 * values, or a value is not a finite number.
 *
 * @example
 * withinSigmaSbar([[10.2, 9.9, 10.1, 10.0], [10.3, 10.1, 10.0, 10.2]], 'exact')
 * //=> 0.14012478040994808
 */
export function withinSigmaSbar(
  subgroups: readonly (readonly number[])[],
  constants: CapabilityConstants = 'printed',
): number {
  assertSubgroups(subgroups, 25, 'sbar');
  const ratios = subgroups.map((subgroup) => sampleStandardDeviation(subgroup) / c4(subgroup.length, constants));
  return sumOfFinite(ratios) / ratios.length;
}
