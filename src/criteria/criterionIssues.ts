import type { PathSegment, ValidationIssue } from '../errors/index.js';
import { kindOf } from '../kinds/registry.js';
import type { Criterion } from './criterion.js';

/**
 * Returns the problems a criterion has beyond its schema: limits that do not resolve or are out of
 * order, pass levels that are not allowed points, a target worse than the pass limit, a resolution
 * that is not above 0.
 *
 * @example
 * criterionIssues({ kind: 'measurement', lsl: '2', usl: '1', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'limits_out_of_order'
 */
export function criterionIssues(criterion: Criterion, at: readonly PathSegment[]): ValidationIssue[] {
  return kindOf(criterion.kind).criterionIssues?.(criterion, at) ?? [];
}
