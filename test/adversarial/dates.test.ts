import { describe, expect } from 'vitest';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

/** Texts that are not calendar dates `YYYY-MM-DD`, though some look like dates. */
const notDates: [string, unknown][] = [
  ['30 February (2026-02-30)', '2026-02-30'],
  ['29 February in a common year (2026-02-29)', '2026-02-29'],
  ['month 13 (2026-13-01)', '2026-13-01'],
  ['month 00 (2026-00-10)', '2026-00-10'],
  ['day 00 (2026-11-00)', '2026-11-00'],
  ['day 32 (2026-01-32)', '2026-01-32'],
  ['a 24:00 time (2026-11-28T24:00)', '2026-11-28T24:00'],
  ['a time of day (2026-11-28T08:30:00)', '2026-11-28T08:30:00'],
  ['an ISO instant with an offset (2026-11-28T00:00:00+14:00)', '2026-11-28T00:00:00+14:00'],
  ['an ISO instant in UTC (2026-11-28T00:00:00Z)', '2026-11-28T00:00:00Z'],
  ['day-month-year (28-11-2026)', '28-11-2026'],
  ['slashes (2026/11/28)', '2026/11/28'],
  ['no leading zeros (2026-1-5)', '2026-1-5'],
  ['a five-digit year (12026-11-28)', '12026-11-28'],
  ['white space around (" 2026-11-28")', ' 2026-11-28'],
  ['an empty text', ''],
  ['a number (20261128)', 20261128],
  ['a spreadsheet serial date (46354)', 46354],
  ['a JavaScript Date', new Date(Date.UTC(2026, 10, 28))],
  ['null', null],
];

const entries: Entry[] = [
  ...notDates.map(([name, value]): Entry =>
    evaluation(`an audit date that is ${name} is refused`, goodProfile(), { ...goodEvidence(), auditDate: value }, { refused: [['auditDate', 'invalid_date']] }),
  ),
  ...notDates
    .filter(([, value]) => value !== null)
    .map(([name, value]): Entry =>
      evaluation(`a certificate expiry that is ${name} is refused`, goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: value }), {
        refused: [['entries[3].expires', 'invalid_date']],
      }),
    ),
  ...notDates.map(([name, value]): Entry =>
    evaluation(`an evaluation date that is ${name} is refused`, goodProfile(), goodEvidence(), { refused: [['at', 'invalid_date']] }, { at: value }),
  ),
  evaluation(
    '29 February in a leap year is a date (2028-02-29)',
    goodProfile(),
    {
      ...evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: '2029-02-28' }),
      auditDate: '2028-02-29',
      entries: evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: '2029-02-28' }).entries.map((e: Record<string, unknown>) =>
        e.criterion === 'control-plan' ? { ...e, date: '2027-03-01' } : e,
      ),
    },
    { decision: 'approved', check: (e) => expect(e.criteria.find((c) => c.id === 'control-plan')?.found?.ageDays).toBe(365) },
  ),
  evaluation('year 0001 and year 9999 are dates', goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', issued: '0001-01-01', expires: '9999-12-31' }), {
    decision: 'approved',
    check: (e) => expect(e.criteria.find((c) => c.id === 'iso-9001')?.found?.remainingDays).toBe(2912111),
  }),
  evaluation('a certificate expiring on the evaluation day is still valid', goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: '2026-11-28' }), { decision: 'approved' }),
  evaluation('a certificate that expired the day before fails', goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: '2026-11-27' }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria.find((c) => c.id === 'iso-9001')?.why.code).toBe('certificate.expired'),
  }),
  evaluation('a certificate issued after it expires is refused', goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', issued: '2029-01-01', expires: '2028-01-31' }), {
    refused: [['entries[3].issued', 'date_after']],
  }),
  evaluation('a document dated after the audit fails', goodProfile(), evidenceWith('control-plan', { criterion: 'control-plan', status: 'approved', date: '2026-11-29' }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria.find((c) => c.id === 'control-plan')?.why.code).toBe('document.datedAfter'),
  }),
  evaluation(
    'a re-audit 100,000 days after the audit is refused beyond the day limit, never given as a non-date',
    { ...goodProfile(), decision: { reauditDays: 100_001 } },
    goodEvidence(),
    { refused: [['decision.reauditDays', 'too_big']] },
  ),
];

describe('hostile dates and times', () => {
  runCatalogue(entries);
});
