import { UTCDate, utc } from '@date-fns/utc';
import { parseISO } from 'date-fns/parseISO';

/** `YYYY-MM-DD` in the years 0001 to 9999. */
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

/** 1970-01-01 on the UTC calendar: the day that day numbers count from. */
export const UNIX_EPOCH_DAY = new UTCDate(0);

/**
 * Returns the midnight that starts a `YYYY-MM-DD` day on the UTC calendar, read by date-fns's
 * `parseISO` in the UTC context (so no time zone, not even one that skipped a day, can move it), or
 * an invalid date when the text is not a calendar date in that form (no time, no week date, no
 * 30 February) of the years 0001 to 9999, the years the library's calendar holds.
 *
 * @example
 * [utcDateOf('1994-12-31').toISOString(), Number.isNaN(utcDateOf('2026-02-29').getTime())]
 * //=> ['1994-12-31T00:00:00.000Z', true]
 */
export function utcDateOf(text: string): UTCDate {
  return ISO_DATE.test(text) ? parseISO(text, { in: utc }) : new UTCDate(Number.NaN);
}
