import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { utc } from '@date-fns/utc';
import { UNIX_EPOCH_DAY, utcDateOf } from './utcDate.js';

/** Day numbers of texts already read (dates repeat across records); cleared when full. */
const known = new Map<string, number>();
const KNOWN_LIMIT = 4096;

/**
 * Returns the day number of a `YYYY-MM-DD` text: the calendar days from 1970-01-01 to it (date-fns's
 * `differenceInCalendarDays` on the UTC calendar), so the difference of two day numbers is the number
 * of calendar days between them (`daysBetween`); `calendarDateOfDay` is its inverse. `NaN` when the
 * text is not a calendar date (see `isCalendarDate`).
 *
 * @example
 * [dayNumber('1970-01-02'), dayNumber('2026-11-28') - dayNumber('2026-02-28'), dayNumber('2026-02-30')]
 * //=> [1, 273, NaN]
 */
export function dayNumber(text: string): number {
  let day = known.get(text);
  if (day === undefined) {
    day = differenceInCalendarDays(utcDateOf(text), UNIX_EPOCH_DAY, { in: utc });
    if (text.length !== 10) return day;
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, day);
  }
  return day;
}
