import type { GradeBand } from '../../schema/profile.js';

/**
 * The VDA 6.3:2016 classification of the overall degree of fulfilment E_G (book p. 37): A quality
 * capable from 90 %, B conditionally quality capable from 80 %, C not quality capable below 80 %;
 * approved, conditional and rejected in this library's decisions.
 *
 * @example
 * VDA63_GRADES.map((band) => `${band.grade} ${band.min}`)
 * //=> ['A 90', 'B 80', 'C 0']
 */
export const VDA63_GRADES: readonly GradeBand[] = [
  { grade: 'A', min: '90', decision: 'approved' },
  { grade: 'B', min: '80', decision: 'conditional' },
  { grade: 'C', min: '0', decision: 'rejected' },
];
