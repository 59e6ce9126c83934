import { Decimal } from '../decimal.js';
import type { EvidenceEntry } from '../schema/evidence.js';
import { evaluateAttributeInspection, type AttributeInspectionEvidence } from '../kinds/attribute-inspection/schema.js';
import { evaluateAuditQuestion, type AuditQuestionEvidence } from '../kinds/audit-question/schema.js';
import type { Criterion } from './criterion.js';
import { evaluateMeasurement, type MeasurementEvidence } from '../kinds/measurement/schema.js';
import { evaluateMetric, type MetricEvidence } from '../kinds/metric/schema.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

/** The kinds whose decimal evaluation the plan uses near a limit or for what it does not read. */
export type DecimalCriterion = Extract<Criterion, { kind: 'measurement' | 'audit-question' | 'metric' | 'attribute-inspection' }>;

const DECIMAL_KINDS: ReadonlySet<string> = new Set<DecimalCriterion['kind']>(['measurement', 'audit-question', 'metric', 'attribute-inspection']);

/**
 * Returns whether a criterion's kind has a decimal evaluation (the others are decided by their plan
 * in whole numbers and days alone).
 *
 * @example
 * hasDecimalEvaluation(leakTest)
 * //=> false
 */
export function hasDecimalEvaluation(criterion: Criterion): criterion is DecimalCriterion {
  return DECIMAL_KINDS.has(criterion.kind);
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
export function evaluateCriterion(criterion: DecimalCriterion, entry: EvidenceEntry | undefined, context: CriterionContext): KindOutcome {
  if (entry === undefined) {
    return { status: 'missing', score: new Decimal(0), required: requirementOf(criterion, context), found: null, why: { code: 'criterion.missing', params: {} }, shortfall: null };
  }
  if ((entry as { notApplicable?: boolean }).notApplicable === true) {
    const reason = (entry as { reason?: string }).reason ?? '';
    return { status: 'not-applicable', score: new Decimal(0), required: requirementOf(criterion, context), found: reason ? { reason } : {}, why: { code: 'criterion.notApplicable', params: { reason } }, shortfall: null };
  }
  switch (criterion.kind) {
    case 'measurement':
      return evaluateMeasurement(criterion, entry as unknown as MeasurementEvidence, context);
    case 'audit-question':
      return evaluateAuditQuestion(criterion, entry as unknown as AuditQuestionEvidence, context);
    case 'metric':
      return evaluateMetric(criterion, entry as unknown as MetricEvidence, context);
    case 'attribute-inspection':
      return evaluateAttributeInspection(criterion, entry as unknown as AttributeInspectionEvidence, context);
  }
}
