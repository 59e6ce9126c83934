import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { compareEvaluations, evaluate, evaluateCohortSync, pathToPass, type CohortSummary, type Evaluation } from '../../src/index.js';
import { cohortSummarySchema } from '../../src/cohort/cohortSummarySchema.js';
import type { EvaluationComparison } from '../../src/gaps/compareEvaluations.js';
import { evaluationComparisonSchema } from '../../src/gaps/evaluationComparisonSchema.js';
import type { PathToPass } from '../../src/gaps/pathToPass.js';
import { pathToPassSchema } from '../../src/gaps/pathToPassSchema.js';
import { evaluationSchema } from '../../src/scoring/evaluationSchema.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8'));
const profile = read('profile.json');
const evidences = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => read(`evidence/${name}.json`));
const evaluations = evidences.map((evidence) => evaluate(profile, evidence));
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the schemas of the library’s own output', () => {
  it('describe the output types: what a schema accepts has every required field of its type', () => {
    // Compile-time: the schemas' outputs are assignable to the library's output types.
    // (Warnings are issues; the schema reads their code as any text.)
    const asEvaluation = (value: z.output<typeof evaluationSchema>): Omit<Evaluation, 'warnings'> => value;
    const asCohortSummary = (value: z.output<typeof cohortSummarySchema>): CohortSummary => value;
    const asPathToPass = (value: z.output<typeof pathToPassSchema>): PathToPass => value;
    const asComparison = (value: z.output<typeof evaluationComparisonSchema>): EvaluationComparison => value;
    expect([asEvaluation, asCohortSummary, asPathToPass, asComparison].every((f) => typeof f === 'function')).toBe(true);
  });

  it('accept the evaluations, paths, comparisons and cohort summaries of the examples, as given and read back from JSON', () => {
    for (const evaluation of evaluations) {
      expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
      expect(evaluationSchema.safeParse(roundTrip(evaluation)).success).toBe(true);
      expect(pathToPassSchema.safeParse(roundTrip(pathToPass(profile, evaluation))).success).toBe(true);
    }
    expect(evaluationComparisonSchema.safeParse(roundTrip(compareEvaluations(evaluations[1], evaluate(profile, read('reaudit/maju-jaya-2027-02.json'))))).success).toBe(true);
    expect(cohortSummarySchema.safeParse(roundTrip(evaluateCohortSync(profile, evidences))).success).toBe(true);
  });

  it('name every part of an evaluation that is not what the library writes', () => {
    const broken = roundTrip(evaluations[1]!) as unknown as Record<string, unknown> & { criteria: Record<string, unknown>[] };
    broken.decision = 'maybe';
    broken.criteria[0]!.score = 12.5;
    delete broken.criteria[1]!.why;
    const parsed = evaluationSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['criteria.0.score', 'criteria.1.why', 'decision']);
  });
});
