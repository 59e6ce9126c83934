import type { Kind } from '../kind.js';
import { auditQuestionCriterionIssues, auditQuestionEntryIssues } from './issues.js';
import { auditQuestionPlan, leastPoints, type CompiledAudit } from './plan.js';
import { auditQuestionCriterionSchema, auditThresholds, auditQuestionEvidenceSchema, auditQuestionRequirement, evaluateAuditQuestion, type AuditQuestionCriterion, type AuditQuestionEvidence } from './schema.js';

/** An audit question: points for the answer (VDA 6.3 levels), per process step where the audit names them. */
export const auditQuestion = {
  criterionSchema: auditQuestionCriterionSchema,
  evidenceSchema: auditQuestionEvidenceSchema,
  requirement: auditQuestionRequirement,
  criterionIssues: auditQuestionCriterionIssues,
  entryIssues: auditQuestionEntryIssues,
  plan: auditQuestionPlan,
  evaluate: evaluateAuditQuestion,
  leastPoints,
  assumedMetFound: (criterion) => ({ points: auditThresholds(criterion).max }),
} satisfies Kind<AuditQuestionCriterion, AuditQuestionEvidence, CompiledAudit>;
