import type { JsonValue, KindOutcome } from '../../criteria/outcome.js';
import { FAIL, PARTIAL, PASS, type CompiledBase } from '../../fast/planParts.js';
import { auditThresholds, type AuditQuestionCriterion, type AuditQuestionEvidence } from './schema.js';
import { Decimal } from '../../decimal.js';
import { quotientText } from '../../fast/decimalText.js';
import { decimalOf, type FastContext } from '../../fast/fastContext.js';
import { jsonClone } from '../../fast/jsonClone.js';
import { unitsString } from '../../fast/roundedUnits.js';
import type { Verdict } from '../../fast/verdict.js';
import { isIntIn, isNote, onlyKeys } from '../../fast/entryChecks.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of an audit question. */
export interface CompiledAudit extends CompiledBase<'audit-question', AuditQuestionCriterion> {
  readonly max: number;
  readonly passPoints: number;
  readonly failBelow: number;
  readonly levels: ReadonlySet<number>;
  readonly allowNotApplicable: boolean;
}

/** Returns the individual results of an answer: its results, else its process steps' points, else null (one result, `points`). */
function resultsOf(evidence: AuditQuestionEvidence): readonly number[] | undefined {
  return evidence.results ?? evidence.steps?.map((s) => s.points);
}

/** Returns the points in hundredths: one result as given, several as their mean rounded half-up to two decimals. */
function hundredths(evidence: AuditQuestionEvidence, results = resultsOf(evidence)): number {
  if (results === undefined) return 100 * (evidence.points ?? 0);
  let sum = 0;
  for (let i = 0; i < results.length; i++) sum += results[i] as number;
  return Math.floor((200 * sum + results.length) / (2 * results.length));
}

/**
 * Decides an audit question, in whole hundredths of a point: met at
 * the pass level, failed below the fail level, partly met between; the score is points over the
 * highest level. Exact: the points are whole hundredths.
 *
 * @example
 * decideAuditQuestion(compiled.criteria[5], { criterion: 'op-training', points: 6 }, emptyVerdict()).score
 * //=> 60
 */
export function decideAuditQuestion(c: CompiledAudit, evidence: AuditQuestionEvidence, verdict: Verdict): Verdict {
  const results = resultsOf(evidence);
  const p = hundredths(evidence, results);
  verdict.status = p >= 100 * c.passPoints ? PASS : p < 100 * c.failBelow ? FAIL : PARTIAL;
  verdict.score = p / c.max;
  verdict.error = p % c.max === 0 ? 0 : verdict.score * Number.EPSILON;
  verdict.exact = null;
  let least = Number.POSITIVE_INFINITY;
  if (results === undefined) least = evidence.points ?? Number.POSITIVE_INFINITY;
  else for (let i = 0; i < results.length; i++) if ((results[i] as number) < least) least = results[i] as number;
  verdict.minPoints = least;
  return verdict;
}

/**
 * Returns the exact score of an audit question (points / highest level × 100), in decimal arithmetic.
 *
 * @example
 * auditExactScore(ctx, question, { criterion: 'op-training', results: [8, 6, 6] }).toString()
 * //=> '66.7'
 */
export function auditExactScore(ctx: FastContext, c: CompiledAudit, evidence: AuditQuestionEvidence): Decimal {
  return exactScore(ctx, hundredths(evidence), c.max);
}

/** Returns the exact score (points / highest level × 100) of `p` hundredths of a point. */
function exactScore(ctx: FastContext, p: number, max: number): Decimal {
  for (let k = 0, scale = 1; k <= 10; k++, scale *= 10) {
    const scaled = p * scale;
    if (scaled % max === 0) return decimalOf(ctx.compiled, unitsString(scaled / max, k));
  }
  return new Decimal(unitsString(p, 2)).div(max).times(100);
}

/**
 * Returns the outcome of an audit question, with the verdict filled in: met at the pass level, failed
 * below the fail level, partly met between; several results (per process step or otherwise) count by
 * their mean rounded to two decimals (VDA 6.3:2016 §6.2).
 *
 * @example
 * auditQuestionOutcome(ctx, compiled.criteria[5], { criterion: 'op-training', points: 6 }, emptyVerdict()).status
 * //=> 'partial'
 */
