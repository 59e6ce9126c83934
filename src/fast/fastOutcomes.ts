import type { KindOutcome } from '../criteria/outcome.js';
import { requirementOf } from '../criteria/requirement.js';
import { ZERO, type FastContext } from './fastContext.js';
import { jsonClone } from './jsonClone.js';
import { kindOf, planOf } from '../kinds/registry.js';
import { MISSING, NOT_APPLICABLE, type CompiledCriterion, type FastEvidence } from './plan.js';
import { verdictOf, type Verdict } from './verdict.js';

function requiredOf(ctx: FastContext, c: CompiledCriterion) {
  return c.required === null ? requirementOf(c.criterion, { at: ctx.at }) : jsonClone(c.required);
}

/**
 * Returns the outcome of one criterion for its entry by the kind's plan (missing without an entry,
 * not applicable when so claimed), and fills in the verdict.
 *
 * @example
 * fastOutcome(ctx, compiled.criteria[3], holder, emptyVerdict()).status
 * //=> 'fail'
 */
export function fastOutcome(ctx: FastContext, c: CompiledCriterion, holder: FastEvidence, verdict: Verdict): KindOutcome {
  const entry = holder.entries[c.index];
  if (entry === undefined) {
    verdict.status = MISSING;
    verdict.score = 0;
    verdict.error = 0;
    verdict.minPoints = Number.POSITIVE_INFINITY;
    verdict.exact = ZERO;
    return { status: 'missing', score: ZERO, required: requiredOf(ctx, c), found: null, why: { code: 'criterion.missing', params: {} }, shortfall: null };
  }
  if (entry.notApplicable === true) {
    const reason = (entry.reason as string | undefined) ?? '';
    verdict.status = NOT_APPLICABLE;
    verdict.score = 0;
    verdict.error = 0;
    verdict.minPoints = Number.POSITIVE_INFINITY;
    verdict.exact = ZERO;
    return {
      status: 'not-applicable',
      score: ZERO,
      required: requiredOf(ctx, c),
      found: reason ? { reason } : {},
      why: { code: 'criterion.notApplicable', params: { reason } },
      shortfall: null,
    };
  }
  return planOf(c.kind).outcome(ctx, c, entry, holder, verdict);
}

/**
 * Sets a verdict to an outcome worked out in decimal arithmetic (one taken as met, or one its gate
 * gives), with the smallest point result the outcome shows when its kind has points; returns the
 * outcome.
 *
 * @example
 * outcomeVerdict(compiled.criteria[5], { status: 'pass', score: new Decimal(100), found: { points: 8 }, ... }, emptyVerdict()).status
 * //=> 'pass'
 */
export function outcomeVerdict(c: CompiledCriterion, outcome: KindOutcome, verdict: Verdict): KindOutcome {
  const kind = kindOf(c.kind);
  return verdictOf(outcome, verdict, kind.leastPoints !== undefined && outcome.found !== null ? kind.leastPoints(outcome.found) : Number.POSITIVE_INFINITY);
}

