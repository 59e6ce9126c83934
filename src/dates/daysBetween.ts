import { isCalendarDate, type CalendarDate } from './calendarDate.js';
import { dayNumber } from './dayNumber.js';

/**
 * Returns the number of calendar days from `from` to `to` (negative when `to` is earlier), counted
 * on the calendar itself: no instant is formed, so no time zone (not even one that skipped a day)
 * can change the count.
 *
 * @throws {RangeError} if either text is not a calendar date.
 *
 * @example
 * daysBetween('2028-02-28', '2028-03-01')
 * //=> 2
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return checkedDayNumber(to) - checkedDayNumber(from);
}

/** Returns the day number of a calendar date, or throws a RangeError for any other text. */
export function checkedDayNumber(text: CalendarDate): number {
  if (!isCalendarDate(text)) throw new RangeError(`Not a calendar date: ${String(text)}`);
  return dayNumber(text);
}
