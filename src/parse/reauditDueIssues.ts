import { staysInCalendar } from '../dates/addCalendarDays.js';
import { isCalendarDate, type CalendarDate } from '../dates/calendarDate.js';
import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';
import type { Profile } from '../schema/profile.js';

/**
 * Returns the problem of an audit date whose re-audit due date (the audit date plus the profile's
 * `decision.reauditDays`) would lie after 9999-12-31, at `path` (the evidence's `auditDate`): the
 * interval is known when the profile is read, the audit date when the evidence is, so the pair is
 * checked where they meet, whatever the decision turns out to be. None when the profile sets no
 * interval or the audit date is not a calendar date (that is its own problem).
 *
 * @example
 * reauditDueIssues(profileWithReauditDays30, '9999-12-15')[0]?.code
 * //=> 'date_out_of_range'
 */
export function reauditDueIssues(profile: Profile, auditDate: CalendarDate, path: readonly PathSegment[] = ['auditDate']): ValidationIssue[] {
  const days = profile.decision.reauditDays;
  if (days === undefined || !isCalendarDate(auditDate) || staysInCalendar(auditDate, days)) return [];
  return [createIssue('date_out_of_range', path, { value: auditDate, days, derived: 'reauditDue' })];
}
