import type { Kind } from '../kind.js';
import { measurementCriterionIssues, measurementEntryIssues } from './issues.js';
import { measurementCriterionSchema, measurementEvidenceSchema, measurementRequirement, evaluateMeasurement, type MeasurementCriterion, type MeasurementEvidence } from './schema.js';
import { measurementPlan, type CompiledMeasurement } from './plan.js';
import { stabilityGap } from './stabilityRequirement.js';

/** A measurement: measured values against specification limits, with an optional capability requirement. */
export const measurement = {
  criterionSchema: measurementCriterionSchema,
  evidenceSchema: measurementEvidenceSchema,
  requirement: measurementRequirement,
  criterionIssues: measurementCriterionIssues,
  entryIssues: measurementEntryIssues,
  plan: measurementPlan,
  evaluate: evaluateMeasurement,
  ownGap: (criterion, why, found) => stabilityGap(why.code, found, criterion.capability?.requireStable),
} satisfies Kind<MeasurementCriterion, MeasurementEvidence, CompiledMeasurement>;
