/**
 * The process time zone changed in this process (Node reads TZ again when it changes): evaluations and
 * calendar days must not depend on it. The same checks in fresh child processes, one per zone, are in
 * timeZones.slow.test.ts (`npm run test:slow`).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateExamples } from '../../examples/pump-injector/demo.js';
import { addCalendarDays, daysBetween, isCalendarDate } from '../../src/dates/index.js';
import { defineProfile, evaluate } from '../../src/index.js';
import { formatCalendarDate } from '../../src/report/format.js';
import { cellDate } from '../../src/sheets/index.js';
import { caseArb, SEED } from '../property/arbitraries.js';

const initial = process.env.TZ;
afterEach(() => {
  if (initial === undefined) delete process.env.TZ;
  else process.env.TZ = initial;
});

/** Sets the process time zone and returns the UTC offset (minutes) of 2026-01-01 there, to show it took. */
function inZone(zone: string): number {
  process.env.TZ = zone;
  return new Date(2026, 0, 1).getTimezoneOffset();
}

describe('time zones (in this process)', () => {
  it('gives byte-identical evaluations in UTC+14, UTC−8 and UTC', () => {
    const offsets: number[] = [];
    const outputs = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((zone) => {
      offsets.push(inZone(zone));
      return JSON.stringify(evaluateExamples());
    });
    expect(offsets).toEqual([-840, 480, 0]);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('knows days that a time zone skipped: 1994-12-31 in Kiritimati and 2011-12-30 in Samoa', () => {
    const profile = defineProfile({
      id: 'p', version: '1', title: 'P', component: { name: 'Injector' }, grades: [{ grade: 'A', min: 0 }],
      categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'document', id: 'd', title: 'D', causeFamily: 'method', maxAgeDays: 1 }] }],
    });
    const day = (date: string) =>
      evaluate(profile, { supplier: { id: 's', name: 'S' }, auditDate: date, entries: [{ criterion: 'd', status: 'approved', date: addCalendarDays(date, -1) }] }).criteria[0]?.status;
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Apia', 'UTC']) {
      inZone(zone);
      expect([
        ['1994-12-31', '2011-12-30'].map(isCalendarDate),
        addCalendarDays('1994-12-30', 1),
        addCalendarDays('2011-12-29', 1),
        daysBetween('1994-12-30', '1995-01-01'),
        day('1994-12-31'),
        day('2011-12-30'),
        formatCalendarDate('1994-12-31', 'en', 'prose'),
        formatCalendarDate('2011-12-30', 'id', 'prose'),
        cellDate(40907),
        cellDate(new Date(Date.UTC(2011, 11, 30)), 'utc'),
      ]).toEqual([[true, true], '1994-12-31', '2011-12-30', 2, 'pass', 'pass', '31 December 1994', '30 Desember 2011', '2011-12-30', '2011-12-30']);
    }
  });

  it('gives the same evaluations of generated cases (every kind and option) in UTC+14 and UTC−8', () => {
    const cases = fc.sample(caseArb(), { seed: SEED, numRuns: 12 });
    const run = (zone: string) => {
      inZone(zone);
      return JSON.stringify(cases.map(({ profile, evidence, options }) => evaluate(profile, evidence, options)));
    };
    expect(run('America/Los_Angeles')).toBe(run('Pacific/Kiritimati'));
  });
});
