import type { CalendarDate } from './calendarDate.js';

/**
 * Returns the `YYYY-MM-DD` text of a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar, as `dayNumber` counts them; Howard Hinnant's civil-from-days algorithm). The inverse of
 * `dayNumber` for the years 0000 to 9999.
 *
 * @example
 * [calendarDateOfDay(0), calendarDateOfDay(20_785)]
 * //=> ['1970-01-01', '2026-11-28']
 */
export function calendarDateOfDay(day: number): CalendarDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const m = shifted < 10 ? shifted + 3 : shifted - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
