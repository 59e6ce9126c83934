import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullEvidence, screeningEvidence } from '../../bench/generate.js';
import { fullProfile, screeningProfile } from '../../bench/profiles.js';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluateCohortSync } from '../../src/cohort/evaluateCohort.js';
import { evaluate } from '../../src/evaluate.js';
import { evaluateExact } from '../oracle/evaluateExact.js';
import { defineProfile, ValidationError, type Profile } from '../../src/index.js';
import { screen } from '../../src/screen.js';
import { randomEvidence, randomProfile } from './randomProfiles.js';
import { depth } from '../depth.js';

const pump = defineProfile(JSON.parse(readFileSync(new URL('../../examples/pump-injector/profile.json', import.meta.url), 'utf8')));

/** Checks the plan gave, byte for byte, the oracle's evaluation. */
function sameEvaluations(profile: Profile, records: readonly unknown[]): void {
  let differing = 0;
  for (const record of records) {
    const fast = evaluate(profile, record);
    const exact = evaluateExact(profile, record);
    if (JSON.stringify(fast) !== JSON.stringify(exact)) differing++;
    expect(screen(profile, record)).toEqual({ decision: exact.decision, score: exact.score, grade: exact.grade });
  }
  expect(differing).toBe(0);
}

describe('the plan route of evaluate', () => {
  it('gives byte-identical evaluations to the exact route for the pump-injector suppliers', () => {
    const examples = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) =>
      JSON.parse(readFileSync(new URL(`../../examples/pump-injector/evidence/${name}.json`, import.meta.url), 'utf8')),
    );
    sameEvaluations(pump, [...examples, ...generateSuppliers(depth(50, 250), 11)]);
  });

  it('gives byte-identical evaluations for the 30-criterion screening profile', () => {
    sameEvaluations(defineProfile(screeningProfile), Array.from({ length: depth(60, 300) }, (_, i) => screeningEvidence(5, i)));
  });

  it('gives byte-identical evaluations for the full profile (8 × 125 values with Cpk)', () => {
    sameEvaluations(defineProfile(fullProfile()), Array.from({ length: depth(5, 25) }, (_, i) => fullEvidence(5, i)));
  });

  it('gives byte-identical evaluations for random profiles using every option, rule and kind', () => {
    for (let seed = 1; seed <= depth(6, 30); seed++) {
      const profile = defineProfile(randomProfile(seed));
      sameEvaluations(profile, Array.from({ length: 12 }, (_, i) => randomEvidence(profile, seed * 100 + i)));
    }
  });

  it('gives the same evaluations again, and for a metric value written in any way', () => {
    for (let seed = 31; seed <= depth(34, 45); seed++) {
      const profile = defineProfile(randomProfile(seed));
      const records = Array.from({ length: 8 }, (_, i) => randomEvidence(profile, seed * 100 + i));
      sameEvaluations(profile, records);
      sameEvaluations(profile, records);
    }
    const profile = defineProfile(screeningProfile);
    const evidence = screeningEvidence(5, 2) as { entries: Array<Record<string, unknown>> };
    const otd = (value: unknown) => ({ ...evidence, entries: evidence.entries.map((e) => (e.criterion === 'otd' ? { criterion: 'otd', value } : e)) });
    // The same value as text and as a number, written differently, at the limit, either side of it and on the target.
    sameEvaluations(profile, ['96.5', 96.5, ' 96.50', '90', 90, '89.99', '90.01', '98', 98, '96.5'].map(otd));
  });

  it('evaluates evidence the structural check is not sure of by the same plan, and lists the problems of bad evidence', () => {
    const evidence = screeningEvidence(5, 1) as { entries: Array<Record<string, unknown>> };
    const profile = defineProfile(screeningProfile);
    const unknown = { ...evidence, entries: [...evidence.entries, { criterion: 'not-in-profile', value: true }] };
    expect(evaluate(profile, unknown).warnings.map((w) => w.code)).toEqual(['unknown_criterion']);
    const steps = { ...evidence, processSteps: [{ id: 'p1', productGroup: 'g1' }] };
    const other = { ...evidence, profile: { id: 'another-profile' } };
    sameEvaluations(profile, [unknown, steps, other]);
    sameEvaluations(pump, generateSuppliers(20, 4).map((record) => ({ ...(record as object), processSteps: [{ id: 'p1' }] })));
    const bad = { ...evidence, entries: evidence.entries.map((e) => (e.criterion === 'otd' ? { ...e, value: '9O.5' } : e)) };
    expect(() => evaluate(profile, bad)).toThrow(ValidationError);
    expect(() => evaluateExact(profile, bad)).toThrow(ValidationError);
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as ValidationError).issues;
      }
      return [];
    };
    expect(issuesOf(() => evaluate(profile, bad))).toEqual(issuesOf(() => evaluateExact(profile, bad)));
    expect(issuesOf(() => evaluate(profile, bad, { at: '2026-02-30' }))).toEqual(issuesOf(() => evaluateExact(profile, bad, { at: '2026-02-30' })));
    expect(() => screen(profile, bad)).toThrow(ValidationError);
    expect(() => evaluate(profile, evidence, { at: '2026-02-30' })).toThrow(ValidationError);
    expect(() => screen(profile, evidence, { at: '2026-02-30' })).toThrow(ValidationError);
  });

  it('gives evaluations that share no objects with each other', () => {
    const records = generateSuppliers(2, 3);
    const a = evaluate(pump, records[0]);
    const b = evaluate(pump, records[1]);
    expect(a.criteria[0]?.required).not.toBe(b.criteria[0]?.required);
    (a.criteria[0]?.required as Record<string, unknown>).lsl = 'changed';
    expect(evaluate(pump, records[0]).criteria[0]?.required.lsl).toBe('3.18');
  });
});

describe('the screening route of evaluateCohort', () => {
  it('gives the summary the full evaluations give', () => {
    const options = { top: 15, nearMissMargin: 3, nearMissLimit: 25 };
    for (const [profile, records] of [
      [defineProfile(screeningProfile), Array.from({ length: depth(80, 400) }, (_, i) => screeningEvidence(6, i))],
      [pump, generateSuppliers(depth(60, 300), 12)],
      [defineProfile(randomProfile(3)), Array.from({ length: 60 }, (_, i) => randomEvidence(randomProfile(3), i))],
    ] as const) {
      const fast = evaluateCohortSync(profile, records, options);
      const full = evaluateCohortSync(profile, records, { ...options, onEvaluation: () => undefined });
      expect(fast).toEqual(full);
    }
  });
});
