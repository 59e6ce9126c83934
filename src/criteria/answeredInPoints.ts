import { KIND_NAMES, kindOf, type KINDS } from '../kinds/registry.js';
import type { Criterion } from './criterion.js';

type Kinds = typeof KINDS;

/** The kinds answered in points (VDA 6.3 questions): the ones with a points part. */
type PointsKind = { [K in (typeof KIND_NAMES)[number]]: Kinds[K] extends { readonly points: object } ? K : never }[(typeof KIND_NAMES)[number]];

/** A criterion answered in points: what rules on points and stars and the audit groups read. */
export type PointsCriterion = Extract<Criterion, { kind: PointsKind }>;

/**
 * Returns whether a criterion is answered in points (its kind has a points part), so rules on points
 * and stars and the VDA 6.3 audit groups read it.
 *
 * @example
 * isAnsweredInPoints(leakTest)
 * //=> false
 */
export function isAnsweredInPoints(criterion: Criterion): criterion is PointsCriterion {
  return kindOf(criterion.kind).points !== undefined;
}
