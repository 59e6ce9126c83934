import { c4Exact } from './c4Exact.js';
import { sumOfFinite } from './compensatedSum.js';
import { sampleVariance } from './sampleVariance.js';
import { assertSubgroups } from './assertSubgroups.js';

/**
 * Returns the pooled within-subgroup standard deviation, σ̂ = Sp / c4(d + 1) with
 * Sp = sqrt(Σ(nᵢ − 1)sᵢ² / d) and d = Σ(nᵢ − 1) (Minitab's default for subgrouped data; SAS/QC
 * SHEWHART). c4(d + 1) is always the exact value (`c4Exact`), since d + 1 usually exceeds the
 * printed table. Any subgroup size ≥ 2 is allowed. A float computation.
 *
 * @throws {ValidationError} if there is no subgroup, a subgroup has fewer than 2 values, or a value
 * is not a finite number.
 *
 * @example
 * withinSigmaPooled([[10.2, 9.9, 10.1, 10.0], [10.3, 10.1, 10.0, 10.2]])
 * //=> 0.13456706784107506
 */
export function withinSigmaPooled(subgroups: readonly (readonly number[])[]): number {
  assertSubgroups(subgroups, Number.MAX_SAFE_INTEGER, 'pooled');
  const weighted = subgroups.map((subgroup) => (subgroup.length - 1) * sampleVariance(subgroup));
  let d = 0;
  for (const subgroup of subgroups) d += subgroup.length - 1;
  return Math.sqrt(sumOfFinite(weighted) / d) / c4Exact(d + 1);
}
