import type { Kind } from '../kind.js';
import { documentShortForm } from './shortForm.js';
import { documentDescription } from './describe.js';
import { documentCriterionSchema, documentEvidenceSchema, documentRequirement, type DocumentCriterion, type DocumentEvidence } from './schema.js';
import { documentPlan, type CompiledDocument } from './plan.js';

/** A document: its status accepted and, when asked, not too old. */
export const document = {
  criterionSchema: documentCriterionSchema,
  evidenceSchema: documentEvidenceSchema,
  requirement: documentRequirement,
  scores: (_criterion, any) => (any ? [[0, 0], [100, 100]] : [[100, 100]]),
  canEndAs: (_criterion, status) => status === 'pass' || status === 'fail',
  describe: documentDescription,
  passingEntry(criterion, fixture) {
    return {
      status: criterion.acceptedStatuses[0] as string,
      ...(criterion.maxAgeDays !== undefined ? { date: fixture.auditDate } : {}),
    };
  },
  shortForm: documentShortForm,
  evidenceSheet: { key: 'documents', name: 'Documents', layout: 'rows' },
  plan: documentPlan,
} satisfies Kind<DocumentCriterion, DocumentEvidence, CompiledDocument>;
