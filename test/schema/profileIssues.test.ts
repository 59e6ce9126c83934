import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { parseProfile } from '../../src/parse/parseProfile.js';

const base = {
  id: 'p',
  version: '1',
  title: 'Rules',
  component: { name: 'Injector' },
  categories: [
    {
      id: 'audit',
      title: 'Process audit',
      criteria: [
        { kind: 'audit-question', id: 'q1', title: 'Q1', causeFamily: 'man', number: 'P6.3.1', element: 'P6', subElement: 'P6.3', perStep: true },
        { kind: 'audit-question', id: 'q2', title: 'Q2', causeFamily: 'method', number: 'P2.1', element: 'P2' },
      ],
    },
    { id: 'product', title: 'Product', criteria: [{ kind: 'check', id: 'leak', title: 'Leak test', causeFamily: 'method' }] },
  ],
};
const issues = (rules: unknown[]) => {
  const parsed = parseProfile({ ...base, rules });
  if (parsed.success) return [];
  expect(parsed.error).toBeInstanceOf(ValidationError);
  return parsed.error.issues.map((i) => [i.path, i.code]);
};

describe('profileIssues: rules', () => {
  it('accepts valid scoped rules of every condition type', () => {
    expect(
      issues([
        { id: 'a', scope: 'audit', when: { type: 'group-score', levels: ['element'], below: 80, places: 0, groups: ['P6', 'P2'] }, then: { capGrade: 'B' } },
        { id: 'b', scope: 'audit', when: { type: 'group-score', levels: ['sub-element'], below: 80, groups: ['P6.3'] }, then: { capGrade: 'B' } },
        { id: 'c', scope: 'audit', when: { type: 'group-coverage', levels: ['element'], minShare: { numerator: 2, denominator: 3 } }, then: { incomplete: true } },
        { id: 'd', scope: 'audit', when: { type: 'criteria', star: true, pointsIn: [4] }, then: { capGrade: 'B' } },
        { id: 'e', scope: 'audit', when: { type: 'score', below: 90 }, then: { capDecision: 'conditional' } },
        // Step and product-group ids come from the evidence and are not checked against the profile.
        { id: 'f', when: { type: 'group-score', levels: ['process-step'], below: 80, groups: ['OP10'] }, then: { capGrade: 'B' } },
      ]),
    ).toEqual([]);
  });

  it('rejects an unknown grade, criterion, group, category or scope, with paths', () => {
    expect(
      issues([
        { id: 'g1', when: { type: 'criteria', criteria: ['q1', 'nozzle'] }, then: { capGrade: 'D' } },
        { id: 'g2', scope: 'process', when: { type: 'group-score', levels: ['element'], below: 80, groups: ['P7'] }, then: { capGrade: 'B' } },
        { id: 'g3', when: { type: 'group-score', levels: ['sub-element'], below: 80, groups: ['P6.3', 'P6.9'], categories: ['product'] }, then: { capGrade: 'B' } },
        { id: 'g4', when: { type: 'category-score', below: 50, categories: ['quality'] }, then: { capDecision: 'rejected' } },
      ]),
    ).toEqual([
      ['rules[0].then.capGrade', 'unknown_grade'],
      ['rules[0].when.criteria[1]', 'unknown_criterion'],
      ['rules[1].scope', 'unknown_category'],
      ['rules[1].when.groups[0]', 'unknown_group'],
      ['rules[2].when.groups[0]', 'unknown_group'],
      ['rules[2].when.groups[1]', 'unknown_group'],
      ['rules[3].when.categories[0]', 'unknown_category'],
    ]);
  });

  it('explains an unknown group in both languages', () => {
    const parsed = parseProfile({ ...base, rules: [{ id: 'r', scope: 'audit', when: { type: 'group-score', levels: ['element'], below: 80, groups: ['P7'] }, then: { capGrade: 'B' } }] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const [issue] = parsed.error.issues;
    expect(issue?.message).toBe('No audit question in category audit belongs to the group "P7" (known: P6, P6.3, P2).');
    expect(issue?.messageId).toBe('Tidak ada pertanyaan audit di kategori audit yang termasuk kelompok "P7" (yang dikenal: P6, P6.3, P2).');
  });

  it('rejects a rule without effect, limits out of range, a coverage share above 1, and a duplicate id', () => {
    expect(
      issues([
        { id: 'h1', when: { type: 'group-score', levels: ['element'], below: 120 }, then: {} },
        { id: 'h2', when: { type: 'group-coverage', levels: ['element'], minShare: { numerator: 4, denominator: 3 } }, then: { incomplete: true } },
        { id: 'h1', when: { type: 'criteria', scoreBelow: -1 }, then: { capGrade: 'C' } },
      ]),
    ).toEqual([
      ['rules[0].then.capGrade', 'required'],
      ['rules[0].when.below', 'out_of_range'],
      ['rules[1].when.minShare.numerator', 'out_of_range'],
      ['rules[2].id', 'duplicate_id'],
      ['rules[2].when.scoreBelow', 'out_of_range'],
    ]);
  });

  it('rejects an unknown level through the schema, with its path', () => {
    expect(issues([{ id: 'i', when: { type: 'group-score', levels: ['plant'], below: 80 }, then: { capGrade: 'B' } }])).toEqual([
      ['rules[0].when.levels[0]', 'invalid_value'],
    ]);
  });
});

const profile = (categories: object[]) => ({ id: 'p', version: '1', title: 'P', component: { name: 'C' }, categories });
const check = (id: string, extra: object = {}) => ({ kind: 'check', id, title: id, causeFamily: 'method', ...extra });
const problems = (input: unknown) => {
  const result = parseProfile(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path} ${issue.code}`);
};

describe('profileIssues: weights', () => {
  it('a category whose criteria weigh nothing is valid (knock-outs and rules still act; lintProfile warns)', () => {
    expect(problems(profile([{ id: 'a', title: 'A', criteria: [check('x')] }, { id: 'gate', title: 'Gate', criteria: [check('y', { weight: 0, severity: 'critical' })] }]))).toEqual([]);
  });

  it('no weight anywhere that could give a score is an error', () => {
    expect(problems(profile([{ id: 'a', title: 'A', weight: 0, criteria: [check('x')] }]))).toEqual(['categories weights_zero']);
    expect(problems(profile([{ id: 'a', title: 'A', criteria: [check('x', { weight: 0 })] }, { id: 'b', title: 'B', weight: 0, criteria: [check('y')] }]))).toEqual([
      'categories no_weight',
    ]);
    const result = parseProfile(profile([{ id: 'a', title: 'A', criteria: [check('x', { weight: 0 })] }]));
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'No criterion in a weighted category carries weight, so every score would be 0; give at least one of them a positive weight.',
    );
    expect(result.success ? '' : result.error.issues[0]?.messageId).toContain('Tidak ada kriteria');
  });
});
