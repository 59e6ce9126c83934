import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvaluations, evaluate, evaluateCohort, parseEvidence, pathToPass, screen, ValidationError, whatIf, type Evaluation } from '../../src/index.js';
import { renderEvaluation, summaryText } from '../../src/report/index.js';
import { passingEntry, passingEvidence } from '../../src/testing/index.js';
import { evaluationRows } from '../../src/sheets/index.js';
import { isCalendarDate } from '../../src/dates/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, unknown>;

/** The catalogue's profile with a re-audit interval. */
const withReaudit = (days: number): Json => ({ ...goodProfile(), decision: { reauditDays: days } });

/**
 * The catalogue's evidence audited on `auditDate`, with the dated entries moved along (the
 * certificate expires on 9999-12-31, the control plan is dated on the audit day) and, when
 * `conditional`, a star question at 4 points, which caps the grade at B: a conditional decision.
 */
function auditedOn(auditDate: string, conditional = true): Json {
  const evidence = conditional ? evidenceWith('training', { criterion: 'training', points: 4 }) : goodEvidence();
  const entries = (evidence.entries as Json[]).map((e) =>
    e.criterion === 'iso-9001' ? { ...e, expires: '9999-12-31' } : e.criterion === 'control-plan' ? { ...e, date: auditDate } : e,
  );
  return { ...evidence, auditDate, entries };
}

/** Returns the issues (path, code) a call throws as a ValidationError, or fails. */
function refusal(call: () => unknown): [string, string][] {
  try {
    call();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((issue) => [issue.path, issue.code]);
  }
  throw new Error('expected a ValidationError');
}

const entries: Entry[] = [
  evaluation('an audit date of 9999-12-31 with a re-audit interval is refused (the re-audit would fall in 10000)', withReaudit(1), auditedOn('9999-12-31'), {
    refused: [['auditDate', 'date_out_of_range']],
  }),
  evaluation('the pair is refused whatever the decision, approved too', withReaudit(30), auditedOn('9999-12-02', false), { refused: [['auditDate', 'date_out_of_range']] }),
  evaluation('the last audit date whose re-audit falls on 9999-12-31 is evaluated', withReaudit(30), auditedOn('9999-12-01'), {
    decision: 'conditional',
    check: (e) => expect(e.reauditDue).toBe('9999-12-31'),
  }),
  evaluation('without a re-audit interval an audit on 9999-12-31 derives no date and is evaluated', goodProfile(), auditedOn('9999-12-31'), {
    decision: 'conditional',
    check: (e) => expect(e.reauditDue).toBeUndefined(),
  }),
  evaluation('an audit date in the year 0000 is out of range', goodProfile(), auditedOn('0000-06-01'), { refused: [['auditDate', 'date_out_of_range']] }),
  evaluation('29 February 0000 is out of range, not a non-date', goodProfile(), auditedOn('0000-02-29'), { refused: [['auditDate', 'date_out_of_range']] }),
  evaluation('30 February 0000 is no calendar date at all', goodProfile(), auditedOn('0000-02-30'), { refused: [['auditDate', 'invalid_date']] }),
  evaluation(
    'a certificate expiring in the year 0000 is out of range',
    goodProfile(),
    evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 9001', expires: '0000-12-31' }),
    { refused: [['entries[3].expires', 'date_out_of_range']] },
  ),
  evaluation(
    'a document dated in the year 0000 is out of range',
    goodProfile(),
    evidenceWith('control-plan', { criterion: 'control-plan', status: 'approved', date: '0000-01-01' }),
    { refused: [['entries[5].date', 'date_out_of_range']] },
  ),
  evaluation('an evaluation date in the year 0000 is out of range', goodProfile(), goodEvidence(), { refused: [['at', 'date_out_of_range']] }, { at: '0000-12-31' }),
  evaluation('an evaluation date of 9999-12-31 is a date (it derives none)', withReaudit(30), auditedOn('9999-12-01'), { decision: 'conditional' }, { at: '9999-12-31' }),
  evaluation(
    'the largest re-audit interval on the last day it fits is evaluated',
    withReaudit(100_000),
    auditedOn('9726-03-17'),
    { decision: 'conditional', check: (e) => expect(e.reauditDue).toBe('9999-12-31') },
  ),
  evaluation('the largest re-audit interval one day later is refused', withReaudit(100_000), auditedOn('9726-03-18'), { refused: [['auditDate', 'date_out_of_range']] }),
  evaluation('other problems of the evidence are listed with it', withReaudit(1), { ...auditedOn('9999-12-31'), supplier: { id: '' } }, {
    refused: [
      ['auditDate', 'date_out_of_range'],
      ['supplier.id', 'empty_text'],
      ['supplier.name', 'required'],
    ],
  }),
];

