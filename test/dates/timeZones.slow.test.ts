import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = "import { evaluateExamples } from './examples/pump-injector/demo.ts'; process.stdout.write(JSON.stringify(evaluateExamples()));";

function evaluationsIn(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
}

describe('time zones', () => {
  it('gives byte-identical evaluations in UTC+14, UTC−8 and UTC', () => {
    const kiritimati = evaluationsIn('Pacific/Kiritimati');
    expect(evaluationsIn('America/Los_Angeles')).toBe(kiritimati);
    expect(evaluationsIn('UTC')).toBe(kiritimati);
    expect(JSON.parse(kiritimati)).toHaveLength(3);
  });

  it('knows days that a time zone skipped: 1994-12-31 in Kiritimati and 2011-12-30 in Samoa', () => {
    const dates =
      "import { addCalendarDays, daysBetween, isCalendarDate } from './src/dates/index.ts'; import { evaluate, defineProfile } from './src/index.ts';" +
      "const profile = defineProfile({ id: 'p', version: '1', title: 'P', component: { name: 'Injector' }, categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'document', id: 'd', title: 'D', causeFamily: 'method', maxAgeDays: 1 }] }], grades: [{ grade: 'A', min: 0 }] });" +
      "const day = (date) => evaluate(profile, { supplier: { id: 's', name: 'S' }, auditDate: date, entries: [{ criterion: 'd', status: 'approved', date: addCalendarDays(date, -1) }] }).criteria[0].status;" +
      "import { formatCalendarDate } from './src/report/format.ts'; import { cellDate } from './src/sheets/index.ts';" +
      "process.stdout.write(JSON.stringify([['1994-12-31', '2011-12-30'].map(isCalendarDate), addCalendarDays('1994-12-30', 1), addCalendarDays('2011-12-29', 1), daysBetween('1994-12-30', '1995-01-01'), day('1994-12-31'), day('2011-12-30'), formatCalendarDate('1994-12-31', 'en', 'prose'), formatCalendarDate('2011-12-30', 'id', 'prose'), cellDate(40907), cellDate(new Date(Date.UTC(2011, 11, 30)), 'utc')]));";
    const run = (tz: string) => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', dates], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const expected = [[true, true], '1994-12-31', '2011-12-30', 2, 'pass', 'pass', '31 December 1994', '30 Desember 2011', '2011-12-30', '2011-12-30'];
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Apia', 'UTC']) expect(JSON.parse(run(tz))).toEqual(expected);
  });
});
