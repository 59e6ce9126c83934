import { formatISO } from 'date-fns/formatISO';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { utc } from '@date-fns/utc';
import { dayNumber } from './dayNumber.js';
import { utcDateOf } from './utcDate.js';

/** A calendar date written `YYYY-MM-DD`. It names a day, not an instant, wherever the code runs. */
export type CalendarDate = string;

/**
 * Returns the number of days in a month of the proleptic Gregorian calendar (date-fns's
 * `getDaysInMonth` on the UTC calendar: February has 29 in years divisible by 4, except centuries not
 * divisible by 400), or 0 for a month that is not 1 to 12.
 *
 * @example
 * [daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 11)]
 * //=> [29, 28, 29, 30]
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  const first = utcDateOf('1970-01-01');
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first, { in: utc });
}

/**
 * Returns whether a text is a real calendar date in the form `YYYY-MM-DD` of the years 0001 to 9999
 * (read by date-fns's `parseISO` on the UTC calendar).
 *
 * @example
 * isCalendarDate('2026-02-29')
 * //=> false
 */
export function isCalendarDate(text: unknown): text is CalendarDate {
  return typeof text === 'string' && !Number.isNaN(dayNumber(text));
}

/**
 * Returns the `YYYY-MM-DD` text of a `Date`'s calendar fields (date-fns's `formatISO`): the local
 * fields of a plain `Date`, the UTC fields of a `UTCDate`.
 *
 * @example
 * calendarDateOf(new Date(2026, 10, 28))
 * //=> '2026-11-28'
 */
export function calendarDateOf(date: Date): CalendarDate {
  return formatISO(date, { representation: 'date' });
}
