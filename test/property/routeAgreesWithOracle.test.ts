import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, screen } from '../../src/index.js';
import { evaluateExact } from '../oracle/evaluateExact.js';
import { caseArb, settings } from './arbitraries.js';

describe('the evaluation route', () => {
  it('gives the oracle’s evaluation byte for byte, and screening its decision, score and grade, on generated profiles of every kind', () => {
    fc.assert(
      fc.property(caseArb({ missing: true }), ({ profile: input, evidence, options }) => {
        const profile = defineProfile(input);
        const evaluation = evaluate(profile, evidence, options);
        expect(JSON.stringify(evaluation)).toBe(JSON.stringify(evaluateExact(profile, evidence, options)));
        const screened = screen(profile, evidence, options);
        expect([screened.decision, screened.score, screened.grade]).toEqual([evaluation.decision, evaluation.score, evaluation.grade]);
      }),
      settings(150),
    );
  });
});
