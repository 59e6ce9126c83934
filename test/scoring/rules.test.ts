import { describe, expect, it } from 'vitest';
import { Decimal, toDecimal } from '../../src/decimal.js';
import { ruleSchema, type Rule } from '../../src/schema/rule.js';
import type { AuditGroup } from '../../src/scoring/auditGroups.js';
import { firedRules, type RuleCriterion, type RuleSubject } from '../../src/scoring/rules.js';

const rule = (input: unknown): Rule => ruleSchema.parse(input);
const criterion = (id: string, category: string, points: number[], extra: Partial<RuleCriterion> = {}): RuleCriterion => ({
  id,
  category,
  kind: 'audit-question',
  severity: 'major',
  causeFamily: 'method',
  status: 'partial',
  score: toDecimal(points.length ? (points.reduce((a, b) => a + b, 0) / points.length) * 10 : 0),
  star: false,
  points,
  ...extra,
});
const group = (category: string, level: AuditGroup['level'], id: string, percent: string | null, extra: Partial<AuditGroup> = {}): AuditGroup => ({
  category,
  level,
  id,
  points: new Decimal(0),
  possible: new Decimal(10),
  percent: percent === null ? null : toDecimal(percent),
  evaluated: 3,
  questions: 3,
  short: [`${id}-q`],
  notEvaluated: [],
  ...extra,
});
const subject = (extra: Partial<RuleSubject>): RuleSubject => ({
  criteria: [],
  categories: [],
  score: toDecimal(95),
  missingCountsAsFail: false,
  ...extra,
});
const ids = (rules: Rule[], s: RuleSubject) => firedRules(rules, s).map((r) => r.id);

describe('firedRules: group scores', () => {
  const below80 = rule({ id: 'b80', when: { type: 'group-score', levels: ['element', 'process-step'], below: 80, places: 0 }, then: { capGrade: 'B' } });
  const below70 = rule({ id: 'c70', when: { type: 'group-score', levels: ['element', 'process-step'], below: 70, places: 0 }, then: { capGrade: 'C' } });

  it('rounds each group score to whole percent before comparing (VDA 6.3:2016: 79.5 % counts as 80)', () => {
    expect(ids([below80], subject({ groups: [group('audit', 'element', 'P3', '79.5')] }))).toEqual([]);
    expect(ids([below80], subject({ groups: [group('audit', 'element', 'P3', '79.49')] }))).toEqual(['b80']);
    expect(ids([below70], subject({ groups: [group('audit', 'element', 'P3', '69.4')] }))).toEqual(['c70']);
    expect(ids([below70], subject({ groups: [group('audit', 'process-step', 'OP10', '69.5')] }))).toEqual([]);
  });

  it('compares exactly without places', () => {
    const exact = rule({ id: 'x', when: { type: 'group-score', levels: ['element'], below: 80 }, then: { capGrade: 'B' } });
    expect(ids([exact], subject({ groups: [group('audit', 'element', 'P3', '79.5')] }))).toEqual(['x']);
  });

  it('lists the groups with the compared score and the questions that lost points', () => {
    const [fired] = firedRules([below80], subject({ groups: [group('audit', 'element', 'P3', '79.4'), group('audit', 'process-step', 'OP20', '100')] }));
    expect(fired?.groups).toEqual([{ category: 'audit', level: 'element', id: 'P3', score: '79', evaluated: 3, questions: 3 }]);
    expect(fired?.criteria).toEqual(['P3-q']);
    expect(fired?.explanation).toBe('b80: P3 79 %.');
    expect(fired?.why.code).toBe('reason.groupRule');
  });

  it('only reads the levels and groups it names, and skips groups with nothing evaluated', () => {
    const sub = rule({ id: 'u', when: { type: 'group-score', levels: ['sub-element'], below: 80, groups: ['P6.3'] }, then: { capGrade: 'B' } });
    const groups = [group('audit', 'element', 'P6', '10'), group('audit', 'sub-element', 'P6.1', '10'), group('audit', 'sub-element', 'P6.3', null)];
    expect(ids([sub], subject({ groups }))).toEqual([]);
    expect(ids([sub], subject({ groups: [...groups.slice(0, 2), group('audit', 'sub-element', 'P6.3', '60')] }))).toEqual(['u']);
  });

  it('names a product-group variant of an element', () => {
    const [fired] = firedRules([below80], subject({ groups: [group('audit', 'element', 'P6', '75', { productGroup: 'PG-A' })] }));
    expect(fired?.explanation).toBe('b80: P6 (PG-A) 75 %.');
  });
});

