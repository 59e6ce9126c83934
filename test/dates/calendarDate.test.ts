import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDateOf, daysBetween, isCalendarDate, toLocalDate } from '../../src/dates/index.js';

describe('calendar dates', () => {
  it('accepts only real dates in the form YYYY-MM-DD', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '2026-11-28T00:00', '2026-11-28Z', '', 20261128]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(toLocalDate('0099-01-01')?.getFullYear()).toBe(99);
  });

  it('counts and adds calendar days across leap days and month ends', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addCalendarDays('2027-12-01', 90)).toBe('2028-02-29');
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(calendarDateOf(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});
