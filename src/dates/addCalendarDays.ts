import type { CalendarDate } from './calendarDate.js';
import { calendarDateOfDay } from './calendarDateOfDay.js';
import { checkedDayNumber } from './daysBetween.js';

/**
 * Returns the calendar date `days` whole days after `date` (before it when negative; a fraction of a
 * day is dropped), counted on the calendar itself, whatever the time zone.
 *
 * @throws {RangeError} if `date` is not a calendar date.
 *
 * @example
 * addCalendarDays('2028-02-28', 90)
 * //=> '2028-05-28'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOfDay(checkedDayNumber(date) + Math.trunc(days));
}
