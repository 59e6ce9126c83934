import type { Kind } from '../kind.js';
import { checkShortForm } from './shortForm.js';
import { checkDescription } from './describe.js';
import { checkCriterionSchema, checkEvidenceSchema, checkRequirement, type CheckCriterion, type CheckEvidence } from './schema.js';
import { checkPlan, type CompiledCheck } from './plan.js';

/** A yes/no check: the answer as expected. */
export const check = {
  criterionSchema: checkCriterionSchema,
  evidenceSchema: checkEvidenceSchema,
  requirement: checkRequirement,
  scores: (_criterion, any) => (any ? [[0, 0], [100, 100]] : [[100, 100]]),
  canEndAs: (_criterion, status) => status === 'pass' || status === 'fail',
  describe: checkDescription,
  passingEntry(criterion) {
    return { value: criterion.expected };
  },
  shortForm: checkShortForm,
  evidenceSheet: { key: 'checks', name: 'Checks', layout: 'rows', aliases: { value: ['answer'] } },
  plan: checkPlan,
} satisfies Kind<CheckCriterion, CheckEvidence, CompiledCheck>;
