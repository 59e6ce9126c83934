import type { Kind } from '../kind.js';
import { certificateEntryIssues } from './issues.js';
import { certificateCriterionSchema, certificateEvidenceSchema, certificateRequirement, type CertificateCriterion, type CertificateEvidence } from './schema.js';
import { certificatePlan, type CompiledCertificate } from './plan.js';

/** A certificate: a standard held and valid on the evaluation date, with days to spare. */
export const certificate = {
  criterionSchema: certificateCriterionSchema,
  evidenceSchema: certificateEvidenceSchema,
  requirement: certificateRequirement,
  entryIssues: certificateEntryIssues,
  plan: certificatePlan,
} satisfies Kind<CertificateCriterion, CertificateEvidence, CompiledCertificate>;