export function auditQuestionOutcome(ctx: FastContext, c: CompiledAudit, evidence: AuditQuestionEvidence, verdict: Verdict): KindOutcome {
  decideAuditQuestion(c, evidence, verdict);
  const results = resultsOf(evidence);
  const p = hundredths(evidence, results);
  const criterion = c.criterion;
  const pointsText = unitsString(p, 2);
  const found = {
    points: p / 100,
    ...(results ? { results: [...results] } : {}),
    ...(evidence.steps ? { steps: evidence.steps.map((s) => ({ step: s.step, points: s.points })) } : {}),
    ...(evidence.note ? { note: evidence.note } : {}),
  };
  const score = exactScore(ctx, p, c.max);
  verdict.exact = score;
  const status = verdict.status === PASS ? 'pass' : verdict.status === FAIL ? 'fail' : 'partial';
  const params = {
    points: pointsText,
    max: String(c.max),
    pass: String(c.passPoints),
    star: criterion.star ? 'yes' : '',
    number: criterion.number ?? '',
    ...(results && results.length > 1 ? { of: String(results.length), steps: evidence.steps ? 'yes' : '' } : {}),
  };
  const code = status === 'pass' ? 'audit.met' : status === 'fail' ? 'audit.notMet' : 'audit.partlyMet';
  const short = 100 * c.passPoints - p;
  return {
    status,
    score,
    required: jsonClone(c.required ?? {}),
    found,
    why: { code, params },
    shortfall:
      status === 'pass'
        ? null
        : { amount: unitsString(short, 2), unit: 'points', relative: quotientText(short, 100 * (c.passPoints === 0 ? 1 : c.passPoints), 6) },
  };
}


/**
 * Returns the smallest single point result an audit question's outcome shows (each process step's,
 * else the points), Infinity when it shows none: what a rule on points looks at.
 *
 * @example
 * leastPoints({ points: 6, results: [8, 6] })
 * //=> 6
 */
export function leastPoints(found: Readonly<Record<string, JsonValue>>): number {
  let least = Number.POSITIVE_INFINITY;
  if (Array.isArray(found.results)) for (const p of found.results as number[]) least = Math.min(least, p);
  else if (typeof found.points === 'number') least = found.points;
  return least;
}

const AUDIT_KEYS = new Set(['criterion', 'points', 'notApplicable', 'reason', 'note', 'results']);

/** The plan of an audit question: its levels and thresholds, its answers checked and decided in points. */
export const auditQuestionPlan: KindPlan<AuditQuestionCriterion, CompiledAudit> = {
  compile(criterion, base) {
    const { max, passPoints, failBelow } = auditThresholds(criterion);
    return {
      ...base,
      max,
      passPoints,
      failBelow,
      levels: new Set(criterion.levels),
      allowNotApplicable: criterion.allowNotApplicable,
    };
  },
  fits(_compiled, _holder, c, e) {
    if (!onlyKeys(e, AUDIT_KEYS) || !isNote(e.reason)) return false;
    const { points, results, notApplicable } = e;
    if (notApplicable !== undefined && typeof notApplicable !== 'boolean') return false;
    let given = notApplicable === true ? 1 : 0;
    if (points !== undefined) {
      if (!isIntIn(points, 0, 1000) || !c.levels.has(points)) return false;
      given++;
    }
    if (results !== undefined) {
      if (!Array.isArray(results) || results.length < 1 || results.length > 1000) return false;
      for (let i = 0; i < results.length; i++) {
        const r: unknown = results[i];
        if (!isIntIn(r, 0, 1000) || !c.levels.has(r)) return false;
      }
      given++;
    }
    return given === 1 && (notApplicable !== true || c.allowNotApplicable);
  },
  outcome: (ctx, c, entry, _holder, verdict) => auditQuestionOutcome(ctx, c, entry as unknown as AuditQuestionEvidence, verdict),
  decide(_ctx, c, entry, _holder, verdict) {
    decideAuditQuestion(c, entry as unknown as AuditQuestionEvidence, verdict);
    return false;
  },
  exactScore: (ctx, c, entry) => auditExactScore(ctx, c, entry as unknown as AuditQuestionEvidence),
};
