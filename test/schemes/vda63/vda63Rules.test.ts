import { describe, expect, it } from 'vitest';
import { explanationsId } from '../../../src/locales/id.js';
import { ruleSchema } from '../../../src/schema/rule.js';
import { vda63Rules } from '../../../src/schemes/vda63/vda63Rules.js';
import { answered, fired, many, vdaCase, type Q } from './vdaCase.js';

/** Twenty questions at 10 points keep E_G high, so that each downgrade shows in the grade. */
const strong = many('P7', 20, 10);

describe('vda63Rules', () => {
  it('lists every 2016 rule, each citing the standard, valid as profile rules', () => {
    const rules = vda63Rules({ scope: 'process-audit', classify: true });
    expect(rules.map((r) => r.id)).toEqual([
      'process-audit:vda63-class-b',
      'process-audit:vda63-class-c',
      'process-audit:vda63-a-to-b-1',
      'process-audit:vda63-a-to-b-2',
      'process-audit:vda63-a-to-b-3',
      'process-audit:vda63-a-to-b-4',
      'process-audit:vda63-to-c-1',
      'process-audit:vda63-to-c-2',
      'process-audit:vda63-product-group-b',
      'process-audit:vda63-product-group-c',
      'process-audit:vda63-coverage',
    ]);
    for (const r of rules) {
      expect(r.reference).toMatch(/^VDA 6\.3:2016 /);
      expect(r.scope).toBe('process-audit');
      expect(ruleSchema.safeParse(r).success).toBe(true);
    }
    expect(vda63Rules().map((r) => r.id)[0]).toBe('vda63-a-to-b-1');
  });

  it('has no "E_U below 70 % → C" rule: the C rule names only elements and process steps', () => {
    const toC = vda63Rules().find((r) => r.id === 'vda63-to-c-1');
    expect(toC?.when).toEqual({ type: 'group-score', levels: ['element', 'process-step'], below: '70', places: 0 });
  });
});

