import { Decimal } from '../../decimal.js';
import { smallest } from '../../lists/smallest.js';
import type { Kind } from '../kind.js';
import { auditQuestionShortForm } from './shortForm.js';
import { auditQuestionDescription } from './describe.js';
import { auditQuestionCriterionIssues, auditQuestionEntryIssues } from './issues.js';
import { auditQuestionPlan, leastPoints, type CompiledAudit } from './plan.js';
import { auditQuestionCriterionSchema, auditThresholds, auditQuestionEvidenceSchema, auditQuestionRequirement, type AuditQuestionCriterion, type AuditQuestionEvidence } from './schema.js';

/** An audit question: points for the answer (VDA 6.3 levels), per process step where the audit names them. */
export const auditQuestion = {
  criterionSchema: auditQuestionCriterionSchema,
  evidenceSchema: auditQuestionEvidenceSchema,
  requirement: auditQuestionRequirement,
  criterionIssues: auditQuestionCriterionIssues,
  entryIssues: auditQuestionEntryIssues,
  // Several results for one question are averaged, so any score between the levels can occur.
  scores(criterion, any) {
    const { max, failBelow } = auditThresholds(criterion);
    const lowest = smallest(criterion.levels);
    const from = any ? lowest : Math.max(lowest, failBelow);
    return [[new Decimal(from).div(max).times(100), 100], ...(any ? [[0, 0] as const] : [])];
  },
  canEndAs(criterion, status, missingCountsAsFail) {
    const { failBelow, passPoints } = auditThresholds(criterion);
    if (status === 'not-applicable') return criterion.allowNotApplicable;
    if (status === 'fail') return missingCountsAsFail || smallest(criterion.levels) < failBelow;
    return status === 'pass' || failBelow < passPoints;
  },
  points: {
    levels: (criterion) => criterion.levels,
    star: (criterion) => criterion.star,
    groups: (criterion) => [criterion.element, criterion.subElement].filter((id) => id !== undefined),
  },
  describe: auditQuestionDescription,
  passingEntry(criterion) {
    return { points: auditThresholds(criterion).max };
  },
  shortForm: auditQuestionShortForm,
  evidenceSheet: { key: 'audit', name: 'Audit answers', layout: 'steps', list: 'steps', aliases: { notApplicable: ['na'] } },
  findingForms: [['points'], ['results'], ['steps'], ['notApplicable', 'reason']],
  plan: auditQuestionPlan,
  leastPoints,
  assumedMetFound: (criterion) => ({ points: auditThresholds(criterion).max }),
} satisfies Kind<AuditQuestionCriterion, AuditQuestionEvidence, CompiledAudit>;
