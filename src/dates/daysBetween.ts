import type { CalendarDate } from './calendarDate.js';
import { dayNumber } from './dayNumber.js';

/**
 * Returns the number of calendar days from `from` to `to` (negative when `to` is earlier): the
 * difference of their day numbers, each date-fns's `differenceInCalendarDays` from 1970-01-01 on the
 * UTC calendar, so no time zone (not even one that skipped a day) can change the count.
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
  const day = typeof text === 'string' ? dayNumber(text) : Number.NaN;
  if (Number.isNaN(day)) throw notACalendarDate(text);
  return day;
}

const notACalendarDate = (text: unknown) => new RangeError(`Not a calendar date: ${String(text)}`);
