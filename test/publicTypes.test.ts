/**
 * The root entry names the criterion and evidence types of each kind (docs/api.md: "one type per
 * kind"), each the same type as the member of the criterion union and the evidence entry of that kind.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AttributeInspectionCriterion,
  AttributeInspectionEvidence,
  AuditQuestionCriterion,
  AuditQuestionEvidence,
  CertificateCriterion,
  CertificateEvidence,
  CheckCriterion,
  CheckEvidence,
  Criterion,
  DocumentCriterion,
  DocumentEvidence,
  EvidenceEntryFor,
  GaugeStudyCriterion,
  GaugeStudyEvidence,
  MeasurementCriterion,
  MeasurementEvidence,
  MetricCriterion,
  MetricEvidence,
} from '../src/index.js';

type Of<K extends Criterion['kind']> = Extract<Criterion, { kind: K }>;

describe('the root entry types', () => {
  it('name the criterion type of each kind', () => {
    expectTypeOf<MeasurementCriterion>().toEqualTypeOf<Of<'measurement'>>();
    expectTypeOf<AuditQuestionCriterion>().toEqualTypeOf<Of<'audit-question'>>();
    expectTypeOf<CertificateCriterion>().toEqualTypeOf<Of<'certificate'>>();
    expectTypeOf<MetricCriterion>().toEqualTypeOf<Of<'metric'>>();
    expectTypeOf<DocumentCriterion>().toEqualTypeOf<Of<'document'>>();
    expectTypeOf<CheckCriterion>().toEqualTypeOf<Of<'check'>>();
    expectTypeOf<AttributeInspectionCriterion>().toEqualTypeOf<Of<'attribute-inspection'>>();
    expectTypeOf<GaugeStudyCriterion>().toEqualTypeOf<Of<'gauge-study'>>();
  });

  it('name the evidence entry type of each kind', () => {
    expectTypeOf<MeasurementEvidence>().toEqualTypeOf<EvidenceEntryFor<'measurement'>>();
    expectTypeOf<AuditQuestionEvidence>().toEqualTypeOf<EvidenceEntryFor<'audit-question'>>();
    expectTypeOf<CertificateEvidence>().toEqualTypeOf<EvidenceEntryFor<'certificate'>>();
    expectTypeOf<MetricEvidence>().toEqualTypeOf<EvidenceEntryFor<'metric'>>();
    expectTypeOf<DocumentEvidence>().toEqualTypeOf<EvidenceEntryFor<'document'>>();
    expectTypeOf<CheckEvidence>().toEqualTypeOf<EvidenceEntryFor<'check'>>();
    expectTypeOf<AttributeInspectionEvidence>().toEqualTypeOf<EvidenceEntryFor<'attribute-inspection'>>();
    expectTypeOf<GaugeStudyEvidence>().toEqualTypeOf<EvidenceEntryFor<'gauge-study'>>();
  });
});
