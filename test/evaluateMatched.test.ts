import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, evaluateMatched } from '../src/evaluate.js';
import { matchEvidence } from '../src/parse/parseEvidence.js';
import { defineProfile } from '../src/parse/parseProfile.js';
import { evidenceSchema } from '../src/schema/evidence.js';
import { majuJaya, pumpProfile, sumberLogam } from './gaps/fixtures.js';

/** A one-question profile: 8 of 10 points is grade B (conditional), re-audit after `days` days. */
const profileWith = (days: number) =>
  defineProfile({
    id: 'reaudit',
    version: '1',
    title: 'Re-audit',
    component: { name: 'Part' },
    decision: { reauditDays: days },
    categories: [{ id: 'all', title: 'All', criteria: [{ kind: 'audit-question', id: 'q', title: 'Q', causeFamily: 'man' }] }],
  });
const evidenceOn = (auditDate: string, points = 8) => ({ supplier: { id: 's', name: 'S' }, auditDate, entries: [{ criterion: 'q', points }] });

describe('evaluate: re-audit date of a conditional decision', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('is the audit date plus the profile days, across leap days', () => {
    expect(evaluate(pumpProfile, majuJaya).reauditDue).toBe('2027-02-17');
    expect(evaluate(profileWith(90), evidenceOn('2027-12-01')).reauditDue).toBe('2028-02-29');
    expect(evaluate(profileWith(30), evidenceOn('2028-01-30')).reauditDue).toBe('2028-02-29');
    expect(evaluate(profileWith(1), evidenceOn('2028-02-28')).reauditDue).toBe('2028-02-29');
    expect(evaluate(profileWith(1), evidenceOn('2028-02-29')).reauditDue).toBe('2028-03-01');
    expect(evaluate(profileWith(365), evidenceOn('2028-02-29')).reauditDue).toBe('2029-02-28');
    expect(evaluate(profileWith(90), evidenceOn('2099-12-15')).reauditDue).toBe('2100-03-15');
    expect(evaluate(profileWith(0), evidenceOn('2026-11-20')).reauditDue).toBe('2026-11-20');
  });

  it('counts from the audit date, not the evaluation date, whatever the time zone', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Jakarta']) {
      process.env.TZ = zone;
      expect(evaluate(profileWith(90), evidenceOn('2027-12-01'), { at: '2028-01-15' }).reauditDue).toBe('2028-02-29');
    }
  });

  it('is absent for other decisions and when the profile sets no days', () => {
    expect(evaluate(profileWith(90), evidenceOn('2027-12-01', 10)).reauditDue).toBeUndefined();
    expect(evaluate(profileWith(90), evidenceOn('2027-12-01', 4)).reauditDue).toBeUndefined();
    expect(evaluate(pumpProfile, sumberLogam).reauditDue).toBeUndefined();
    const noDays = defineProfile({ ...JSON.parse(JSON.stringify(profileWith(1))), decision: {} });
    expect(evaluate(noDays, evidenceOn('2027-12-01')).decision).toBe('conditional');
    expect(evaluate(noDays, evidenceOn('2027-12-01')).reauditDue).toBeUndefined();
  });
});

describe('evaluateMatched', () => {
  const matched = (evidence: unknown) => matchEvidence(pumpProfile, evidenceSchema.parse(evidence)).matched;

  it('is what evaluate returns', () => {
    expect(evaluateMatched(pumpProfile, matched(majuJaya), majuJaya.auditDate)).toEqual(evaluate(pumpProfile, majuJaya));
  });

  it('takes the named criteria as fully met', () => {
    const result = evaluateMatched(pumpProfile, matched(sumberLogam), sumberLogam.auditDate, new Set(['throat-d', 'leak-test', 'op-training']));
    expect(result.criteria.filter((c) => c.found && 'assumedMet' in c.found).map((c) => [c.id, c.status, c.score, c.pointsLost])).toEqual([
      ['throat-d', 'pass', '100', '0'],
      ['leak-test', 'pass', '100', '0'],
      ['op-training', 'pass', '100', '0'],
    ]);
    expect(result.criteria.find((c) => c.id === 'op-training')?.found).toEqual({ assumedMet: true, points: 10 });
    // No knock-out is left; the VDA 6.3 downgrades of the process questions remain (P6 at 50 %, E_U4 at
    // 0 %, and machine-maintenance at 0 points).
    expect(result.rules.map((r) => r.id)).toEqual([
      'quality-system:vda63-a-to-b-1',
      'quality-system:vda63-a-to-b-2',
      'quality-system:vda63-a-to-b-4',
      'quality-system:vda63-to-c-1',
    ]);
    // Product 100, quality system 33.33…, others 0: (4 × 100 + 2 × 33.33…) / 9 = 51.85… (adding the rounded points lost would say 51.8).
    expect(result.score).toBe('51.9');
  });

  it('keeps the unrounded score only where rounding changed it', () => {
    const result = evaluate(pumpProfile, majuJaya);
    expect(result.criteria.filter((c) => c.exactScore !== undefined).map((c) => [c.id, c.score, c.exactScore])).toEqual([
      ['defect-ppm', '84.1', '84.134615384615384615384615384615384615384615384615'],
      ['on-time-delivery', '68.8', '68.75'],
    ]);
  });
});
