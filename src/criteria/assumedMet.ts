import { Decimal } from '../decimal.js';
import { kindOf } from '../kinds/registry.js';
import type { Criterion } from './criterion.js';
import type { CriterionContext, JsonValue, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

/**
 * Returns the outcome of a criterion assumed fully met (score 100, status pass), as used to check a
 * path to a pass or a what-if: an audit question is taken at its highest level, so point rules see it
 * as met too.
 *
 * @example
 * assumedMet(throatD, { at: '2026-11-28' }).status
 * //=> 'pass'
 */
export function assumedMet(criterion: Criterion, context: CriterionContext): KindOutcome {
  const found: Record<string, JsonValue> = { assumedMet: true, ...kindOf(criterion.kind).assumedMetFound?.(criterion) };
  return {
    status: 'pass',
    score: new Decimal(100),
    required: requirementOf(criterion, context),
    found,
    why: { code: 'criterion.assumedMet', params: {} },
    shortfall: null,
  };
}
