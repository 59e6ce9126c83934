import { addDays } from 'date-fns';
import { calendarDateOf, type CalendarDate } from './calendarDate.js';
import { mustDate } from './daysBetween.js';

/**
 * Returns the calendar date `days` days after `date` (before it when negative).
 *
 * @example
 * addCalendarDays('2028-02-28', 90)
 * //=> '2028-05-28'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(addDays(mustDate(date), days));
}
