/** A calendar date written `YYYY-MM-DD`. It names a day, not an instant, wherever the code runs. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Returns the number of days in a month of the proleptic Gregorian calendar (February has 29 in
 * years divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * [daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 11)]
 * //=> [29, 28, 29, 30]
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Returns whether a text is a real calendar date in the form `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2026-02-29')
 * //=> false
 */
export function isCalendarDate(text: unknown): text is CalendarDate {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * Returns the `YYYY-MM-DD` text of a local `Date`'s calendar fields.
 *
 * @example
 * calendarDateOf(new Date(2026, 10, 28))
 * //=> '2026-11-28'
 */
export function calendarDateOf(date: Date): CalendarDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
