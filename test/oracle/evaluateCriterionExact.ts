import { Decimal } from '../../src/decimal.js';
import type { EvidenceEntry } from '../../src/schema/evidence.js';
import { evaluateAttributeInspection, type AttributeInspectionEvidence } from '../../src/criteria/attributeInspection.js';
import { evaluateAuditQuestion, type AuditQuestionEvidence } from '../../src/criteria/auditQuestion.js';
import type { CertificateEvidence } from '../../src/criteria/certificate.js';
import type { CheckEvidence } from '../../src/criteria/check.js';
import type { Criterion } from '../../src/criteria/criterion.js';
import type { DocumentEvidence } from '../../src/criteria/document.js';
import { evaluateCertificate, evaluateCheck, evaluateDocument } from './kindEvaluations.js';
import { evaluateMeasurement, type MeasurementEvidence } from '../../src/criteria/measurement.js';
import { evaluateMetric, type MetricEvidence } from '../../src/criteria/metric.js';
import type { CriterionContext, KindOutcome } from '../../src/criteria/outcome.js';
import { requirementOf } from '../../src/criteria/requirement.js';

/**
 * Returns the outcome of one criterion for its evidence entry (already checked against the criterion's
 * kind): `missing` without an entry, `not-applicable` when so claimed and allowed, else the kind's own
 * evaluation.
 *
 * @example
 * evaluateCriterionExact(leakTest, undefined, { at: '2026-11-28' }).status
 * //=> 'missing'
 */
export function evaluateCriterionExact(criterion: Criterion, entry: EvidenceEntry | undefined, context: CriterionContext): KindOutcome {
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
    case 'certificate':
      return evaluateCertificate(criterion, entry as unknown as CertificateEvidence, context);
    case 'metric':
      return evaluateMetric(criterion, entry as unknown as MetricEvidence, context);
    case 'document':
      return evaluateDocument(criterion, entry as unknown as DocumentEvidence, context);
    case 'check':
      return evaluateCheck(criterion, entry as unknown as CheckEvidence, context);
    case 'attribute-inspection':
      return evaluateAttributeInspection(criterion, entry as unknown as AttributeInspectionEvidence, context);
  }
}
