import { describe, expect, test } from 'vitest';
import { parseProfile } from '../../src/parse/parseProfile.js';

const profile = (categories: object[]) => ({ id: 'p', version: '1', title: 'P', component: { name: 'C' }, categories });
const check = (id: string, extra: object = {}) => ({ kind: 'check', id, title: id, causeFamily: 'method', ...extra });
const problems = (input: unknown) => {
  const result = parseProfile(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path} ${issue.code}`);
};

describe('profileIssues: weights', () => {
  test('a category whose criteria weigh nothing is valid (knock-outs and rules still act; lintProfile warns)', () => {
    expect(problems(profile([{ id: 'a', title: 'A', criteria: [check('x')] }, { id: 'gate', title: 'Gate', criteria: [check('y', { weight: 0, severity: 'critical' })] }]))).toEqual([]);
  });

  test('no weight anywhere that could give a score is an error', () => {
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
