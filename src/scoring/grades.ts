import type { Decimal } from '../decimal.js';
import type { GradeBand } from '../schema/profile.js';
import type { Decision } from './evaluation.js';
import { limitDecimal } from './limits.js';

/**
 * Returns the grade band a (rounded) score falls in: the first band, best first, whose minimum it
 * reaches.
 *
 * @example
 * gradeBandFor(toDecimal('89.9'), DEFAULT_GRADES).grade
 * //=> 'B'
 */
export function gradeBandFor(score: Decimal, grades: readonly GradeBand[]): GradeBand {
  for (const band of grades) if (score.gte(limitDecimal(band, band.min))) return band;
  return grades[grades.length - 1] as GradeBand;
}

export { decisionForGrade } from '../schema/gradeDecision.js';

/**
 * Returns the worse of two grades by their order in the bands (later is worse).
 *
 * @example
 * worseGrade('A', 'B', DEFAULT_GRADES)
 * //=> 'B'
 */
export function worseGrade(a: string, b: string, grades: readonly GradeBand[]): string {
  const index = (g: string) => grades.findIndex((band) => band.grade === g);
  return index(b) > index(a) ? b : a;
}

const DECISION_ORDER: readonly Decision[] = ['approved', 'conditional', 'rejected'];

/**
 * Returns the worse of two decisions (approved, conditional, rejected).
 *
 * @example
 * worseDecision('approved', 'rejected')
 * //=> 'rejected'
 */
export function worseDecision<D extends Exclude<Decision, 'incomplete'>>(a: D, b: D): D {
  return DECISION_ORDER.indexOf(b) > DECISION_ORDER.indexOf(a) ? b : a;
}

