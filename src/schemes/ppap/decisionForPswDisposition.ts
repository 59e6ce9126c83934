import type { Decision } from '../../scoring/evaluation.js';
import { checkedPswDisposition } from './pswDisposition.js';

/**
 * Returns the library's decision for a customer's PSW disposition (AIAG PPAP 4th ed. §5.2): approved
 * → approved, interim approval → conditional, rejected → rejected. Throws a `ValidationError` for an
 * interim approval without an expiry date or quantity.
 *
 * @example
 * decisionForPswDisposition({ disposition: 'interim-approval', expires: '2027-03-31' })
 * //=> 'conditional'
 */
export function decisionForPswDisposition(input: unknown): Exclude<Decision, 'incomplete'> {
  const { disposition } = checkedPswDisposition(input);
  return disposition === 'approved' ? 'approved' : disposition === 'interim-approval' ? 'conditional' : 'rejected';
}
