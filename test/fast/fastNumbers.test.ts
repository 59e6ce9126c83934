import { describe, expect, it } from 'vitest';
import { compiledProfile, weightsInDoubles } from '../../src/fast/compiledProfile.js';
import { defineProfile, evaluate, evaluateCohortSync, pathToPass, screen, whatIf } from '../../src/index.js';
import { evaluateExact } from '../oracle/evaluateExact.js';
import { evidenceWith } from '../fixtures.js';

const huge = '9'.repeat(399);
const tiny = `0.${'0'.repeat(390)}1`;
const belowNormal = `0.${'0'.repeat(310)}1`;
const check = (id: string, weight: string) => ({ kind: 'check', id, title: id, causeFamily: 'method', weight });
const metric = (id: string, weight: string) => ({ kind: 'metric', id, title: id, causeFamily: 'method', unit: '%', direction: 'higher-is-better', limit: '50', target: '100', weight });
const profileOf = (categories: object[]) => defineProfile({ id: 'p', version: '1', title: 'P', component: { name: 'c' }, categories });

/** Categories whose weights the doubles cannot hold: beyond their range, below it, or summing past it. */
const beyondDoubles = [
  [{ id: 'a', title: 'A', weight: '1', criteria: [check('c1', huge), metric('m1', huge)] }],
  [{ id: 'a', title: 'A', weight: '1', criteria: [check('c1', tiny), metric('m1', tiny)] }],
  [{ id: 'a', title: 'A', weight: huge, criteria: [check('c1', '1'), metric('m1', huge)] }, { id: 'b', title: 'B', weight: '1', criteria: [check('c2', tiny)] }],
  [{ id: 'a', title: 'A', weight: tiny, criteria: [check('c1', '0'), metric('m1', tiny)] }, { id: 'b', title: 'B', weight: '0', criteria: [check('c2', tiny)] }],
  [{ id: 'a', title: 'A', weight: belowNormal, criteria: [check('c1', belowNormal), metric('m1', '1')] }, { id: 'b', title: 'B', weight: '1', criteria: [check('c2', belowNormal)] }],
  [{ id: 'a', title: 'A', weight: '1', criteria: [check('c1', `1${'0'.repeat(289)}`), metric('m1', `1${'0'.repeat(289)}`)] }],
];

describe('weighted scores of weights beyond the doubles', () => {
  it('are worked out exactly: the oracle’s evaluation byte for byte, screening’s score and grade, whatever evidence is missing', () => {
    for (const categories of beyondDoubles) {
      const profile = profileOf(categories);
      expect(compiledProfile(profile).weightsInDoubles).toBe(false);
      const ids = new Set(categories.flatMap((c) => (c as { criteria: { id: string }[] }).criteria.map((x) => x.id)));
      for (const missing of [false, true]) {
        const entries = [{ criterion: 'c1', value: true }, { criterion: 'm1', value: '66.6' }, { criterion: 'c2', value: false }].filter((e) => ids.has(e.criterion) && !(missing && e.criterion === 'm1'));
        const evidence = evidenceWith(entries as never);
        const evaluation = evaluate(profile, evidence);
        expect(JSON.stringify(evaluation)).toBe(JSON.stringify(evaluateExact(profile, evidence)));
        const screened = screen(profile, evidence);
        expect([screened.score, screened.grade, screened.decision]).toEqual([evaluation.score, evaluation.grade, evaluation.decision]);
        expect(pathToPass(profile, evaluation).decision).toBe(evaluation.decision);
        expect(whatIf(profile, evidence, { met: ['m1'] }).after.criteria.find((c) => c.id === 'm1')?.status).toBe('pass');
        expect(evaluateCohortSync(profile, [evidence, evidence]).decisions[evaluation.decision]).toBe(2);
      }
    }
  });

  it('a category of tiny weights keeps its score, and huge weights keep their share', () => {
    const evidence = evidenceWith([{ criterion: 'c1', value: true }, { criterion: 'm1', value: '66.6' }] as never);
    expect(evaluate(profileOf(beyondDoubles[1]!), evidence).categories[0]).toMatchObject({ score: '66.6', pointsLost: '33.4' });
    expect(evaluate(profileOf(beyondDoubles[0]!), evidence).categories[0]).toMatchObject({ score: '66.6', pointsLost: '33.4' });
  });
});

describe('weightsInDoubles', () => {
  it('holds for plain weights, not for weights beyond, below or summing past the doubles', () => {
    const plain = compiledProfile(profileOf([{ id: 'a', title: 'A', weight: '2', criteria: [check('c1', '0'), metric('m1', '1.25')] }]));
    expect(weightsInDoubles(plain.criteria, plain.categories)).toBe(true);
    for (const categories of beyondDoubles) {
      const compiled = compiledProfile(profileOf(categories));
      expect(weightsInDoubles(compiled.criteria, compiled.categories)).toBe(false);
    }
  });
});
