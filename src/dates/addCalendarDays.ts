import { addDays } from 'date-fns/addDays';
import { utc } from '@date-fns/utc';
import { calendarDateOf, type CalendarDate } from './calendarDate.js';
import { checkedUtcDate } from './daysBetween.js';

/**
 * Returns the calendar date `days` whole days after `date` (before it when negative; a fraction of a
 * day is dropped), counted by date-fns's `addDays` on the UTC calendar, whatever the time zone.
 *
 * @throws {RangeError} if `date` is not a calendar date.
 *
 * @example
 * addCalendarDays('2028-02-28', 90)
 * //=> '2028-05-28'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(addDays(checkedUtcDate(date), Math.trunc(days), { in: utc }));
}
