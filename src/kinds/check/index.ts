import type { Kind } from '../kind.js';
import { checkCriterionSchema, checkEvidenceSchema, checkRequirement, type CheckCriterion, type CheckEvidence } from './schema.js';
import { checkPlan, type CompiledCheck } from './plan.js';

/** A yes/no check: the answer as expected. */
export const check = {
  criterionSchema: checkCriterionSchema,
  evidenceSchema: checkEvidenceSchema,
  requirement: checkRequirement,
  plan: checkPlan,
} satisfies Kind<CheckCriterion, CheckEvidence, CompiledCheck>;
