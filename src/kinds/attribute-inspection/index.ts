import { samplingPlan } from '../../sampling/samplingPlan.js';
import type { Kind } from '../kind.js';
import { attributeInspectionShortForm } from './shortForm.js';
import { attributeInspectionDescription } from './describe.js';
import { attributeInspectionCriterionIssues, attributeInspectionEntryIssues } from './issues.js';
import { attributeInspectionCriterionSchema, attributeInspectionEvidenceSchema, attributeInspectionRequirement, type AttributeInspectionCriterion, type AttributeInspectionEvidence } from './schema.js';
import { attributeInspectionPlan, type CompiledInspection } from './plan.js';

/** An attribute inspection: lots judged by ISO 2859-1 sampling plans and switching rules. */
export const attributeInspection = {
  criterionSchema: attributeInspectionCriterionSchema,
  evidenceSchema: attributeInspectionEvidenceSchema,
  requirement: attributeInspectionRequirement,
  criterionIssues: attributeInspectionCriterionIssues,
  entryIssues: attributeInspectionEntryIssues,
  // The share of lots accepted when earlier lots were rejected.
  scores: () => [[0, 100]],
  canEndAs: (_criterion, status) => status !== 'not-applicable',
  describe: attributeInspectionDescription,
  passingEntry(criterion, fixture) {
    const plan = samplingPlan({
      lotSize: fixture.lotSize,
      aql: criterion.aql,
      level: criterion.level,
      inspection: criterion.inspection === 'switching' ? 'normal' : criterion.inspection,
      edition: criterion.edition,
    });
    return { lots: [{ lotSize: fixture.lotSize, inspected: Math.min(plan.sampleSize, fixture.lotSize), nonconforming: 0 }] };
  },
  shortForm: attributeInspectionShortForm,
  evidenceSheet: { key: 'lots', name: 'Lots', layout: 'items', list: 'lots', aliases: { id: ['lot'], nonconforming: ['defectives'] } },
  plan: attributeInspectionPlan,
} satisfies Kind<AttributeInspectionCriterion, AttributeInspectionEvidence, CompiledInspection>;
