import { describe, expect, it } from 'vitest';
import { auditGroups, auditGroupsResult, type AuditQuestionState } from '../../src/scoring/auditGroups.js';

const q = (id: string, element: string, results: number[], extra: Partial<AuditQuestionState> = {}): AuditQuestionState => ({
  id,
  category: 'audit',
  element,
  perStep: false,
  max: 10,
  status: results.length === 0 ? 'not-applicable' : 'partial',
  results,
  ...extra,
});
const p6 = (id: string, sub: string, steps: Array<[string, number]>): AuditQuestionState => ({
  id,
  category: 'audit',
  element: 'P6',
  subElement: sub,
  perStep: true,
  max: 10,
  status: steps.length === 0 ? 'not-applicable' : 'partial',
  results: steps.map(([, p]) => p),
  steps: steps.map(([step, points]) => ({ step, points })),
});
const percent = (groups: ReturnType<typeof auditGroups>, level: string, id: string, productGroup?: string) =>
  groups[0]?.groups.find((g) => g.level === level && g.id === id && g.productGroup === productGroup)?.percent?.toString() ?? null;

describe('auditGroups (VDA 6.3:2016 §6.2–6.4)', () => {
  it('pools question points over evaluated questions: E_Pn = Σ points / Σ possible points', () => {
    const groups = auditGroups([q('a', 'P2', [10]), q('b', 'P2', [8]), q('c', 'P2', [6]), q('d', 'P3', [4])]);
    expect(percent(groups, 'element', 'P2')).toBe('80');
    expect(percent(groups, 'element', 'P3')).toBe('40');
    expect(groups[0]?.overall.percent?.toString()).toBe('70'); // 28 / 40
  });

  it('leaves not-evaluated questions out of numerator and denominator', () => {
    const groups = auditGroups([q('a', 'P2', [10]), q('b', 'P2', [8]), q('c', 'P2', [])]);
    const p2 = groups[0]?.groups[0];
    expect(p2?.percent?.toString()).toBe('90');
    expect([p2?.possible.toString(), p2?.evaluated, p2?.questions, p2?.notEvaluated]).toEqual(['20', 2, 3, ['c']]);
    expect(groups[0]?.overall.possible.toString()).toBe('20');
  });

  it('counts a multi-result question with its mean rounded to two decimals, possible points staying 10', () => {
    // P3: product and process development evaluated separately; P6: three process steps.
    const groups = auditGroups([q('p3', 'P3', [8, 6]), q('x', 'P3', [10]), p6('p6', 'P6.1', [['OP10', 8], ['OP20', 6], ['OP30', 6]])]);
    expect(percent(groups, 'element', 'P3')).toBe('85'); // (7 + 10) / 20
    expect(percent(groups, 'element', 'P6')).toBe('66.7'); // 6.67 / 10
    expect(groups[0]?.overall.points.toString()).toBe('23.67');
    expect(groups[0]?.overall.possible.toString()).toBe('30');
  });

  it('sums whole and two-decimal points exactly, and lists the questions short of full points', () => {
    // 0.01 above and below a whole number of points, next to whole results.
    const groups = auditGroups([q('a', 'P2', [10, 9]), q('b', 'P2', [10]), q('c', 'P2', [9, 9, 10]), q('d', 'P2', [0]), q('e', 'P2', [10, 10])]);
    const p2 = groups[0]?.groups[0];
    expect(p2?.points.toString()).toBe('38.83'); // 9.5 + 10 + 9.33 + 0 + 10
    expect(p2?.possible.toString()).toBe('50');
    expect(p2?.percent?.toString()).toBe('77.66');
    expect(p2?.short).toEqual(['a', 'c', 'd']);
    expect(auditGroups([q('z', 'P2', [0])])[0]?.overall.points.toString()).toBe('0');
  });

  it('counts whole points against a question whose highest level is not 10', () => {
    const groups = auditGroups([q('a', 'P2', [3], { max: 3 }), q('b', 'P2', [2], { max: 3 }), q('c', 'P2', [1, 2], { max: 3 })]);
    const p2 = groups[0]?.groups[0];
    expect([p2?.points.toString(), p2?.possible.toString(), p2?.short]).toEqual(['6.5', '9', ['b', 'c']]);
    expect(p2?.percent?.toDecimalPlaces(10).toString()).toBe('72.2222222222');
  });

  it('scores P6 sub-elements (E_Un) and process steps (E_n) from the per-step answers', () => {
    const questions = [
      p6('u1', 'P6.1', [['OP10', 10], ['OP20', 8]]),
      p6('u2', 'P6.2', [['OP10', 6], ['OP20', 10]]),
      p6('u3', 'P6.3', [['OP20', 8]]), // not evaluated at OP10
    ];
    const groups = auditGroups(questions);
    expect(percent(groups, 'sub-element', 'P6.1')).toBe('90');
    expect(percent(groups, 'sub-element', 'P6.2')).toBe('80');
    expect(percent(groups, 'process-step', 'OP10')).toBe('80'); // (10 + 6) / 20
    expect(percent(groups, 'process-step', 'OP20')).toBe('86.666666666666666666666666666666666666666666666667'); // 26 / 30
    const op10 = groups[0]?.groups.find((g) => g.id === 'OP10');
    expect([op10?.evaluated, op10?.questions, op10?.notEvaluated]).toEqual([2, 3, ['u3']]);
    expect(percent(groups, 'element', 'P6')).toBe('83.333333333333333333333333333333333333333333333333'); // (9 + 8 + 8) / 30
  });

  it('scores product groups over their own process steps, and P6 within each product group', () => {
    const steps = [
      { id: 'OP10', productGroup: 'PG-A' },
      { id: 'OP20', productGroup: 'PG-A' },
      { id: 'OP30', productGroup: 'PG-B' },
    ];
    const questions = [q('p5', 'P5', [8]), p6('u1', 'P6.1', [['OP10', 10], ['OP20', 6], ['OP30', 4]]), p6('u2', 'P6.2', [['OP10', 10], ['OP20', 10]])];
    const groups = auditGroups(questions, steps);
    // PG-A: P5 8, u1 mean(10, 6) = 8, u2 10 → 26 / 30
    expect(percent(groups, 'product-group', 'PG-A')).toBe('86.666666666666666666666666666666666666666666666667');
    // PG-B: P5 8, u1 4, u2 not evaluated at OP30 → 12 / 20
    expect(percent(groups, 'product-group', 'PG-B')).toBe('60');
    expect(percent(groups, 'element', 'P6', 'PG-B')).toBe('40');
    expect(percent(groups, 'sub-element', 'P6.1', 'PG-A')).toBe('80');
    // Elements without per-step questions are the same in every product group and are not repeated.
    expect(groups[0]?.groups.some((g) => g.id === 'P5' && g.productGroup !== undefined)).toBe(false);
    // Overall: u1 mean(10, 6, 4) = 6.67
    expect(groups[0]?.overall.points.toString()).toBe('24.67');
  });

  it('leaves out categories without grouped audit questions', () => {
    expect(auditGroups([{ ...q('a', 'P2', [10]), element: undefined }])).toEqual([]);
  });

  it('reports scores rounded to the profile places and to whole percent', () => {
    const result = auditGroupsResult(auditGroups([q('a', 'P2', [10]), q('b', 'P2', [8]), q('c', 'P2', [6, 8, 8, 8, 8, 8])]), 1);
    expect(result[0]?.score).toBe('85.6'); // (10 + 8 + 7.67) / 30 = 85.5666…
    expect(result[0]?.wholePercent).toBe('86');
    expect(result[0]?.groups[0]).toEqual({ level: 'element', id: 'P2', score: '85.6', wholePercent: '86', points: '25.67', possible: '30', evaluated: 3, questions: 3 });
  });
});
