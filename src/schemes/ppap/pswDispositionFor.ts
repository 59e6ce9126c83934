import type { CalendarDate } from '../../dates/calendarDate.js';
import type { Decision } from '../../scoring/evaluation.js';
import { optionsIssues, ValidationError } from '../../errors/index.js';
import { checkedPswDisposition, type PswDisposition } from './pswDisposition.js';

/** The limits of an interim approval. */
export interface InterimLimits {
  readonly expires?: CalendarDate;
  readonly quantity?: number;
  readonly note?: string;
}

/**
 * Returns the PSW disposition an evaluation's decision supports (AIAG PPAP 4th ed. §5.2): approved →
 * approved; conditional → interim approval, which needs an expiry date or a quantity; rejected →
 * rejected; incomplete (required elements missing) → rejected, since a submission that does not meet
 * the requirements cannot be approved. Throws a `ValidationError` for a conditional decision without
 * limits, so an interim approval is never open-ended.
 *
 * @example
 * pswDispositionFor('conditional', { expires: '2027-03-31' })
 * //=> { disposition: 'interim-approval', expires: '2027-03-31' }
 */
export function pswDispositionFor(decision: Decision, limits: InterimLimits = {}): PswDisposition {
  const notAnObject = optionsIssues(limits, ['limits']);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'PSW disposition');
  if (decision === 'approved') return { disposition: 'approved' };
  if (decision === 'conditional') return checkedPswDisposition({ disposition: 'interim-approval', ...limits });
  return { disposition: 'rejected', ...(limits.note !== undefined ? { note: limits.note } : {}) };
}
