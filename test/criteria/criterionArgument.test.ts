import { describe, expect, it } from 'vitest';
import { criterionArgument } from '../../src/criteria/criterionArgument.js';

const leakTest = { kind: 'check', id: 'leak-test', title: 'Leak test', causeFamily: 'method', expected: true };

describe('criterionArgument', () => {
  it('returns the parsed criterion of an allowed kind', () => {
    const { criterion, issues } = criterionArgument(leakTest);
    expect(issues).toEqual([]);
    expect(criterion).toMatchObject({ id: 'leak-test', kind: 'check', weight: '1', expected: true });
    expect(criterionArgument(criterion).criterion).toEqual(criterion);
  });

  it('reports a kind not allowed, the schema and the cross-checks', () => {
    expect(criterionArgument(leakTest, ['measurement', 'metric']).issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['criterion.kind', 'Must be one of: "measurement", "metric".'],
    ]);
    expect(criterionArgument(Object.create(null)).issues[0]?.path).toMatch(/^criterion/);
    const noLimits = { kind: 'measurement', id: 'd', title: 'D', causeFamily: 'machine', unit: 'mm' };
    expect(criterionArgument(noLimits).issues.map((issue) => issue.code)).toEqual(['limits_missing']);
  });
});
