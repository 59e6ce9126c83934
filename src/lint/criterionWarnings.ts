import type { Criterion } from '../criteria/criterion.js';
import { kindOf } from '../kinds/registry.js';
import { toDecimal } from '../decimal.js';
import type { PathSegment } from '../errors/index.js';
import { lintWarning, warningOf, type LintWarning } from './lintWarning.js';


/**
 * Returns the warnings about one criterion on its own: a tolerance wider than its nominal, a critical
 * criterion with weight 0, a certificate window longer than a certificate runs, a capability minimum
 * below 1.0.
 *
 * @example
 * criterionWarnings({ kind: 'measurement', nominal: '0.5', tolerance: '0.4', unit: 'mm', ... }, ['categories', 0, 'criteria', 0]).map((w) => w.code)
 * //=> ['tolerance_wider_than_nominal']
 */
export function criterionWarnings(criterion: Criterion, at: readonly PathSegment[]): LintWarning[] {
  const warnings: LintWarning[] = [];
  if (criterion.severity === 'critical' && toDecimal(criterion.weight).isZero()) {
    warnings.push(lintWarning('critical_weight_zero', [...at, 'weight'], { id: criterion.id, title: criterion.title }));
  }
  for (const finding of kindOf(criterion.kind).lintWarnings?.(criterion, at) ?? []) warnings.push(warningOf(finding));
  return warnings;
}
