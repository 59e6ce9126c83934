import type { Kind } from '../kind.js';
import { documentCriterionSchema, documentEvidenceSchema, documentRequirement, type DocumentCriterion, type DocumentEvidence } from './schema.js';
import { documentPlan, type CompiledDocument } from './plan.js';

/** A document: its status accepted and, when asked, not too old. */
export const document = {
  criterionSchema: documentCriterionSchema,
  evidenceSchema: documentEvidenceSchema,
  requirement: documentRequirement,
  plan: documentPlan,
} satisfies Kind<DocumentCriterion, DocumentEvidence, CompiledDocument>;
