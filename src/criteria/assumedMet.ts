import { Decimal } from '../decimal.js';
import { auditThresholds } from '../kinds/audit-question/schema.js';
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
  const found: Record<string, JsonValue> =
    criterion.kind === 'audit-question' ? { assumedMet: true, points: auditThresholds(criterion).max } : { assumedMet: true };
  return {
    status: 'pass',
    score: new Decimal(100),
    required: requirementOf(criterion, context),
    found,
    why: { code: 'criterion.assumedMet', params: {} },
    shortfall: null,
  };
}
