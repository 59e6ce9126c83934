import type { Kind } from '../kind.js';
import { auditQuestionPlan, leastPoints, type CompiledAudit } from './plan.js';
import { auditQuestionCriterionSchema, auditQuestionEvidenceSchema, auditQuestionRequirement, evaluateAuditQuestion, type AuditQuestionCriterion, type AuditQuestionEvidence } from './schema.js';

/** An audit question: points for the answer (VDA 6.3 levels), per process step where the audit names them. */
export const auditQuestion = {
  criterionSchema: auditQuestionCriterionSchema,
  evidenceSchema: auditQuestionEvidenceSchema,
  requirement: auditQuestionRequirement,
  plan: auditQuestionPlan,
  evaluate: evaluateAuditQuestion,
  leastPoints,
} satisfies Kind<AuditQuestionCriterion, AuditQuestionEvidence, CompiledAudit>;
