import { Decimal } from '../decimal.js';
import { kindOf } from '../kinds/registry.js';
import type { EvidenceEntry } from '../schema/evidence.js';
import type { Criterion } from './criterion.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

/**
 * Returns whether a criterion's kind has a decimal evaluation (the others are decided by their plan
 * in whole numbers and days alone).
 *
 * @example
 * hasDecimalEvaluation(leakTest)
 * //=> false
 */
export function hasDecimalEvaluation(criterion: Criterion): boolean {
  return kindOf(criterion.kind).evaluate !== undefined;
}

/**
 * Returns the outcome of one criterion for its evidence entry (already checked against the criterion's
 * kind) by the kind's decimal evaluation: `missing` without an entry, `not-applicable` when so claimed
 * and allowed, else the kind's own evaluation.
 *
 * @example
 * evaluateCriterion(leakTest, undefined, { at: '2026-11-28' }).status
 * //=> 'missing'
 */
export function evaluateCriterion(criterion: Criterion, entry: EvidenceEntry | undefined, context: CriterionContext): KindOutcome {
  if (entry === undefined) {
    return { status: 'missing', score: new Decimal(0), required: requirementOf(criterion, context), found: null, why: { code: 'criterion.missing', params: {} }, shortfall: null };
  }
  if ((entry as { notApplicable?: boolean }).notApplicable === true) {
    const reason = (entry as { reason?: string }).reason ?? '';
    return { status: 'not-applicable', score: new Decimal(0), required: requirementOf(criterion, context), found: reason ? { reason } : {}, why: { code: 'criterion.notApplicable', params: { reason } }, shortfall: null };
  }
  const kind = kindOf(criterion.kind);
  return (kind.evaluate as NonNullable<typeof kind.evaluate>)(criterion, entry, context);
}
