/**
 * Returns the day number of a `YYYY-MM-DD` text in the proleptic Gregorian calendar (days since
 * 1970-01-01; Howard Hinnant's days-from-civil algorithm), so the difference of two day numbers is the
 * number of calendar days between them (`daysBetween`); `calendarDateOfDay` is its inverse. Reads the
 * digits only: check the text is a calendar date first (`isCalendarDate`).
 *
 * @example
 * [dayNumber('1970-01-02'), dayNumber('2026-11-28') - dayNumber('2026-02-28')]
 * //=> [1, 273]
 */
export function dayNumber(text: string): number {
  let y = text.charCodeAt(0) * 1000 + text.charCodeAt(1) * 100 + text.charCodeAt(2) * 10 + text.charCodeAt(3) - 48 * 1111;
  const m = text.charCodeAt(5) * 10 + text.charCodeAt(6) - 48 * 11;
  const d = text.charCodeAt(8) * 10 + text.charCodeAt(9) - 48 * 11;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
