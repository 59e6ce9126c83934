import type { Criterion } from '../criteria/criterion.js';
import type { PathSegment, ValidationIssue } from '../errors/index.js';
import { kindOf } from '../kinds/registry.js';

/**
 * Returns the problems of an evidence entry, already valid for its kind's schema, against its
 * criterion: the wrong combination of fields, points that are not allowed levels, a not-applicable
 * claim where none is allowed, a zero denominator, a unit that cannot be converted.
 *
 * @example
 * entryIssues(vdaQuestion, { criterion: 'p6-4-1', points: 5 }, ['entries', 3])[0].code
 * //=> 'not_a_level'
 */
export function entryIssues(criterion: Criterion, entry: unknown, at: readonly PathSegment[]): ValidationIssue[] {
  return kindOf(criterion.kind).entryIssues?.(criterion, entry, at) ?? [];
}
