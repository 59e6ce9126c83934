import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, calendarDateOf, calendarDateOfDay, daysBetween, daysInMonth, dayNumber, isCalendarDate, staysInCalendar } from '../../src/dates/index.js';
import { depth } from '../depth.js';

describe('calendar dates', () => {
  it('accepts only real dates in the form YYYY-MM-DD', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '2026-11-28T00:00', '2026-11-28Z', '', 20261128]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(['0001-01-01', '0004-02-29', '0099-01-01', '9999-12-31', '2000-02-29'].every(isCalendarDate)).toBe(true);
    expect(['1900-02-29', '2100-02-29', '２０２６-01-01', '2026-04-31', '0000-01-01', '0000-02-29', '10000-01-01'].some(isCalendarDate)).toBe(false);
    expect([daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 11), daysInMonth(2026, 13)]).toEqual([29, 28, 29, 30, 0]);
  });

  it('counts and adds calendar days across leap days and month ends', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addCalendarDays('2027-12-01', 90)).toBe('2028-02-29');
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(calendarDateOf(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });

  it('stays in the years 0001 to 9999, and says so before adding', () => {
    expect([addCalendarDays('9999-12-30', 1), addCalendarDays('0001-01-02', -1), addCalendarDays('9999-12-31', 0.9)]).toEqual(['9999-12-31', '0001-01-01', '9999-12-31']);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
    expect([staysInCalendar('9999-12-30', 1), staysInCalendar('9999-12-31', 1), staysInCalendar('0001-01-01', -1), staysInCalendar('0001-01-01', 3_652_058)]).toEqual([true, false, false, true]);
    expect([staysInCalendar('0001-01-01', 3_652_059), staysInCalendar('2026-02-30', 0), staysInCalendar('2026-01-01', Number.NaN)]).toEqual([false, false, false]);
  });

  /** The UTC calendar's date of a time (no time zone can skip a UTC day). */
  const utcText = (time: number) => {
    const d = new Date(time);
    return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  };
  const FIRST = -719_162; // 0001-01-01
  const LAST = 2_932_896; // 9999-12-31

  // Every day in the slow run; every 37th (all weekdays, month days and leap-year positions) in the suite.
  const STEP = depth(37, 1);

  it(`agrees with the UTC calendar on ${STEP === 1 ? 'every day' : `every ${STEP}th day`} from 0001-01-01 to 9999-12-31`, () => {
    expect([calendarDateOfDay(FIRST), calendarDateOfDay(LAST)]).toEqual(['0001-01-01', '9999-12-31']);
    expect([utcText(FIRST * 86_400_000), utcText(LAST * 86_400_000)]).toEqual(['0001-01-01', '9999-12-31']);
    const wrong: string[] = [];
    let checked = 0;
    for (let day = FIRST; day <= LAST; day += STEP) {
      const text = calendarDateOfDay(day);
      if (text !== utcText(day * 86_400_000) || dayNumber(text) !== day || !isCalendarDate(text)) wrong.push(text);
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(Math.floor(3_652_058 / STEP) + 1);
  });

  it('adds and counts days as the UTC calendar does', () => {
    const date = fc.integer({ min: FIRST + 3650, max: LAST - 3650 }).map(calendarDateOfDay);
    fc.assert(
      fc.property(date, fc.integer({ min: -3650, max: 3650 }), (from, days) => {
        const to = addCalendarDays(from, days);
        expect(to).toBe(utcText((dayNumber(from) + days) * 86_400_000));
        expect(daysBetween(from, to)).toBe(days);
      }),
      { numRuns: depth(400, 2000), seed: 3 },
    );
  });
});
