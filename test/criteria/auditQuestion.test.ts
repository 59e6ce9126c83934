import { describe, expect, it } from 'vitest';
import { auditPoints, auditQuestionCriterionSchema, auditResults, evaluateAuditQuestion } from '../../src/criteria/auditQuestion.js';

const question = auditQuestionCriterionSchema.parse({
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

describe('auditResults', () => {
  it('reads points, results or per-step points', () => {
    expect(auditResults({ criterion: 'q', points: 6 })).toEqual([6]);
    expect(auditResults({ criterion: 'q', results: [8, 6] })).toEqual([8, 6]);
    expect(auditResults({ criterion: 'q', steps: [{ step: 'OP10', points: 8 }, { step: 'OP20', points: 4 }] })).toEqual([8, 4]);
    expect(auditResults({ criterion: 'q', notApplicable: true })).toEqual([]);
  });
});

describe('evaluateAuditQuestion with per-step results', () => {
  it('scores the 2-dp mean of the steps and reports each step', () => {
    const outcome = evaluateAuditQuestion(question, { criterion: 'P6.4.2', steps: [{ step: 'OP10', points: 10 }, { step: 'OP20', points: 8 }, { step: 'OP30', points: 8 }] }, at);
    expect(outcome.score.toString()).toBe('86.7');
    expect(outcome.status).toBe('partial');
    expect(outcome.found).toEqual({
      points: 8.67,
      results: [10, 8, 8],
      steps: [
        { step: 'OP10', points: 10 },
        { step: 'OP20', points: 8 },
        { step: 'OP30', points: 8 },
      ],
    });
    expect(outcome.required).toEqual({ passPoints: 10, maxPoints: 10, levels: [0, 4, 6, 8, 10], star: false, number: 'P6.4.2', element: 'P6', subElement: 'P6.4' });
  });

  it('keeps plain points as before', () => {
    const outcome = evaluateAuditQuestion(question, { criterion: 'P6.4.2', points: 0 }, at);
    expect([outcome.status, outcome.score.toString(), outcome.found]).toEqual(['fail', '0', { points: 0 }]);
  });
});
