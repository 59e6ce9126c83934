/**
 * Every function that reads a result back, fed the library's own output with one leaf mutated (its
 * type, a prototype key, a date or decimal that is none, a deep nest, the leaf removed), returns a
 * result or throws a ValidationError: never a TypeError, RangeError or DecimalError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvaluations, defineProfile, evaluate, evaluateCohort, evaluationDifference, mergeCohortSummaries, pathToPass, ValidationError } from '../../src/index.js';
import { renderCohort, renderComparison, renderEvaluation, summaryText } from '../../src/report/index.js';
import { cohortRows, evaluationRows, gapRows } from '../../src/sheets/index.js';
import { goodEvidence, goodProfile, withLeaf } from '../adversarial/catalogue.js';
import { FUZZ_RUNS } from './arbitraries.js';

type Json = any;
type Path = readonly (string | number)[];

const profile = defineProfile(goodProfile());
const failing = (): Json => {
  const evidence = goodEvidence();
  evidence.entries[1].value = false;
  evidence.entries[4].points = 4;
  return evidence;
};
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value));
const evaluation = json(evaluate(profile, failing()));
const approved = json(evaluate(profile, goodEvidence()));
const summary = json(evaluateCohort(profile, [failing(), goodEvidence()]));
const comparison = json(compareEvaluations(approved, evaluation));
const path = json(pathToPass(profile, evaluation));

/** Every path to a value inside a result (leaves and the lists and objects holding them). */
function paths(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Object.keys(value).flatMap((key) => paths(value[key], [...at, Array.isArray(value) ? Number(key) : key]));
  return at.length > 0 ? [at, ...inner] : inner;
}

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const MUTATIONS: readonly (() => unknown)[] = [
  () => '__proto__',
  () => 'hasOwnProperty',
  () => 'constructor',
  () => '2026-02-30',
  () => '10000-01-01',
  () => '1e5',
  () => 'NaN',
  () => '',
  () => -1,
  () => 1.5,
  () => NaN,
  () => null,
  () => true,
  () => [],
  () => ({}),
  () => JSON.parse('{"__proto__": {"polluted": 1}}'),
  () => deep(10_000),
  () => undefined,
];

/** Calls a reader; fails the property on anything but a result or a ValidationError. */
function resultOrValidationError(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const CASES: ReadonlyArray<readonly [name: string, base: Json, readers: readonly ((value: Json) => unknown)[]]> = [
  [
    'an evaluation',
    evaluation,
    [
      (e) => renderEvaluation(e, { format: 'text', path }),
      (e) => renderEvaluation(e, { format: 'html' }),
      (e) => renderEvaluation(e, { format: 'md' }),
      (e) => renderEvaluation(e, { format: 'csv' }),
      (e) => summaryText(e),
      (e) => compareEvaluations(approved, e),
      (e) => compareEvaluations(e, evaluation),
      (e) => evaluationDifference(e, evaluation),
      (e) => pathToPass(profile, e),
      (e) => evaluationRows(e),
      (e) => gapRows(e),
    ],
  ],
  ['a path to pass', path, [(p) => renderEvaluation(evaluation, { format: 'html', path: p })]],
  ['a comparison', comparison, [(c) => renderComparison(c, { format: 'text' }), (c) => renderComparison(c, { format: 'html' })]],
  ['a cohort summary', summary, [(s) => renderCohort(s, { format: 'html' }), (s) => renderCohort(s, { format: 'text' }), (s) => mergeCohortSummaries(s, summary), (s) => cohortRows(s)]],
];

describe('results read back with one leaf mutated', () => {
  for (const [name, base, readers] of CASES) {
    it(`${name}: every reader returns a result or throws a ValidationError`, () => {
      const all = paths(base);
      fc.assert(
        fc.property(fc.constantFrom(...all), fc.constantFrom(...MUTATIONS), (at, mutation) => {
          const input = withLeaf(structuredClone(base), at, mutation());
          for (const read of readers) resultOrValidationError(() => read(input));
        }),
        { numRuns: Math.max(300, FUZZ_RUNS * 10), seed: 20261206 },
      );
    }, 120_000);
  }
});
