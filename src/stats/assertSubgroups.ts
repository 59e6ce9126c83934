import { createIssue, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { numberListIssues } from './numberListIssues.js';
import { appendAll } from '../lists/appendAll.js';

/**
 * Throws a `ValidationError` unless `subgroups` is a non-empty list of subgroups, each holding
 * 2..`maximum` finite numbers (internal check shared by the within-subgroup sigma estimates).
 *
 * @example
 * assertSubgroups([[1, 2], [3, 4]], 25, 'rbar')
 * //=> undefined
 */
export function assertSubgroups(
  subgroups: unknown,
  maximum: number,
  method: string,
  path: readonly PathSegment[] = [],
): void {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(subgroups)) {
    issues.push(createIssue('invalid_type', path, { expected: 'a list of subgroups', received: typeof subgroups }));
  } else {
    if (subgroups.length === 0) issues.push(createIssue('too_few_values', path, { minimum: 1, count: 0 }));
    for (let i = 0; i < subgroups.length; i++) {
      const subgroup: unknown = subgroups[i];
      appendAll(issues, numberListIssues(subgroup, 2, [...path, i]));
      if (Array.isArray(subgroup) && subgroup.length > maximum) {
        issues.push(createIssue('subgroup_too_large', [...path, i], { size: subgroup.length, method, maximum }));
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, 'subgroups');
}
