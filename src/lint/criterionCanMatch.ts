import { kindOf } from '../kinds/registry.js';
import type { Criterion } from '../criteria/criterion.js';
import type { CriterionStatus } from '../criteria/outcome.js';
import { toDecimal } from '../decimal.js';
import type { Condition } from '../schema/rule.js';
import { smallest } from '../lists/smallest.js';

/**
 * Returns whether a criterion can ever end with a status, as its kind and settings allow: a check is
 * never partial, only an audit question that allows it can be not applicable, a metric scored only by
 * bands below 100 never passes. Missing evidence is always possible.
 *
 * @example
 * statusPossible({ kind: 'check', ... }, 'partial', false)
 * //=> false
 */
export function statusPossible(criterion: Criterion, status: CriterionStatus, missingCountsAsFail: boolean): boolean {
  return status === 'missing' || kindOf(criterion.kind).canEndAs(criterion, status, missingCountsAsFail);
}

/**
 * Returns whether a rule's criteria condition is about a criterion at all: it lies in the rule's scope
 * (when rules have one) and passes the condition's fixed filters (ids, categories, kind, severity,
 * cause family, star).
 *
 * @example
 * criterionSelected({ type: 'criteria', star: true, atLeast: 1 }, leakTest, 'product')
 * //=> false
 */
export function criterionSelected(condition: Extract<Condition, { type: 'criteria' }>, criterion: Criterion, categoryId: string, scope?: string): boolean {
  const when = condition;
  if (scope !== undefined && scope !== categoryId) return false;
  if (when.criteria && !when.criteria.includes(criterion.id)) return false;
  if (when.categories && !when.categories.includes(categoryId)) return false;
  if (when.kind && !when.kind.includes(criterion.kind)) return false;
  if (when.severity && !when.severity.includes(criterion.severity)) return false;
  if (when.causeFamily && !when.causeFamily.includes(criterion.causeFamily)) return false;
  return when.star === undefined || kindOf(criterion.kind).points?.star(criterion) === when.star;
}

/**
 * Returns whether a criterion can ever match a rule's criteria condition: the condition is about it
 * (`criterionSelected`) and each outcome filter (status, points, score) is possible for it on its
 * own. A necessary condition: a rule's filters are not checked for being possible together.
 *
 * @example
 * criterionCanMatch({ type: 'criteria', kind: ['check'], status: ['partial'], atLeast: 1 }, leakTest, 'product', false)
 * //=> false
 */
export function criterionCanMatch(
  condition: Extract<Condition, { type: 'criteria' }>,
  criterion: Criterion,
  categoryId: string,
  missingCountsAsFail: boolean,
  scope?: string,
): boolean {
  const when = condition;
  if (!criterionSelected(when, criterion, categoryId, scope)) return false;
  const levels = kindOf(criterion.kind).points?.levels(criterion);
  if (when.pointsAtMost !== undefined && !(levels !== undefined && smallest(levels) <= when.pointsAtMost)) return false;
  // Exact point levels, where the rule schema has them.
  const pointsIn = (when as { pointsIn?: readonly number[] }).pointsIn;
  if (pointsIn !== undefined && !(levels !== undefined && pointsIn.some((points) => levels.includes(points)))) return false;
  if (when.status && !when.status.some((status) => statusPossible(criterion, status, missingCountsAsFail))) return false;
  // Missing evidence scores 0, so any limit above 0 can be met.
  if (when.scoreBelow !== undefined && !toDecimal(when.scoreBelow).gt(0)) return false;
  return true;
}
