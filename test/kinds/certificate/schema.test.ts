import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { normalStandard, standardMatches } from '../../../src/kinds/certificate/schema.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const iso9001 = (extra: Record<string, unknown> = {}) =>
  ({ kind: 'certificate', id: 'iso', title: 'ISO 9001', standard: 'ISO 9001', causeFamily: 'method', ...extra }) as never;
const run = (entry: Record<string, unknown>, extra: Record<string, unknown> = {}, at = '2026-11-28') =>
  evaluate(profileWith([iso9001(extra)]), evidenceWith([{ criterion: 'iso', standard: 'ISO 9001:2015', ...entry } as never], at)).criteria[0]!;

describe('certificate criterion', () => {
  it('normalises standard names and matches editions', () => {
    expect(normalStandard(' iso-9001 : 2015 ')).toBe('ISO 9001:2015');
    expect(standardMatches('ISO 9001', 'ISO 9001:2015')).toBe(true);
    expect(standardMatches('ISO 9001:2015', 'ISO 9001:2008')).toBe(false);
    expect(standardMatches('ISO 9001', 'ISO 14001:2015')).toBe(false);
  });

  it('is valid on its expiry day itself', () => {
    const r = run({ expires: '2026-11-28' });
    expect(r.status).toBe('pass');
    expect(r.found).toMatchObject({ remainingDays: 0, state: 'valid' });
  });

  it('is expired the day after', () => {
    const r = run({ expires: '2026-11-27' });
    expect(r).toMatchObject({ status: 'fail', found: { state: 'expired', remainingDays: -1 } });
    expect(r.explanation).toBe('ISO 9001:2015 expired on 2026-11-27, 1 day before 2026-11-28.');
  });

  it('counts leap days', () => {
    expect(run({ expires: '2028-02-29' }, { minRemainingDays: 458 }, '2026-11-28').status).toBe('pass');
    expect(run({ expires: '2028-02-29' }, { minRemainingDays: 459 }, '2026-11-28').status).toBe('partial');
    expect(run({ expires: '2028-03-01' }, {}, '2028-02-29').found).toMatchObject({ remainingDays: 1 });
  });

  it('is partial within the remaining-validity window', () => {
    const r = run({ expires: '2027-01-14' }, { minRemainingDays: 90 });
    expect(r).toMatchObject({ status: 'partial', score: '50', found: { state: 'expiring', remainingDays: 47 }, shortfall: { amount: '43', unit: 'days' } });
  });

  it('fails on the wrong standard and accepts an alternative', () => {
    expect(run({ standard: 'ISO 14001:2015', expires: '2028-01-01' }).found).toMatchObject({ state: 'wrong-standard' });
    expect(run({ standard: 'IATF 16949:2016', expires: '2028-01-01' }, { alsoAccepted: ['IATF 16949'] }).status).toBe('pass');
  });

  it('fails when not yet valid, and refuses an issue date after the expiry date', () => {
    expect(run({ issued: '2026-12-01', expires: '2029-11-30' }).found).toMatchObject({ state: 'not-yet-valid' });
    expect(() => run({ issued: '2027-01-01', expires: '2026-12-31' })).toThrowError(/lies after/);
  });

  it('rejects dates that do not exist', () => {
    expect(() => run({ expires: '2027-02-29' })).toThrowError(/not a calendar date/);
    expect(() => run({ expires: '2026-13-01' })).toThrowError(/not a calendar date/);
  });
});
