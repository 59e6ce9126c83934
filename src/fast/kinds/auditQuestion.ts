import type { AuditQuestionEvidence } from '../../criteria/auditQuestion.js';
import type { KindOutcome } from '../../criteria/outcome.js';
import { Decimal } from '../../decimal.js';
import { FAIL, PARTIAL, PASS, type CompiledAudit } from '../compiledProfile.js';
import { quotientText } from '../decimalText.js';
import { decimalOf, type FastContext } from '../fastContext.js';
import { jsonClone } from '../jsonClone.js';
import { unitsString } from '../roundedUnits.js';
import type { Verdict } from '../verdict.js';

/** Returns the points in hundredths: one result as given, several as their mean rounded half-up to two decimals. */
function hundredths(evidence: AuditQuestionEvidence): number {
  const results = evidence.results;
  if (results === undefined) return 100 * (evidence.points ?? 0);
  let sum = 0;
  for (let i = 0; i < results.length; i++) sum += results[i] as number;
  return Math.floor((200 * sum + results.length) / (2 * results.length));
}

/**
 * Decides an audit question as `evaluateAuditQuestion` does, in whole hundredths of a point: met at
 * the pass level, failed below the fail level, partly met between; the score is points over the
 * highest level. Exact: the points are whole hundredths.
 *
 * @example
 * decideAuditQuestion(compiled.criteria[5], { criterion: 'op-training', points: 6 }, emptyVerdict()).score
 * //=> 60
 */
export function decideAuditQuestion(c: CompiledAudit, evidence: AuditQuestionEvidence, verdict: Verdict): Verdict {
  const p = hundredths(evidence);
  verdict.status = p >= 100 * c.passPoints ? PASS : p < 100 * c.failBelow ? FAIL : PARTIAL;
  verdict.score = p / c.max;
  verdict.error = p % c.max === 0 ? 0 : verdict.score * Number.EPSILON;
  verdict.exact = null;
  let least = Number.POSITIVE_INFINITY;
  const results = evidence.results;
  if (results === undefined) least = evidence.points ?? Number.POSITIVE_INFINITY;
  else for (let i = 0; i < results.length; i++) if ((results[i] as number) < least) least = results[i] as number;
  verdict.minPoints = least;
  return verdict;
}

/** Returns the exact score (points / highest level × 100) as `evaluateAuditQuestion` computes it. */
function exactScore(ctx: FastContext, p: number, max: number): Decimal {
  for (let k = 0, scale = 1; k <= 10; k++, scale *= 10) {
    const scaled = p * scale;
    if (scaled % max === 0) return decimalOf(ctx.compiled, unitsString(scaled / max, k));
  }
  return new Decimal(unitsString(p, 2)).div(max).times(100);
}

/**
 * Returns the outcome of an audit question exactly as `evaluateAuditQuestion`, with the verdict
 * filled in.
 *
 * @example
 * auditQuestionOutcome(ctx, compiled.criteria[5], { criterion: 'op-training', points: 6 }, emptyVerdict()).status
 * //=> 'partial'
 */
export function auditQuestionOutcome(ctx: FastContext, c: CompiledAudit, evidence: AuditQuestionEvidence, verdict: Verdict): KindOutcome {
  decideAuditQuestion(c, evidence, verdict);
  const p = hundredths(evidence);
  const criterion = c.criterion;
  const pointsText = unitsString(p, 2);
  const found = {
    points: p / 100,
    ...(evidence.results ? { results: [...evidence.results] } : {}),
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
    ...(evidence.results && evidence.results.length > 1 ? { of: String(evidence.results.length), steps: '' } : {}),
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