describe('firedRules: group coverage', () => {
  const coverage = rule({
    id: 'cov',
    when: { type: 'group-coverage', levels: ['element', 'sub-element', 'process-step'], minShare: { numerator: 2, denominator: 3 } },
    then: { incomplete: true },
  });

  it('fires when fewer than 2/3 of an audited group’s questions were evaluated', () => {
    const g = (evaluated: number, questions: number) => group('audit', 'element', 'P2', '90', { evaluated, questions, notEvaluated: ['n1'] });
    expect(ids([coverage], subject({ groups: [g(2, 3)] }))).toEqual([]);
    expect(ids([coverage], subject({ groups: [g(4, 6)] }))).toEqual([]);
    expect(ids([coverage], subject({ groups: [g(3, 5)] }))).toEqual(['cov']);
    expect(firedRules([coverage], subject({ groups: [g(1, 3)] }))[0]?.explanation).toBe('cov: P2 1/3.');
    expect(firedRules([coverage], subject({ groups: [g(1, 3)] }))[0]?.criteria).toEqual(['n1']);
  });

  it('ignores groups that were not audited at all and product-group variants', () => {
    expect(ids([coverage], subject({ groups: [group('audit', 'element', 'P2', null, { evaluated: 0, questions: 7 })] }))).toEqual([]);
    expect(ids([coverage], subject({ groups: [group('audit', 'element', 'P6', '90', { evaluated: 1, questions: 3, productGroup: 'PG' })] }))).toEqual([]);
  });
});

describe('firedRules: scope and criteria conditions', () => {
  it('keeps a scoped rule to its category', () => {
    const zero = rule({ id: 'zero', scope: 'vda', when: { type: 'criteria', kind: ['audit-question'], pointsIn: [0] }, then: { capGrade: 'B' } });
    const s = subject({ criteria: [criterion('own', 'own-questions', [0]), criterion('v1', 'vda', [10])] });
    expect(ids([zero], s)).toEqual([]);
    expect(firedRules([zero], subject({ criteria: [criterion('own', 'own-questions', [0]), criterion('v1', 'vda', [0])] }))[0]?.criteria).toEqual(['v1']);
    const scopedGroups = rule({ id: 'g', scope: 'vda', when: { type: 'group-score', levels: ['element'], below: 80 }, then: { capGrade: 'B' } });
    expect(ids([scopedGroups], subject({ groups: [group('other', 'element', 'P2', '50')] }))).toEqual([]);
    expect(ids([scopedGroups], subject({ groups: [group('vda', 'element', 'P2', '50')] }))).toEqual(['g']);
  });

  it('reads the scope category’s score for a scoped score condition', () => {
    const classB = rule({ id: 'class-b', scope: 'vda', when: { type: 'score', below: 90 }, then: { capGrade: 'B' } });
    const categories = [
      { id: 'product', score: toDecimal(100) },
      { id: 'vda', score: toDecimal('89.9') },
    ];
    const [fired] = firedRules([classB], subject({ categories, score: toDecimal(97) }));
    expect([fired?.id, fired?.scope, fired?.explanation]).toEqual(['class-b', 'vda', 'class-b: 89.9.']);
    expect(ids([classB], subject({ categories: [categories[0]!, { id: 'vda', score: null }] }))).toEqual([]);
  });

  it('matches exact points with pointsIn, any single result counting', () => {
    const star4 = rule({ id: 's4', when: { type: 'criteria', star: true, pointsIn: [4] }, then: { capGrade: 'B' } });
    expect(ids([star4], subject({ criteria: [criterion('q', 'a', [4], { star: true })] }))).toEqual(['s4']);
    expect(ids([star4], subject({ criteria: [criterion('q', 'a', [0], { star: true })] }))).toEqual([]);
    expect(ids([star4], subject({ criteria: [criterion('q', 'a', [4], { star: false })] }))).toEqual([]);
    expect(ids([star4], subject({ criteria: [criterion('q', 'a', [10, 4, 10], { star: true })] }))).toEqual(['s4']);
  });

  it('copies the rule’s effect, including incomplete, and carries the Indonesian title', () => {
    const r = rule({
      id: 'r',
      title: 'Too few evaluated',
      when: { type: 'score', below: 100 },
      then: { incomplete: true },
      translations: { id: { title: 'Terlalu sedikit dinilai' } },
    });
    const [fired] = firedRules([r], subject({}));
    expect(fired?.effect).toEqual({ incomplete: true });
    expect(fired?.why.params.titleId).toBe('Terlalu sedikit dinilai');
  });
});
