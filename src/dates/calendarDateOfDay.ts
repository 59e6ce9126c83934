import { addDays } from 'date-fns/addDays';
import { utc } from '@date-fns/utc';
import { calendarDateOf, type CalendarDate } from './calendarDate.js';
import { UNIX_EPOCH_DAY } from './utcDate.js';

/** Texts of day numbers already written (re-audit dates repeat across records); cleared when full. */
const written = new Map<number, CalendarDate>();
const WRITTEN_LIMIT = 4096;

/**
 * Returns the `YYYY-MM-DD` text of a day number (calendar days since 1970-01-01, as `dayNumber`
 * counts them; date-fns's `addDays` and `formatISO` on the UTC calendar). The inverse of `dayNumber`.
 *
 * @throws {RangeError} if `day` is not a number of days (NaN or infinite).
 *
 * @example
 * [calendarDateOfDay(0), calendarDateOfDay(20_785)]
 * //=> ['1970-01-01', '2026-11-28']
 */
export function calendarDateOfDay(day: number): CalendarDate {
  let text = written.get(day);
  if (text === undefined) {
    text = calendarDateOf(addDays(UNIX_EPOCH_DAY, day, { in: utc }));
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(day, text);
  }
  return text;
}
