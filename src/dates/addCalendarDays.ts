import { isCalendarDate, type CalendarDate } from './calendarDate.js';
import { dayNumber } from './dayNumber.js';
import { calendarDateOfDay } from './calendarDateOfDay.js';
import { checkedDayNumber } from './daysBetween.js';

/** The day numbers of the first and the last day of the calendar, 0001-01-01 and 9999-12-31. */
const FIRST_DAY = dayNumber('0001-01-01');
const LAST_DAY = dayNumber('9999-12-31');

/**
 * Returns the calendar date `days` whole days after `date` (before it when negative; a fraction of a
 * day is dropped), counted on the UTC calendar by date-fns (`differenceInCalendarDays` to read the
 * date's day number, `addDays` and `formatISO` to write the day it comes to), whatever the time zone.
 *
 * @throws {RangeError} if `date` is not a calendar date, or the result would leave the years 0001 to
 * 9999 (check with `staysInCalendar` first).
 *
 * @example
 * addCalendarDays('2028-02-28', 90)
 * //=> '2028-05-28'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const result = calendarDateOfDay(checkedDayNumber(date) + Math.trunc(days));
  if (!isCalendarDate(result)) throw new RangeError(`${date} and ${days} days leave the years 0001 to 9999`);
  return result;
}

/**
 * Returns whether a calendar date `days` whole days after `date` (before it when negative) still lies
 * in the years 0001 to 9999; false when `date` is not a calendar date.
 *
 * @example
 * [staysInCalendar('9999-12-30', 1), staysInCalendar('9999-12-31', 1), staysInCalendar('0001-01-01', -1)]
 * //=> [true, false, false]
 */
export function staysInCalendar(date: CalendarDate, days: number): boolean {
  const day = dayNumber(date) + Math.trunc(days);
  return day >= FIRST_DAY && day <= LAST_DAY;
}
