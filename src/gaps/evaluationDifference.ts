import type { CriterionStatus, Shortfall } from '../criteria/outcome.js';
import { decimalString, toDecimal } from '../decimal.js';
import { ValidationError } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { CriterionResult, Decision, Evaluation, Gap } from '../scoring/evaluation.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';

/** One criterion's status and score in one evaluation. */
export interface CriterionState {
  readonly status: CriterionStatus;
  readonly score: string;
}

/** A criterion whose status or score differs between two evaluations (null where it does not exist). */
export interface CriterionChange {
  readonly id: string;
  readonly title: string;
  readonly causeFamily: CauseFamily;
  readonly before: CriterionState | null;
  readonly after: CriterionState | null;
}

/** A gap as it stood in one evaluation. */
export interface GapState {
  readonly priority: number;
  readonly status: CriterionStatus;
  readonly score: string;
  readonly pointsLost: string;
  readonly shortfall: Shortfall | null;
  readonly knockOut: boolean;
}

/**
 * A gap in either evaluation: `closed` (a gap before, met after), `opened` (met or absent before, a gap
 * after), `better`, `worse` or `same` (a gap in both, by the criterion's exact score, then its
 * status), `dropped` (a gap before whose criterion the later profile no longer has).
 */
export interface GapChange {
  readonly criterion: string;
  readonly title: string;
  readonly category: string;
  readonly causeFamily: CauseFamily;
  readonly severity: Severity;
  readonly change: 'closed' | 'opened' | 'better' | 'worse' | 'same' | 'dropped';
  readonly before: GapState | null;
  readonly after: GapState | null;
}

/** What changed from one evaluation to another of the same supplier. */
export interface EvaluationDifference {
  readonly score: { readonly before: string; readonly after: string; readonly change: string };
  readonly grade: { readonly before: string; readonly after: string; readonly changed: boolean };
  readonly decision: {
    readonly before: Decision;
    readonly after: Decision;
    readonly changed: boolean;
    /** By the order approved, conditional, then rejected and incomplete (neither passes). */
    readonly direction: 'better' | 'worse' | 'same';
  };
  /** Criteria whose status or score changed, in the later evaluation's order, then those dropped. */
  readonly criteria: readonly CriterionChange[];
  readonly gaps: {
    readonly closed: readonly GapChange[];
    readonly opened: readonly GapChange[];
    /** Gaps in both evaluations, with whether each got better, worse or stayed the same. */
    readonly remaining: readonly GapChange[];
    /** Gaps whose criterion the later profile no longer has. */
    readonly dropped: readonly GapChange[];
  };
}

const RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 2 };
const STATUS_RANK: Readonly<Record<CriterionStatus, number>> = { pass: 0, 'not-applicable': 0, partial: 1, fail: 2, missing: 3 };

const exactScore = (result: CriterionResult) => toDecimal(result.exactScore ?? result.score);

function gapState(gap: Gap): GapState {
  return {
    priority: gap.priority,
    status: gap.status,
    score: gap.score ?? '0',
    pointsLost: gap.pointsLost,
    shortfall: gap.shortfall,
    knockOut: gap.knockOut,
  };
}

/**
 * Returns what changed between two evaluations of one supplier: score, grade and decision, the
 * criteria whose status or score changed, and the gaps closed, opened, remaining (better, worse or the
 * same) and dropped. Criteria are matched by id, so two versions of a profile can be compared.
 * Throws a `ValidationError` listing every problem when either is not an evaluation as `evaluate`
 * returns it (paths start at `before` or `after`).
 *
 * @example
 * const d = evaluationDifference(sumberLogam, sumberLogamWithThroatReground);
 * [d.score.change, d.decision.direction, d.gaps.closed.map((g) => g.criterion)]
 * //=> ['14.8', 'same', ['throat-d']]
 */
export function evaluationDifference(before: Evaluation, after: Evaluation): EvaluationDifference {
  const issues = [...schemaIssues(evaluationSchema, before, ['before']), ...schemaIssues(evaluationSchema, after, ['after'])];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluations');
  return differenceOf(before, after);
}

/**
 * Returns what changed between two evaluations the library checked or made itself, unchecked (the
 * path of `compareEvaluations` and `whatIf`; `evaluationDifference` checks its input).
 *
 * @example
 * differenceOf(sumberLogam, sumberLogamWithThroatReground).score.change
 * //=> '14.8'
 */
export function differenceOf(before: Evaluation, after: Evaluation): EvaluationDifference {
  const beforeResults = new Map(before.criteria.map((result) => [result.id, result]));
  const afterResults = new Map(after.criteria.map((result) => [result.id, result]));
  const beforeGaps = new Map(before.gaps.map((gap) => [gap.criterion, gap]));
  const afterGaps = new Map(after.gaps.map((gap) => [gap.criterion, gap]));

  const criteria: CriterionChange[] = [];
  const state = (r: CriterionResult | undefined): CriterionState | null => (r ? { status: r.status, score: r.score } : null);
  for (const result of after.criteria) {
    const old = beforeResults.get(result.id);
    if (old && old.status === result.status && exactScore(old).eq(exactScore(result))) continue;
    criteria.push({ id: result.id, title: result.title, causeFamily: result.causeFamily, before: state(old), after: state(result) });
  }
  for (const old of before.criteria) {
    if (!afterResults.has(old.id)) criteria.push({ id: old.id, title: old.title, causeFamily: old.causeFamily, before: state(old), after: null });
  }

  const change = (gap: Gap, change: GapChange['change'], b: Gap | undefined, a: Gap | undefined): GapChange => ({
    criterion: gap.criterion,
    title: gap.title,
    category: gap.category,
    causeFamily: gap.causeFamily,
    severity: gap.severity,
    change,
    before: b ? gapState(b) : null,
    after: a ? gapState(a) : null,
  });
  const closed: GapChange[] = [];
  const dropped: GapChange[] = [];
  const remaining: GapChange[] = [];
  const opened: GapChange[] = [];
  for (const gap of before.gaps) {
    const later = afterGaps.get(gap.criterion);
    if (!afterResults.has(gap.criterion)) dropped.push(change(gap, 'dropped', gap, undefined));
    else if (!later) closed.push(change(gap, 'closed', gap, undefined));
  }
  for (const gap of after.gaps) {
    const earlier = beforeGaps.get(gap.criterion);
    if (!earlier) {
      opened.push(change(gap, 'opened', undefined, gap));
      continue;
    }
    const b = beforeResults.get(gap.criterion) as CriterionResult;
    const a = afterResults.get(gap.criterion) as CriterionResult;
    const byScore = exactScore(a).comparedTo(exactScore(b));
    const byStatus = STATUS_RANK[b.status] - STATUS_RANK[a.status];
    const trend = byScore > 0 || (byScore === 0 && byStatus > 0) ? 'better' : byScore < 0 || byStatus < 0 ? 'worse' : 'same';
    remaining.push(change(gap, trend, earlier, gap));
  }

  const direction = RANK[after.decision] < RANK[before.decision] ? 'better' : RANK[after.decision] > RANK[before.decision] ? 'worse' : 'same';
  return {
    score: { before: before.score, after: after.score, change: decimalString(toDecimal(after.score).minus(before.score)) },
    grade: { before: before.grade, after: after.grade, changed: before.grade !== after.grade },
    decision: { before: before.decision, after: after.decision, changed: before.decision !== after.decision, direction },
    criteria,
    gaps: { closed, opened, remaining, dropped },
  };
}
