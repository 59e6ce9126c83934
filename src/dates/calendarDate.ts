import { isValid } from 'date-fns';

/** A calendar date written `YYYY-MM-DD`. It names a day, not an instant, wherever the code runs. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Returns the local `Date` at the start of a calendar date, for date-fns arithmetic, or `undefined`
 * when the text is not a real calendar date (`2026-02-30`, `2026-13-01`). Only the calendar fields of
 * the result are ever read, so the process time zone cannot change an answer.
 *
 * @example
 * toLocalDate('2028-02-29')?.getDate()
 * //=> 29
 */
export function toLocalDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(year, month - 1, day);
  date.setFullYear(year);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date;
}

/**
 * Returns whether a text is a real calendar date in the form `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2026-02-29')
 * //=> false
 */
export function isCalendarDate(text: unknown): text is CalendarDate {
  return typeof text === 'string' && toLocalDate(text) !== undefined;
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
