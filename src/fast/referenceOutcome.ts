import { evaluateCriterion, type DecimalCriterion } from '../criteria/evaluateCriterion.js';
import type { KindOutcome } from '../criteria/outcome.js';
import type { EvidenceEntry } from '../schema/evidence.js';
import type { FastContext } from './fastContext.js';
import { FAIL, MISSING, NOT_APPLICABLE, PARTIAL, PASS, type CompiledCriterion } from './plan.js';
import type { Verdict } from './verdict.js';

const STATUS_CODES = { pass: PASS, partial: PARTIAL, fail: FAIL, 'not-applicable': NOT_APPLICABLE, missing: MISSING } as const;

/**
 * Returns the outcome of one criterion of a kind with a decimal evaluation (measurement, audit question,
 * metric, attribute inspection) by that evaluation (`evaluateCriterion`), with the
 * verdict read from it.
 *
 * @example
 * referenceOutcome(ctx, compiled.criteria[1], { criterion: 'otd', value: '89.99' }, emptyVerdict()).status
 * //=> 'fail'
 */
export function referenceOutcome(ctx: FastContext, c: CompiledCriterion, entry: object, verdict: Verdict): KindOutcome {
  return outcomeVerdict(c, evaluateCriterion(c.criterion as DecimalCriterion, entry as EvidenceEntry, { at: ctx.at }), verdict);
}

/**
 * Fills in the verdict of an outcome worked out in decimals (status, score as a double with its
 * error bound, the exact score, an audit question's lowest points) and returns the outcome.
 *
 * @example
 * outcomeVerdict(compiled.criteria[0], assumedMet(throatD, { at: '2026-11-28' }), emptyVerdict()).score
 * //=> 100
 */
export function outcomeVerdict(c: CompiledCriterion, outcome: KindOutcome, verdict: Verdict): KindOutcome {
  verdict.status = STATUS_CODES[outcome.status];
  verdict.exact = outcome.score;
  verdict.score = outcome.score.toNumber();
  verdict.error = Math.abs(verdict.score) * Number.EPSILON;
  const found = outcome.found as { points?: number; results?: number[] } | null;
  let least = Number.POSITIVE_INFINITY;
  if (c.kind === 'audit-question' && found) {
    if (Array.isArray(found.results)) for (const p of found.results) least = Math.min(least, p);
    else if (typeof found.points === 'number') least = found.points;
  }
  verdict.minPoints = least;
  return outcome;
}
