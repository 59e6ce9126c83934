import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { gapList } from '../../src/gaps/gapList.js';
import type { CriterionResult } from '../../src/scoring/evaluation.js';
import { pumpProfile, sumberLogam } from './fixtures.js';

const lostResult = (id: string, pointsLost: string, severity = 'major'): CriterionResult =>
  ({ id, title: id, category: 'c', kind: 'check', severity, causeFamily: 'man', status: 'fail', pointsLost }) as unknown as CriterionResult;

describe('gapList', () => {
  it('gives each gap its shortfall in its own unit and relative, points lost, impact, remedy and effort', () => {
    const gaps = evaluate(pumpProfile, sumberLogam).gaps;
    expect(gaps.map((g) => [g.priority, g.criterion, g.impact, g.pointsLost])).toEqual([
      [1, 'throat-d', 'knock-out', '14.8'],
      [2, 'leak-test', 'knock-out', '9.9'],
      // The process questions trigger the VDA 6.3 downgrades (P6 at 20 %, a question at 0 points).
      [3, 'machine-maintenance', 'rule', '7.4'],
      [4, 'op-training', 'rule', '4.4'],
      [5, 'body-material-cert', 'points', '11.1'],
      [6, 'defect-ppm', 'points', '11.1'],
      [7, 'on-time-delivery', 'points', '11.1'],
      [8, 'iso-9001', 'points', '7.4'],
    ]);
    const throat = gaps[0]!;
    expect(throat).toMatchObject({
      severity: 'critical',
      causeFamily: 'machine',
      status: 'fail',
      score: '0',
      required: { lsl: '6.45', usl: '6.55', unit: 'mm' },
      found: { n: 32, aboveUsl: 4, max: '6.58' },
      // Worst part 0.03 mm above the upper limit: 30 % of the 0.1 mm tolerance.
      shortfall: { amount: '0.03', unit: 'mm', relative: '0.3' },
      knockOut: true,
      rules: ['knock-out'],
      categoryRules: [],
      capDecision: 'rejected',
      remedy: 'Re-grind or replace the reamer and hold the throat with a go/no-go plug gauge at the machine.',
      effort: { days: '10', cost: '12000000', currency: 'IDR' },
    });
    expect(throat.capGrade).toBeUndefined();
    // 3475.41 ppm against a limit of 1000 ppm: 2475.41 ppm too many, 2.48 times the limit.
    expect(gaps[5]?.shortfall).toEqual({ amount: '2475.40983607', unit: 'ppm', relative: '2.47541' });
    // 4 of 10 points where 10 are needed: 6 points short, 60 %.
    expect(gaps[3]?.shortfall).toEqual({ amount: '6', unit: 'points', relative: '0.6' });
    expect(gaps[7]?.shortfall).toEqual({ amount: '510', unit: 'days', relative: null });
  });

  it('names category rules, grade caps and missing evidence, and ranks them', () => {
    const profile = defineProfile({
      id: 'impact',
      version: '1',
      title: 'Impact',
      component: { name: 'Part' },
      decision: { belowCategoryMinimum: 'conditional' },
      categories: [
        {
          id: 'people',
          title: 'People',
          minScore: 70,
          criteria: [
            { kind: 'audit-question', id: 'q1', title: 'Q1', causeFamily: 'man' },
            { kind: 'audit-question', id: 'q2', title: 'Q2', causeFamily: 'man', star: true },
          ],
        },
        {
          id: 'other',
          title: 'Other',
          weight: 3,
          criteria: [
            { kind: 'check', id: 'c1', title: 'C1', causeFamily: 'method', weight: 4 },
            { kind: 'check', id: 'c2', title: 'C2', causeFamily: 'environment', severity: 'minor' },
            { kind: 'check', id: 'c3', title: 'C3', causeFamily: 'method' },
          ],
        },
      ],
      rules: [{ id: 'star-low', title: 'Star question at 6 points or fewer', when: { type: 'criteria', star: true, pointsAtMost: 6 }, then: { capGrade: 'B' } }],
    });
    const evaluation = evaluate(profile, {
      supplier: { id: 's', name: 'S' },
      auditDate: '2026-11-20',
      entries: [
        { criterion: 'q1', points: 6 },
        { criterion: 'q2', points: 6 },
        { criterion: 'c1', value: false },
        { criterion: 'c3', value: true },
      ],
    });
    expect(evaluation.decision).toBe('incomplete');
    expect(evaluation.gaps.map((g) => [g.criterion, g.impact, g.rules, g.categoryRules, g.capDecision ?? null, g.capGrade ?? null])).toEqual([
      ['q2', 'rule', ['star-low'], ['category-minimum:people'], 'conditional', 'B'],
      ['q1', 'category', [], ['category-minimum:people'], 'conditional', null],
      ['c1', 'points', [], [], null, null],
      ['c2', 'missing-evidence', [], [], null, null],
    ]);
  });

  it('orders by points lost exactly, also where the texts differ beyond a double', () => {
    const results = [
      lostResult('a', '0.1'),
      lostResult('b', '0.10000000000000000001'),
      lostResult('c', '0.09999999999999999999'),
      lostResult('d', '12.5', 'minor'),
      lostResult('e', '12.5', 'critical'),
      lostResult('f', '12.5', 'critical'),
      lostResult('g', '3'),
    ];
    expect(gapList(results, new Map(), []).map((g) => g.criterion)).toEqual(['e', 'f', 'd', 'g', 'b', 'a', 'c']);
  });
});
