/**
 * Results the library wrote, read back after an edit: every function that reads an evaluation, a
 * comparison, a cohort summary or a path to pass refuses the edit with the issue naming it (never a
 * TypeError, RangeError or DecimalError); long issue lists end in a count of the rest.
 */
import { describe, expect, it } from 'vitest';
import {
  compareEvaluations,
  defineProfile,
  evaluate,
  evaluateCohort,
  evaluationDifference,
  mergeCohortSummaries,
  parseEvidence,
  pathToPass,
  ValidationError,
  type IssueCode,
} from '../../src/index.js';
import { renderCohort, renderComparison, renderEvaluation, summaryText } from '../../src/report/index.js';
import { cohortRows, evaluationRows, gapRows } from '../../src/sheets/index.js';
import { MAX_ISSUES } from '../../src/errors/ValidationError.js';
import { MAX_DEPTH } from '../../src/schema/depthIssues.js';
import { goodEvidence, goodProfile, runCatalogue, withLeaf, type Entry } from './catalogue.js';

type Json = Record<string, any>;

const profile = defineProfile(goodProfile());
const failing = (): Json => {
  const evidence = goodEvidence();
  evidence.entries[1].value = false;
  evidence.entries[4].points = 4;
  return evidence;
};
const json = <T>(value: T): Json => JSON.parse(JSON.stringify(value));
const evaluation = () => json(evaluate(profile, failing()));
const approved = () => json(evaluate(profile, goodEvidence()));
const summary = () => json(evaluateCohort(profile, [failing(), goodEvidence()]));
const comparison = () => json(compareEvaluations(approved(), evaluation()));

/** 10,000 objects inside each other. */
function deep(): unknown {
  let value: unknown = 1;
  for (let i = 0; i < 10_000; i++) value = { a: value };
  return value;
}

const READERS: Record<string, (evaluation: Json) => unknown> = {
  renderEvaluation: (e) => renderEvaluation(e as never, { format: 'html' }),
  summaryText: (e) => summaryText(e as never),
  compareEvaluations: (e) => compareEvaluations(e, evaluation()),
  evaluationDifference: (e) => evaluationDifference(e as never, evaluation() as never),
  pathToPass: (e) => pathToPass(profile, e),
  evaluationRows: (e) => evaluationRows(e as never),
  gapRows: (e) => gapRows(e as never),
};

/** Edits of an evaluation and the issue each must give (path without the argument's prefix, code). */
const EDITS: ReadonlyArray<readonly [name: string, path: readonly (string | number)[], leaf: unknown, issuePath: string, code: IssueCode]> = [
  ['an audit date that is no calendar date', ['auditDate'], '2026-02-30', 'auditDate', 'invalid_date'],
  ['a re-audit date in year 10000', ['reauditDue'], '10000-01-01', 'reauditDue', 'invalid_date'],
  ['an explanation code "__proto__"', ['criteria', 1, 'why', 'code'], '__proto__', 'criteria[1].why.code', 'invalid_value'],
  ['an explanation code "hasOwnProperty"', ['reasons', 0, 'why', 'code'], 'hasOwnProperty', 'reasons[0].why.code', 'invalid_value'],
  ['a warning code "toString"', ['warnings'], [{ path: '(root)', segments: [], code: 'toString', message: '', messageId: '', params: {} }], 'warnings[0].code', 'invalid_value'],
  ['a mean that is no decimal', ['criteria', 0, 'found', 'mean'], 'hasOwnProperty', 'criteria[0].found.mean', 'invalid_decimal'],
  ['a limit that is an object', ['criteria', 0, 'required', 'lsl'], {}, 'criteria[0].required.lsl', 'invalid_decimal'],
  ['a score in exponent form', ['score'], '1e2', 'score', 'invalid_decimal'],
  ['10,000 levels of nesting', ['criteria', 0, 'required', 'lsl'], deep(), `criteria[0].required.lsl${'.a'.repeat(MAX_DEPTH - 4)}`, 'too_deep'],
  ['a criterion removed', ['criteria', 1], undefined, 'gaps[0].criterion', 'unknown_criterion'],
  ['a criterion twice', ['criteria', 1, 'id'], 'bore', 'criteria[1].id', 'duplicate_id'],
  ['a criterion of no category', ['criteria', 0, 'category'], '__proto__', 'criteria[0].category', 'unknown_category'],
];

describe('an evaluation read back after an edit', () => {
  const entries: Entry[] = EDITS.flatMap(([name, path, leaf, issuePath, code]) =>
    Object.entries(READERS).map(([reader, read]) => {
      const prefix = reader === 'compareEvaluations' || reader === 'evaluationDifference' ? 'before.' : reader === 'pathToPass' ? '' : 'evaluation.';
      return { name: `${reader}: ${name}`, run: () => read(withLeaf(evaluation(), path, leaf)), expected: { refused: [[`${prefix}${issuePath}`, code]] } };
    }),
  );
  runCatalogue(entries);
});

describe('a cohort summary or comparison read back after an edit', () => {
  runCatalogue([
    { name: 'mergeCohortSummaries: an own "__proto__" issue code', run: () => mergeCohortSummaries(withLeaf(summary(), ['invalidRecords', 'byCode', '__proto__'], 1) as never, summary() as never), expected: { refused: [['a.invalidRecords.byCode.__proto__', 'invalid_value']] } },
    { name: 'renderCohort: a date that is no calendar date', run: () => renderCohort(withLeaf(summary(), ['ranking', 'entries', 0, 'auditDate'], '2026-13-01') as never, { format: 'text' }), expected: { refused: [['summary.ranking.entries[0].auditDate', 'invalid_date']] } },
    { name: 'cohortRows: 10,000 levels of nesting', run: () => cohortRows(withLeaf(summary(), ['profile'], deep()) as never), expected: { refused: [[`summary.profile${'.a'.repeat(MAX_DEPTH - 1)}`, 'too_deep']] } },
    { name: 'renderComparison: a score change that is no decimal', run: () => renderComparison(withLeaf(comparison(), ['score', 'change'], 'NaN') as never, { format: 'text' }), expected: { refused: [['comparison.score.change', 'invalid_decimal']] } },
  ]);

  it('a merged summary never holds an own "__proto__" key', () => {
    const merged = mergeCohortSummaries(summary() as never, summary() as never);
    const keys: string[] = [];
    const walk = (value: unknown) => {
      if (value === null || typeof value !== 'object') return;
      for (const key of Reflect.ownKeys(value)) {
        keys.push(String(key));
        walk((value as Record<string, unknown>)[key as string]);
      }
    };
    walk(merged);
    expect(keys).not.toContain('__proto__');
  });
});

describe('long issue lists', () => {
  it('200,000 bad values give the first 1,000 issues and one counting the rest, without overflowing the stack', () => {
    const evidence = goodEvidence();
    evidence.entries[0].values = Array.from({ length: 200_000 }, () => 'x');
    const parsed = parseEvidence(evidence, { profile });
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(issues.length).toBe(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES]).toMatchObject({ code: 'more_issues', path: '(root)', params: { count: '199000', maximum: '1000' } });
    expect(issues[MAX_ISSUES]?.message).toBe('199000 more problems not listed (at most 1000 are listed); fix these and check again.');
    expect(() => evaluate(profile, evidence)).toThrow(ValidationError);
  });
});