describe('dates that would leave the years 0001 to 9999', () => {
  runCatalogue(entries);

  it('says which date and why, in English and Indonesian', () => {
    try {
      evaluate(withReaudit(30), auditedOn('9999-12-02'));
      expect.unreachable();
    } catch (error) {
      const [issue] = (error as ValidationError).issues;
      expect(issue?.message).toBe('The re-audit due date, 30 days after 9999-12-02, would lie after 9999-12-31: dates must lie in the years 0001 to 9999.');
      expect(issue?.messageId).toBe('Tanggal batas audit ulang, 30 hari setelah 9999-12-02, akan jatuh setelah 9999-12-31: tanggal harus berada dalam tahun 0001 sampai 9999.');
    }
  });

  it('is refused alike by every function that meets evidence with the profile', async () => {
    const profile = withReaudit(30);
    const evidence = auditedOn('9999-12-02');
    const expected = [['auditDate', 'date_out_of_range']];
    const parsed = parseEvidence(evidence, { profile: profile as never });
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.code])).toEqual(expected);
    expect(refusal(() => screen(profile, evidence))).toEqual(expected);
    expect(refusal(() => whatIf(profile, evidence, {}))).toEqual([['evidence.auditDate', 'date_out_of_range']]);
    const cohort = evaluateCohort(profile, [evidence, auditedOn('9999-12-01')]);
    expect([cohort.records, cohort.evaluated, cohort.invalid]).toEqual([2, 1, 1]);
    // An evaluation made without the interval, re-scored under a profile of the same id and version with it.
    const made = evaluate(goodProfile(), evidence);
    expect(refusal(() => pathToPass(profile, made))).toEqual(expected);
  });

  it('refuses fixture audit dates whose certificate dates would leave the years', () => {
    const certificate = { kind: 'certificate', id: 'x', title: 'X', causeFamily: 'method', standard: 'ISO 9001', minRemainingDays: 90 };
    expect(refusal(() => passingEntry(certificate as never, '9999-06-01'))).toEqual([['auditDate', 'date_out_of_range']]);
    expect(refusal(() => passingEntry(certificate as never, '0001-06-01'))).toEqual([['auditDate', 'date_out_of_range']]);
    expect(passingEntry(certificate as never, '9998-09-01')).toMatchObject({ issued: '9997-09-01', expires: '9999-11-30' });
    const profile = goodProfile();
    expect(refusal(() => passingEvidence(profile as never, {}, { auditDate: '9999-06-01' }))).toEqual([['options.auditDate', 'date_out_of_range']]);
    // Without the certificate's fixture entry, no certificate date is derived.
    expect(passingEvidence(profile as never, { 'iso-9001': null } as never, { auditDate: '9999-06-01' }).auditDate).toBe('9999-06-01');
  });

  it('refuses a stored evaluation whose re-audit date is not a calendar date, instead of crashing', () => {
    const made = evaluate(withReaudit(30), auditedOn('9999-12-01'));
    expect(refusal(() => compareEvaluations({ ...made, reauditDue: '10000-01-01' } as Evaluation, made))).toEqual([['before.reauditDue', 'invalid_date']]);
  });

  it('gives only evaluations that every renderer, writer and comparison accepts, near both ends of the calendar', () => {
    const day = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 3_652_059 - 400, max: 3_652_059 }));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 100_000 }), fc.boolean(), (n, days, conditional) => {
        const auditDate = utcText(n);
        let made: Evaluation;
        try {
          made = evaluate(withReaudit(days), auditedOn(auditDate, conditional));
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues.map((issue) => issue.code)).toEqual(['date_out_of_range']);
          return;
        }
        if (made.reauditDue !== undefined) expect(isCalendarDate(made.reauditDue)).toBe(true);
        for (const format of ['text', 'md', 'html', 'csv'] as const) for (const lang of ['en', 'id'] as const) renderEvaluation(made, { format, lang });
        summaryText(made);
        evaluationRows(made);
        const comparison = compareEvaluations(made, made);
        expect(comparison.daysBetweenAudits).toBe(0);
      }),
      { numRuns: 60, seed: 20 },
    );
  });
});

/** The `YYYY-MM-DD` text of the n-th day of the calendar (1 is 0001-01-01), on the UTC calendar. */
function utcText(n: number): string {
  const d = new Date(0);
  d.setUTCFullYear(1, 0, n);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
