import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate, type CalendarDate } from './calendarDate.js';

/**
 * Returns the number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2028-02-28', '2028-03-01')
 * //=> 2
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(mustDate(to), mustDate(from));
}

export function mustDate(text: CalendarDate): Date {
  const date = toLocalDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}
