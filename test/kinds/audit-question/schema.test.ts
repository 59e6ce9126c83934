import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { auditPoints, auditQuestionCriterionSchema, auditThresholds } from '../../../src/kinds/audit-question/schema.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const question = (extra: Record<string, unknown> = {}) =>
  ({ kind: 'audit-question', id: 'q', title: 'Operators are trained', causeFamily: 'man', ...extra }) as never;
const run = (entry: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  evaluate(profileWith([question(extra), { kind: 'check', id: 'c', title: 'Other', causeFamily: 'method' }]), evidenceWith([{ criterion: 'q', ...entry } as never, { criterion: 'c', value: true }]));

describe('audit-question criterion', () => {
  it('uses the VDA 6.3 levels 0, 4, 6, 8, 10 by default', () => {
    expect(auditThresholds({ levels: [0, 4, 6, 8, 10] })).toEqual({ max: 10, passPoints: 10, failBelow: 4 });
  });

  it('scores points as a share of the highest level: met, partly met, not met', () => {
    expect(run({ points: 10 }).criteria[0]).toMatchObject({ status: 'pass', score: '100' });
    expect(run({ points: 6 }).criteria[0]).toMatchObject({ status: 'partial', score: '60', explanation: '6 of 10 points: requirement partly met; 10 needed.' });
    expect(run({ points: 4 }).criteria[0]).toMatchObject({ status: 'partial', score: '40' });
    expect(run({ points: 0 }).criteria[0]).toMatchObject({ status: 'fail', score: '0', shortfall: { amount: '10', unit: 'points', relative: '1' } });
  });

  it('honours custom pass and fail levels', () => {
    expect(run({ points: 8 }, { passPoints: 8 }).criteria[0]?.status).toBe('pass');
    expect(run({ points: 4 }, { failBelow: 6 }).criteria[0]?.status).toBe('fail');
  });

  it('averages several results to two decimals (VDA 6.3:2016 §6.2)', () => {
    const r = run({ results: [10, 8, 8] }).criteria[0];
    expect(r?.found).toMatchObject({ points: 8.67, results: [10, 8, 8] });
    expect(r?.score).toBe('86.7');
  });

  it('leaves the denominator when not applicable', () => {
    const r = run({ notApplicable: true, reason: 'No heat treatment at this supplier' });
    expect(r.criteria[0]?.status).toBe('not-applicable');
    expect(r.criteria[0]?.pointsLost).toBe('0');
    expect(r.score).toBe('100');
  });

  it('refuses points that are not allowed levels, and not-applicable where it is not allowed', () => {
    expect(() => run({ points: 5 })).toThrowError(/5 is not one of the allowed point levels/);
    expect(() => run({ notApplicable: true }, { allowNotApplicable: false })).toThrowError(/may not be marked not applicable/);
    expect(() => run({ points: 10, notApplicable: true })).toThrowError(/exactly one of points, results, steps or notApplicable/);
  });
});

const perStepQuestion = auditQuestionCriterionSchema.parse({
  kind: 'audit-question',
  id: 'P6.4.2',
  title: 'Maintenance',
  causeFamily: 'machine',
  number: 'P6.4.2',
  element: 'P6',
  subElement: 'P6.4',
  perStep: true,
});
const at = { at: '2026-11-28' };

describe('auditPoints (VDA 6.3:2016 §6.2)', () => {
  it('takes one result as it is and several as their mean rounded to two decimals', () => {
    expect(auditPoints([8]).toString()).toBe('8');
    expect(auditPoints([8, 6, 6]).toString()).toBe('6.67');
    expect(auditPoints([10, 8, 8]).toString()).toBe('8.67');
    expect(auditPoints([4, 4, 6]).toString()).toBe('4.67');
    expect(auditPoints([8, 8, 6, 8]).toString()).toBe('7.5');
    expect(auditPoints([6, 8, 8, 8, 8, 8]).toString()).toBe('7.67');
  });
});

describe('an audit question answered per process step', () => {
  const perStep = (entry: Record<string, unknown>) => evaluate(profileWith([perStepQuestion as never]), evidenceWith([{ criterion: 'P6.4.2', ...entry } as never]), at).criteria[0];

  it('scores the 2-dp mean of the steps and reports each step', () => {
    const result = perStep({ steps: [{ step: 'OP10', points: 10 }, { step: 'OP20', points: 8 }, { step: 'OP30', points: 8 }] });
    expect(result).toMatchObject({ status: 'partial', score: '86.7', explanation: '8.67 of 10 points (mean of 3 process steps): requirement partly met; 10 needed.' });
    expect(result?.found).toEqual({
      points: 8.67,
      results: [10, 8, 8],
      steps: [
        { step: 'OP10', points: 10 },
        { step: 'OP20', points: 8 },
        { step: 'OP30', points: 8 },
      ],
    });
    expect(result?.required).toEqual({ passPoints: 10, maxPoints: 10, levels: [0, 4, 6, 8, 10], star: false, number: 'P6.4.2', element: 'P6', subElement: 'P6.4' });
  });

  it('keeps plain points as before', () => {
    expect(perStep({ points: 0 })).toMatchObject({ status: 'fail', score: '0', found: { points: 0 } });
  });
});