describe('VDA 6.3:2016 downgrading, each rule alone', () => {
  it('no rule fires for a clean audit (A)', () => {
    const e = vdaCase([...answered('P5', [10, 10, 8, 10]), ...strong]);
    expect([fired(e), e.grade, e.decision]).toEqual([[], 'A', 'approved']);
  });

  it('A→B (1): a process element below 80 %', () => {
    const e = vdaCase([...answered('P5', [8, 8, 6, 8]), ...strong]); // P5 75 %
    expect(fired(e)).toEqual(['vda63-a-to-b-1']);
    expect([e.score, e.scoreGrade, e.grade, e.decision]).toEqual(['95.8', 'A', 'B', 'conditional']);
    expect(e.rules[0]?.groups).toEqual([{ category: 'process-audit', level: 'element', id: 'P5', score: '75', evaluated: 4, questions: 4 }]);
    expect(e.rules[0]?.criteria).toEqual(['P5.1', 'P5.2', 'P5.3', 'P5.4']);
    expect(e.rules[0]?.explanation).toBe('VDA 6.3 downgrade to B: a process element or process step below 80 %: P5 75 %.');
    expect(explanationsId['reason.groupRule'](e.rules[0]!.why.params)).toBe('Penurunan VDA 6.3 ke B: elemen proses atau langkah proses di bawah 80 %: P5 75 %.');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('A→B (1): a process step below 80 % while element and sub-elements are not', () => {
    const e = vdaCase([
      { n: 'P6.1.1', steps: [['OP10', 8], ['OP20', 10]] },
      { n: 'P6.2.1', steps: [['OP10', 6], ['OP20', 10]] },
      { n: 'P6.3.1', steps: [['OP10', 8], ['OP20', 10]] },
      ...strong,
    ]);
    expect(fired(e)).toEqual(['vda63-a-to-b-1']);
    expect(e.rules[0]?.groups?.map((g) => [g.level, g.id, g.score])).toEqual([['process-step', 'OP10', '73']]);
    expect(e.grade).toBe('B');
  });

  it('A→B (2): a P6 sub-element below 80 % (even at 60 % no C: there is no E_U rule to C)', () => {
    const e = vdaCase([{ n: 'P6.1.1', points: 6 }, { n: 'P6.2.1', points: 10 }, { n: 'P6.3.1', points: 10 }, { n: 'P6.4.1', points: 10 }, ...strong]);
    expect(fired(e)).toEqual(['vda63-a-to-b-2']);
    expect(e.rules[0]?.groups?.map((g) => [g.id, g.score])).toEqual([['P6.1', '60']]);
    expect([e.scoreGrade, e.grade]).toEqual(['A', 'B']);
  });

  it('A→B (3): a *-question at exactly 4 points', () => {
    const e = vdaCase([{ n: 'P7.21', star: true, points: 4 }, ...strong]);
    expect(fired(e)).toEqual(['vda63-a-to-b-3']);
    expect(e.rules[0]?.criteria).toEqual(['P7.21']);
    expect([e.scoreGrade, e.grade]).toEqual(['A', 'B']);
    // 6 points on a *-question, or 4 on an ordinary question, downgrade nothing.
    expect(fired(vdaCase([{ n: 'P7.21', star: true, points: 6 }, ...strong]))).toEqual([]);
    expect(fired(vdaCase([{ n: 'P7.21', points: 4 }, ...strong]))).toEqual([]);
  });

  it('A→B (3): a *-question at 4 points in one process step counts before averaging', () => {
    const all = (points: number[]): Array<[string, number]> => points.map((p, i) => [`OP${i + 1}0`, p]);
    const others = ['P6.1.1', 'P6.3.1', 'P6.4.1', 'P6.5.1', 'P6.6.1'].map((n): Q => ({ n, steps: all([10, 10, 10, 10, 10]) }));
    const e = vdaCase([{ n: 'P6.2.1', star: true, steps: all([10, 10, 4, 10, 10]) }, ...others, ...strong]);
    expect(fired(e)).toEqual(['vda63-a-to-b-3']);
    // The question counts with its mean 8.8 and step OP30 with 54 / 60, so no other rule fires.
    expect(e.auditGroups?.[0]?.groups.filter((g) => g.id === 'P6.2' || g.id === 'OP30').map((g) => g.score)).toEqual(['88', '90']);
  });

  it('A→B (4): any question at 0 points', () => {
    const e = vdaCase([{ n: 'P7.21', points: 0 }, ...strong]);
    expect(fired(e)).toEqual(['vda63-a-to-b-4']);
    expect([e.score, e.scoreGrade, e.grade]).toEqual(['95.2', 'A', 'B']);
  });

  it('to C (1): a process element below 70 % gives C even though E_G ≥ 80 % (with A→B (1), which it implies)', () => {
    const e = vdaCase([...answered('P5', [6, 6, 8, 6]), ...strong]); // P5 65 %
    expect(fired(e)).toEqual(['vda63-a-to-b-1', 'vda63-to-c-1']);
    expect([e.score, e.scoreGrade, e.grade, e.decision]).toEqual(['94.2', 'A', 'C', 'rejected']); // 226 / 240
  });

  it('to C (2): a *-question at 0 points gives C (with A→B (4), which it implies, and not A→B (3))', () => {
    const e = vdaCase([{ n: 'P7.21', star: true, points: 0 }, ...strong]);
    expect(fired(e)).toEqual(['vda63-a-to-b-4', 'vda63-to-c-2']);
    expect([e.scoreGrade, e.grade, e.decision]).toEqual(['A', 'C', 'rejected']);
  });
});

describe('VDA 6.3:2016 downgrading, together', () => {
  it('every rule fires and the grade is the worst cap', () => {
    const questions: Q[] = [
      ...answered('P5', [6, 6, 8, 6]), // P5 65 %: A→B (1), to C (1)
      { n: 'P6.1.1', points: 6 }, // E_U1 60 %: A→B (2)
      { n: 'P6.2.1', points: 10 },
      { n: 'P6.3.1', star: true, points: 4 }, // A→B (3)
      { n: 'P6.4.1', star: true, points: 0 }, // A→B (4), to C (2)
      ...strong,
    ];
    const e = vdaCase(questions);
    expect(fired(e)).toEqual(['vda63-a-to-b-1', 'vda63-a-to-b-2', 'vda63-a-to-b-3', 'vda63-a-to-b-4', 'vda63-to-c-1', 'vda63-to-c-2']);
    expect([e.grade, e.decision]).toEqual(['C', 'rejected']);
    const grade = e.reasons.find((r) => r.code === 'grade');
    expect(grade?.message).toBe(
      'Score 87.9 gives grade B, capped at C by rules process-audit:vda63-a-to-b-1, process-audit:vda63-a-to-b-2, process-audit:vda63-a-to-b-3, process-audit:vda63-a-to-b-4, process-audit:vda63-to-c-1, process-audit:vda63-to-c-2.',
    );
  });

  it('only lowers: a C audit stays C, and a B audit is not raised', () => {
    const e = vdaCase([...answered('P5', [4, 4, 6, 4]), ...answered('P7', [8, 8, 8, 8])]); // E_G 62.5 %
    expect([e.scoreGrade, e.grade]).toEqual(['C', 'C']);
  });
});

describe('VDA 6.3:2016 rounding of E_Pn, E_Un, E_n to the nearest percentage point', () => {
  // Nine questions plus one with several results (mean to two decimals) give the element score.
  const p5 = (nine: number[], results: number[]): Q[] => [...answered('P5', nine), { n: 'P5.10', results }];

  it('79.5 % counts as 80: no downgrade', () => {
    const e = vdaCase([...p5([8, 8, 8, 8, 8, 8, 8, 8, 8], [8, 8, 6, 8]), ...strong]); // (72 + 7.5) / 100
    expect(e.auditGroups?.[0]?.groups.find((g) => g.id === 'P5')).toMatchObject({ score: '79.5', wholePercent: '80' });
    expect([fired(e), e.grade]).toEqual([[], 'A']);
  });

  it('79.4 % counts as 79: A→B', () => {
    const e = vdaCase([...p5([8, 8, 8, 8, 8, 8, 8, 8, 8], [8, 8, 8, 8, 8, 6, 8, 8, 6, 6]), ...strong]); // (72 + 7.4) / 100
    expect(e.auditGroups?.[0]?.groups.find((g) => g.id === 'P5')).toMatchObject({ score: '79.4', wholePercent: '79' });
    expect([fired(e), e.grade]).toEqual([['vda63-a-to-b-1'], 'B']);
  });

  it('69.4 % counts as 69: to C, even though E_G ≥ 80 %', () => {
    const e = vdaCase([...p5([8, 8, 8, 8, 8, 8, 6, 4, 4], [8, 8, 8, 8, 8, 8, 8, 6, 6, 6]), ...strong]); // (62 + 7.4) / 100
    expect(e.auditGroups?.[0]?.groups.find((g) => g.id === 'P5')).toMatchObject({ score: '69.4', wholePercent: '69' });
    expect([e.score, e.scoreGrade, e.grade]).toEqual(['89.8', 'B', 'C']);
    expect(fired(e)).toEqual(['vda63-a-to-b-1', 'vda63-to-c-1']);
  });

  it('69.5 % counts as 70: only A→B', () => {
    const e = vdaCase([...p5([8, 8, 8, 8, 8, 8, 6, 4, 4], [8, 8, 6, 8]), ...strong]); // (62 + 7.5) / 100
    expect(e.auditGroups?.[0]?.groups.find((g) => g.id === 'P5')?.wholePercent).toBe('70');
    expect(fired(e)).toEqual(['vda63-a-to-b-1']);
  });
});

describe('VDA 6.3:2016 product groups', () => {
  const steps = [
    { id: 'OP10', productGroup: 'PG-A' },
    { id: 'OP20', productGroup: 'PG-B' },
  ];

  it('downgrades per product group: a weak product group caps the grade though E_G over all steps does not', () => {
    const p6 = (n: string, a: number, b: number): Q => ({ n, steps: [['OP10', a], ['OP20', b]] });
    const e = vdaCase([p6('P6.1.1', 10, 8), p6('P6.2.1', 10, 8), p6('P6.3.1', 10, 8), p6('P6.4.1', 10, 8), p6('P6.5.1', 10, 8), p6('P6.6.1', 10, 8)], steps);
    const groups = e.auditGroups?.[0]?.groups ?? [];
    expect(groups.filter((g) => g.level === 'product-group').map((g) => [g.id, g.score])).toEqual([
      ['PG-A', '100'],
      ['PG-B', '80'],
    ]);
    expect([e.score, e.scoreGrade]).toEqual(['90', 'A']);
    expect(fired(e)).toEqual(['vda63-product-group-b']);
    expect(e.grade).toBe('B');
  });

  it('reads element and step scores within each product group', () => {
    const p6 = (n: string, a: number, b: number): Q => ({ n, steps: [['OP10', a], ['OP20', b]] });
    const e = vdaCase([p6('P6.1.1', 10, 6), p6('P6.2.1', 10, 6), p6('P6.3.1', 10, 8), ...strong], steps);
    // P6 over both steps 83.3 %, within PG-B 66.7 %; step OP20 also 66.7 %.
    const one = e.rules.find((r) => r.id.endsWith('to-c-1'));
    expect(one?.groups?.map((g) => [g.level, g.id, g.productGroup ?? '', g.score])).toEqual([
      ['process-step', 'OP20', '', '67'],
      ['element', 'P6', 'PG-B', '67'],
    ]);
    expect(e.grade).toBe('C');
  });
});

describe('VDA 6.3:2016 §6.1: at least 2/3 of the questions evaluated', () => {
  it('not-evaluated questions leave the denominator', () => {
    const e = vdaCase([{ n: 'P2.1', points: 8 }, { n: 'P2.2', points: 10 }, { n: 'P2.3', ne: true }, ...strong]);
    const p2 = e.auditGroups?.[0]?.groups.find((g) => g.id === 'P2');
    expect(p2).toEqual({ level: 'element', id: 'P2', score: '90', wholePercent: '90', points: '18', possible: '20', evaluated: 2, questions: 3 });
    expect(e.auditGroups?.[0]).toMatchObject({ score: '99.1', points: '218', possible: '220', evaluated: 22, questions: 23 });
    expect(e.score).toBe('99.1');
    expect([fired(e), e.decision]).toEqual([[], 'approved']);
  });

  it('fewer than 2/3 evaluated makes the evaluation incomplete, naming the group and the questions not evaluated', () => {
    const e = vdaCase([{ n: 'P2.1', points: 10 }, { n: 'P2.2', ne: true }, { n: 'P2.3', ne: true }, ...strong]);
    expect(fired(e)).toEqual(['vda63-coverage']);
    expect(e.decision).toBe('incomplete');
    expect(e.rules[0]?.explanation).toBe('VDA 6.3: fewer than 2/3 of the questions of an element, sub-element or process step evaluated: P2 1/3.');
    expect(e.rules[0]?.criteria).toEqual(['P2.2', 'P2.3']);
  });

  it('counts questions not answered at a process step against that step', () => {
    const e = vdaCase([
      { n: 'P6.1.1', steps: [['OP10', 10], ['OP20', 10]] },
      { n: 'P6.2.1', steps: [['OP20', 10]] },
      { n: 'P6.3.1', steps: [['OP20', 10]] },
      ...strong,
    ]);
    expect(e.rules.map((r) => [r.id, r.groups?.map((g) => `${g.id} ${g.evaluated}/${g.questions}`)])).toEqual([['process-audit:vda63-coverage', ['OP10 1/3']]]);
    expect(e.decision).toBe('incomplete');
  });

  it('stays incomplete even with a C grade: the audit result is not valid until 2/3 are evaluated', () => {
    const e = vdaCase([{ n: 'P2.1', points: 10 }, { n: 'P2.2', ne: true }, { n: 'P2.3', ne: true }, { n: 'P7.21', star: true, points: 0 }, ...strong]);
    expect([e.grade, e.decision]).toEqual(['C', 'incomplete']);
  });
});
