import { sumOfFinite } from './compensatedSum.js';
import { d2 } from './d2.js';
import { sampleRange } from './sampleRange.js';
import { assertSubgroups } from './assertSubgroups.js';
import type { CapabilityConstants } from './types.js';

/**
 * Returns the within-subgroup standard deviation estimated from subgroup ranges,
 * σ̂ = R̄/d2(n) (AIAG SPC 2nd ed., X̄–R chart). For unequal subgroup sizes it is the mean of
 * Rᵢ/d2(nᵢ) (Minitab, SAS/QC), which equals R̄/d2(n) when all sizes are equal. A float
 * computation; `constants` picks printed (default) or exact d2.
 *
 * @throws {ValidationError} if there is no subgroup, a subgroup has fewer than 2 or more than 25
 * values, or a value is not a finite number.
 *
 * @example
 * withinSigmaRbar([[10.2, 9.9, 10.1, 10.0], [10.3, 10.1, 10.0, 10.2]], 'exact')
 * //=> 0.14571943717950198
 */
export function withinSigmaRbar(
  subgroups: readonly (readonly number[])[],
  constants: CapabilityConstants = 'printed',
): number {
  assertSubgroups(subgroups, 25, 'rbar');
  const ratios = subgroups.map((subgroup) => sampleRange(subgroup) / d2(subgroup.length, constants));
  return sumOfFinite(ratios) / ratios.length;
}
