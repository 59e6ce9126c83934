import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { evaluate } from '../../src/evaluate.js';
import { compareEvaluations, profileChanges } from '../../src/gaps/compareEvaluations.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { majuJaya, pumpProfile, sumberLogam } from './fixtures.js';

/** CV Maju Jaya Teknik audited again 84 days later: certificate renewed, deliveries and training better. */
const reaudit = {
  ...majuJaya,
  auditDate: '2027-02-11',
  entries: majuJaya.entries.map((entry) => {
    switch (entry.criterion) {
      case 'iso-9001':
        return { criterion: 'iso-9001', standard: 'ISO 9001:2015', issued: '2027-01-10', expires: '2030-01-09' };
      case 'on-time-delivery':
        return { criterion: 'on-time-delivery', value: '98.2' };
      case 'op-training':
        return { criterion: 'op-training', points: 8 };
      case 'machine-maintenance':
        return { criterion: 'machine-maintenance', points: 6 };
      default:
        return entry;
    }
  }),
};

describe('compareEvaluations', () => {
  const first = evaluate(pumpProfile, majuJaya);
  const second = evaluate(pumpProfile, reaudit);

  it('names the gaps closed, opened and remaining, the score and decision change and the days between audits', () => {
    expect([first.decision, first.score, first.reauditDue]).toEqual(['conditional', '86.6', '2027-02-17']);
    const c = compareEvaluations(first, second);
    expect(c.supplier).toEqual({ id: 'IKM-0002', name: 'CV Maju Jaya Teknik' });
    expect(c.auditDates).toEqual({ before: '2026-11-19', after: '2027-02-11' });
    expect(c.daysBetweenAudits).toBe(84);
    expect(c.reaudit).toEqual({ due: '2027-02-17', onTime: true, daysLate: 0 });
    expect(c.score).toEqual({ before: '86.6', after: '93.8', change: '7.2' });
    // The score reaches A, but VDA 6.3 keeps the grade at B: machine maintenance got worse (E_U4 60 %)
    // and P6 is at 70 %.
    expect(second.rules.map((r) => r.id)).toEqual(['quality-system:vda63-a-to-b-1', 'quality-system:vda63-a-to-b-2']);
    expect(c.decision).toEqual({ before: 'conditional', after: 'conditional', changed: false, direction: 'same' });
    expect(c.grade).toEqual({ before: 'B', after: 'B', changed: false });
    expect(c.gaps.closed.map((g) => g.criterion)).toEqual(['iso-9001', 'on-time-delivery']);
    expect(c.gaps.opened).toEqual([]);
    expect(c.gaps.remaining.map((g) => [g.criterion, g.change])).toEqual([
      ['machine-maintenance', 'worse'],
      ['op-training', 'better'],
      ['defect-ppm', 'same'],
    ]);
    const training = c.gaps.remaining.find((g) => g.criterion === 'op-training');
    expect([training?.before?.score, training?.after?.score, training?.before?.shortfall?.amount, training?.after?.shortfall?.amount]).toEqual(['60', '80', '4', '2']);
    expect(c.criteria.map((x) => [x.id, x.before?.status, x.after?.status])).toEqual([
      ['iso-9001', 'partial', 'pass'],
      ['op-training', 'partial', 'partial'],
      ['machine-maintenance', 'partial', 'partial'],
      ['on-time-delivery', 'partial', 'pass'],
    ]);
    expect(c.profile).toEqual({ id: 'pump-injector-jp250', before: '2026.1', after: '2026.1', changes: { added: [], removed: [], changed: [] } });
  });

  it('reports a late re-audit', () => {
    const late = evaluate(pumpProfile, { ...reaudit, auditDate: '2027-03-01' });
    expect(compareEvaluations(first, late).reaudit).toEqual({ due: '2027-02-17', onTime: false, daysLate: 12 });
    expect(compareEvaluations(first, late).daysBetweenAudits).toBe(102);
  });

  it('accepts evaluations read back from JSON', () => {
    const again = compareEvaluations(JSON.parse(JSON.stringify(first)), JSON.parse(JSON.stringify(second)));
    expect(again).toEqual(compareEvaluations(first, second));
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
  });

  it('names the criteria added, removed and changed between two profile versions', () => {
    const input = JSON.parse(JSON.stringify(pumpProfile)) as { version: string; categories: { id: string; criteria: Record<string, unknown>[] }[] };
    const next = defineProfile({
      ...input,
      version: '2026.2',
      categories: input.categories.map((category) => ({
        ...category,
        criteria: [
          ...category.criteria
            .filter((c) => c.id !== 'op-training')
            .map((c) => (c.id === 'throat-d' ? { ...c, tolerance: '0.04' } : c.id === 'on-time-delivery' ? { ...c, severity: 'major' } : c)),
          ...(category.id === 'quality-system'
            ? [{ kind: 'document', id: 'gauge-calibration', title: 'Gauge calibration records', causeFamily: 'measurement', maxAgeDays: 365 }]
            : []),
        ],
      })),
    });
    const later = evaluate(next, { ...reaudit, profile: { id: 'pump-injector-jp250', version: '2026.2' } });
    const c = compareEvaluations(first, later);
    expect(c.profile.before).toBe('2026.1');
    expect(c.profile.after).toBe('2026.2');
    expect(c.profile.changes).toEqual({
      added: ['gauge-calibration'],
      removed: ['op-training'],
      changed: [
        { criterion: 'throat-d', fields: ['required.lsl', 'required.usl'] },
        { criterion: 'on-time-delivery', fields: ['severity'] },
      ],
    });
    expect(c.gaps.dropped.map((g) => g.criterion)).toEqual(['op-training']);
    expect(c.gaps.opened.map((g) => [g.criterion, g.after?.status])).toEqual([['gauge-calibration', 'missing']]);
    expect(c.criteria.find((x) => x.id === 'op-training')).toMatchObject({ before: { status: 'partial' }, after: null });
    expect(profileChanges(first, first)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('refuses evaluations of different suppliers or profiles, or in the wrong order', () => {
    const other = evaluate(pumpProfile, sumberLogam);
    try {
      compareEvaluations(first, other);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['after.supplier.id', 'supplier_mismatch']]);
      expect((error as ValidationError).issues[0]?.message).toBe('The two evaluations are of different suppliers ("IKM-0002" and "IKM-0003").');
    }
    try {
      compareEvaluations(second, first);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code, i.message])).toEqual([
        ['before.auditDate', 'date_after', 'The date 2027-02-11 lies after 2026-11-19.'],
      ]);
    }
    try {
      compareEvaluations({ ...first, profile: { ...first.profile, id: 'other' } }, { score: 1 });
      expect.unreachable();
    } catch (error) {
      const paths = (error as ValidationError).issues.map((i) => i.path);
      expect(paths).toContain('after.score');
      expect(paths).toContain('after.supplier');
      expect(paths.every((p) => p.startsWith('after'))).toBe(true);
    }
  });
});
