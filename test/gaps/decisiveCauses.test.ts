import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluate } from '../../src/evaluate.js';
import { decisiveCauses, ruleCap } from '../../src/gaps/decisiveCauses.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { evaluationSchema } from '../../src/scoring/evaluationSchema.js';
import { pumpProfile } from './fixtures.js';

const small = defineProfile({
  id: 'small',
  version: '1',
  title: 'Small',
  component: { name: 'Part' },
  categories: [
    {
      id: 'product',
      title: 'Product',
      minScore: '60',
      criteria: [
        { kind: 'measurement', id: 'd', title: 'Diameter', unit: 'mm', nominal: '6.50', tolerance: '0.05', causeFamily: 'machine' },
        { kind: 'audit-question', id: 'training', title: 'Operators are trained', causeFamily: 'man' },
      ],
    },
    { id: 'system', title: 'System', criteria: [{ kind: 'audit-question', id: 'plan', title: 'Control plan', causeFamily: 'method' }] },
  ],
});

describe('decisiveCauses', () => {
  const evaluations = generateSuppliers(150, 2026).map((evidence) => evaluate(pumpProfile, evidence));

  it('names the VDA 6.3 rule and the element that hold a supplier at rejected', () => {
    const first = evaluations[0]!;
    expect([first.supplier.id, first.decision, first.score, first.scoreGrade]).toEqual(['IKM-0001', 'rejected', '80.2', 'B']);
    expect(first.decisiveCauses).toEqual([
      {
        cause: 'rule',
        rule: 'quality-system:vda63-to-c-1',
        criteria: ['op-training', 'machine-maintenance'],
        groups: [{ category: 'quality-system', level: 'element', id: 'P6', evaluated: 2, questions: 2, score: '60' }],
        causeFamilies: ['man', 'machine'],
      },
    ]);
  });

  it('lists knock-outs first, then rules, then the score band', () => {
    const second = evaluations[1]!;
    expect(second.decisiveCauses.map((c) => [c.cause, c.rule ?? c.grade, c.criteria.join(' ')])).toEqual([
      ['knock-out', 'knock-out', 'nozzle-d throat-d'],
      ['rule', 'quality-system:vda63-to-c-1', 'op-training machine-maintenance'],
      ['score-band', 'C', ''],
    ]);
    expect(second.decisiveCauses[2]).toEqual({ cause: 'score-band', criteria: [], grade: 'C', score: '40.6', causeFamilies: [] });
  });

  it('gives every decision but approval at least one cause, each capping at that decision, and reads back', () => {
    for (const e of evaluations) {
      expect(e.decisiveCauses.length === 0).toBe(e.decision === 'approved');
      for (const cause of e.decisiveCauses) {
        if (cause.rule === undefined) continue;
        const rule = e.rules.find((r) => r.id === cause.rule)!;
        expect(ruleCap(rule.effect, pumpProfile.grades)).toBe(e.decision);
      }
      expect(decisiveCauses(pumpProfile, e)).toEqual(e.decisiveCauses);
      expect(evaluationSchema.safeParse(JSON.parse(JSON.stringify(e))).success).toBe(true);
    }
    const causes = new Set(evaluations.flatMap((e) => e.decisiveCauses.map((c) => c.cause)));
    expect([...causes].sort()).toEqual(['knock-out', 'missing-evidence', 'rule', 'score-band']);
  });

  it('names a category below its minimum with its unmet criteria, and the missing evidence of an incomplete decision', () => {
    const low = evaluate(small, {
      supplier: { id: 'S1', name: 'One' },
      auditDate: '2026-11-24',
      entries: [
        { criterion: 'd', values: [6.5, 6.5] },
        { criterion: 'training', points: 0 },
        { criterion: 'plan', points: 10 },
      ],
    });
    expect(low.decision).toBe('rejected');
    expect(low.decisiveCauses[0]).toEqual({
      cause: 'category-minimum',
      rule: 'category-minimum:product',
      criteria: ['training'],
      categories: ['product'],
      causeFamilies: ['man'],
    });
    const missing = evaluate(small, {
      supplier: { id: 'S2', name: 'Two' },
      auditDate: '2026-11-24',
      entries: [
        { criterion: 'd', values: [6.5, 6.5] },
        { criterion: 'training', points: 10 },
      ],
    });
    expect(missing.decision).toBe('incomplete');
    expect(missing.decisiveCauses).toEqual([{ cause: 'missing-evidence', criteria: ['plan'], causeFamilies: ['method'] }]);
  });

  it('refuses an evaluation read back whose cause names a criterion there is not', () => {
    const e = JSON.parse(JSON.stringify(evaluations[0]));
    e.decisiveCauses[0].criteria.push('nothing');
    const result = evaluationSchema.safeParse(e);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['decisiveCauses.0.criteria.2']);
  });
});
