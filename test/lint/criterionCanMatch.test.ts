import { describe, expect, test } from 'vitest';
import { criterionSchema, type Criterion } from '../../src/criteria/criterion.js';
import { criterionCanMatch, statusPossible } from '../../src/lint/criterionCanMatch.js';
import { criterionScoreSet } from '../../src/lint/criterionScoreSet.js';

const c = (input: object): Criterion => criterionSchema.parse({ id: 'x', title: 'X', causeFamily: 'method', ...input });
const plain = (set: ReturnType<typeof criterionScoreSet>) => set.map((i) => [i.low.toString(), i.high.toString()]);

describe('statusPossible', () => {
  test('by kind and settings', () => {
    const check = c({ kind: 'check' });
    expect(statusPossible(check, 'partial', false)).toBe(false);
    expect(statusPossible(check, 'not-applicable', false)).toBe(false);
    expect(statusPossible(check, 'missing', false)).toBe(true);
    const audit = c({ kind: 'audit-question' });
    expect(statusPossible(audit, 'not-applicable', false)).toBe(true);
    expect(statusPossible(c({ kind: 'audit-question', allowNotApplicable: false }), 'not-applicable', false)).toBe(false);
    expect(statusPossible(c({ kind: 'audit-question', levels: [4, 10], failBelow: 4 }), 'fail', false)).toBe(false);
    expect(statusPossible(c({ kind: 'audit-question', levels: [4, 10], failBelow: 4 }), 'fail', true)).toBe(true);
    expect(statusPossible(c({ kind: 'measurement', unit: 'mm', lsl: 1 }), 'partial', false)).toBe(false);
    expect(statusPossible(c({ kind: 'measurement', unit: 'mm', lsl: 1, partialFromShare: 90 }), 'partial', false)).toBe(true);
    expect(statusPossible(c({ kind: 'metric', direction: 'lower-is-better', limit: 10, bands: [{ bound: 5, score: 80 }] }), 'pass', false)).toBe(false);
    expect(statusPossible(c({ kind: 'certificate', standard: 'ISO 9001' }), 'partial', false)).toBe(false);
    expect(statusPossible(c({ kind: 'attribute-inspection', aql: '1.0' }), 'partial', false)).toBe(true);
    expect(statusPossible(c({ kind: 'measurement', unit: 'mm', lsl: 1, capability: { min: '1.33', partialFrom: '1' } }), 'partial', false)).toBe(true);
  });

  test('criterionCanMatch applies fixed filters and possible outcomes', () => {
    const star = c({ kind: 'audit-question', star: true, levels: [4, 6, 8, 10] });
    expect(criterionCanMatch({ type: 'criteria', star: true, pointsAtMost: 4, atLeast: 1 }, star, 'p6', false)).toBe(true);
    expect(criterionCanMatch({ type: 'criteria', star: true, pointsAtMost: 0, atLeast: 1 }, star, 'p6', false)).toBe(false);
    expect(criterionCanMatch({ type: 'criteria', categories: ['p5'], atLeast: 1 }, star, 'p6', false)).toBe(false);
    expect(criterionCanMatch({ type: 'criteria', scoreBelow: '0', atLeast: 1 }, star, 'p6', false)).toBe(false);
    expect(criterionCanMatch({ type: 'criteria', severity: ['major'], causeFamily: ['method'], kind: ['audit-question'], atLeast: 1 }, star, 'p6', false)).toBe(true);
  });
});

describe('criterionScoreSet', () => {
  test('scores each kind can get, and those that do not fail it', () => {
    expect(plain(criterionScoreSet(c({ kind: 'check' }), 'any'))).toEqual([['0', '0'], ['100', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'check' }), 'not-failing'))).toEqual([['100', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'attribute-inspection', aql: '1.0' }), 'any'))).toEqual([['0', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'measurement', unit: 'mm', lsl: 1, capability: { min: '1.33', partialFrom: '1' } }), 'not-failing'))).toEqual([['0', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'measurement', unit: 'mm', lsl: 1, capability: { min: '1.33' } }), 'not-failing'))).toEqual([['100', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'certificate', standard: 'ISO 9001', minRemainingDays: 90 }), 'not-failing'))).toEqual([['50', '50'], ['100', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'audit-question' }), 'not-failing'))).toEqual([['40', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'metric', direction: 'lower-is-better', limit: 10, target: 5, scoreAtLimit: 20 }), 'any'))).toEqual([['0', '0'], ['20', '100']]);
    expect(plain(criterionScoreSet(c({ kind: 'metric', direction: 'lower-is-better', limit: 10, bands: [{ bound: 5, score: 100 }, { bound: 10, score: 40 }] }), 'any'))).toEqual([
      ['0', '0'],
      ['40', '40'],
      ['100', '100'],
    ]);
  });
});
