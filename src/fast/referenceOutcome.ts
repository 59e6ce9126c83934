import { evaluateCriterion } from '../criteria/evaluateCriterion.js';
import type { KindOutcome } from '../criteria/outcome.js';
import { kindOf } from '../kinds/registry.js';
import type { EvidenceEntry } from '../schema/evidence.js';
import type { FastContext } from './fastContext.js';
import type { CompiledCriterion } from './plan.js';
import { verdictOf, type Verdict } from './verdict.js';

/**
 * Returns the outcome of one criterion of a kind with a decimal evaluation by that evaluation
 * (`evaluateCriterion`), with the verdict read from it.
 *
 * @example
 * referenceOutcome(ctx, compiled.criteria[1], { criterion: 'otd', value: '89.99' }, emptyVerdict()).status
 * //=> 'fail'
 */
export function referenceOutcome(ctx: FastContext, c: CompiledCriterion, entry: object, verdict: Verdict): KindOutcome {
  return outcomeVerdict(c, evaluateCriterion(c.criterion, entry as EvidenceEntry, { at: ctx.at }), verdict);
}

/**
 * Sets a verdict to an outcome worked out in decimal arithmetic, with the smallest point result the
 * outcome shows when its kind has points; returns the outcome.
 *
 * @example
 * outcomeVerdict(compiled.criteria[5], { status: 'pass', score: new Decimal(100), found: { points: 8 }, ... }, emptyVerdict()).status
 * //=> 'pass'
 */
export function outcomeVerdict(c: CompiledCriterion, outcome: KindOutcome, verdict: Verdict): KindOutcome {
  const kind = kindOf(c.kind);
  return verdictOf(outcome, verdict, kind.leastPoints !== undefined && outcome.found !== null ? kind.leastPoints(outcome.found) : Number.POSITIVE_INFINITY);
}
