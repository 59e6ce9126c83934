import type { GradeBand } from '../../schema/profile.js';

/**
 * The grade bands of a PPAP profile of its own: every required element accepted (100 %) earns
 * `approved`; anything less at most `interim` (conditional), the interim approval of AIAG PPAP 4th ed.
 * §5.2; critical elements reject through the knock-out rule.
 *
 * @example
 * PPAP_GRADES.map((band) => band.grade)
 * //=> ['approved', 'interim']
 */
export const PPAP_GRADES: readonly GradeBand[] = [
  { grade: 'approved', min: '100', decision: 'approved' },
  { grade: 'interim', min: '0', decision: 'conditional' },
];
