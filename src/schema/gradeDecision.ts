import type { GradeBand } from './profile.js';

/**
 * Returns the decision a grade leads to: the band's own `decision`, else approved for the best band,
 * conditional for the second, rejected below. Part of the profile's grade table, so the profile's own
 * checks and the evaluation read it alike.
 *
 * @example
 * decisionForGrade('B', DEFAULT_GRADES)
 * //=> 'conditional'
 */
export function decisionForGrade(grade: string, grades: readonly GradeBand[]): NonNullable<GradeBand['decision']> {
  const index = grades.findIndex((band) => band.grade === grade);
  const band = grades[index];
  if (band?.decision) return band.decision;
  return index === 0 ? 'approved' : index === 1 ? 'conditional' : 'rejected';
}
