import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/dates/dayNumber.js';

const date = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01 in the proleptic Gregorian calendar', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('0004-03-01') - dayNumber('0004-02-28')).toBe(2);
    expect([dayNumber('0000-03-01'), dayNumber('2026-02-30'), dayNumber('2026-11-28T00:00')]).toEqual([NaN, NaN, NaN]);
    expect(dayNumber('2026-11-28')).toBe(Date.UTC(2026, 10, 28) / 86_400_000);
  });

  it('is the number of days of the UTC calendar since 1970-01-01', () => {
    fc.assert(
      fc.property(date, (text) => {
        const utc = new Date(0);
        utc.setUTCFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
        expect(dayNumber(text)).toBe(utc.getTime() / 86_400_000);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
