import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const run = (criterion: Record<string, unknown>, entry: Record<string, unknown>) =>
  evaluate(
    profileWith([{ kind: 'document', id: 'cp', title: 'Control plan', causeFamily: 'method', ...criterion } as never]),
    evidenceWith([{ criterion: 'cp', ...entry } as never], '2026-11-28'),
  ).criteria[0]!;

describe('document criterion', () => {
  it('accepts an accepted status, case and spacing aside', () => {
    expect(run({}, { status: ' Approved ' }).status).toBe('pass');
    expect(run({ acceptedStatuses: ['released', 'approved'] }, { status: 'released' }).status).toBe('pass');
    expect(run({}, { status: 'draft' })).toMatchObject({ status: 'fail', explanation: 'Status "draft" is not accepted (approved).' });
  });

  it('checks the maximum age in calendar days, the last day included', () => {
    expect(run({ maxAgeDays: 365 }, { status: 'approved', date: '2025-11-28' })).toMatchObject({ status: 'pass', found: { ageDays: 365 } });
    expect(run({ maxAgeDays: 365 }, { status: 'approved', date: '2025-11-27' })).toMatchObject({ status: 'fail', shortfall: { amount: '1', unit: 'days' } });
    expect(run({ maxAgeDays: 365 }, { status: 'approved' }).why.code).toBe('document.undated');
    expect(run({}, { status: 'approved', date: '2026-11-29' }).why.code).toBe('document.datedAfter');
  });
});
