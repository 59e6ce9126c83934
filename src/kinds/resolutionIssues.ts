import { toDecimal } from '../decimal.js';
import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';

/**
 * Returns the problem of a criterion's measuring resolution that is not above 0 (measurements and
 * metrics), or none.
 *
 * @example
 * resolutionIssues({ resolution: '0' }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'too_small'
 */
export function resolutionIssues(criterion: { readonly resolution?: string | undefined }, at: readonly PathSegment[]): ValidationIssue[] {
  return criterion.resolution !== undefined && toDecimal(criterion.resolution).lte(0) ? [createIssue('too_small', [...at, 'resolution'], { minimum: '0 (exclusive)' })] : [];
}
