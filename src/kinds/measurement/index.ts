import { capabilityWarnings, toleranceWarnings } from './lint.js';
import type { Kind } from '../kind.js';
import { measurementShortForm } from './shortForm.js';
import { measurementDescription } from './describe.js';
import { measurementCriterionIssues, measurementEntryIssues } from './issues.js';
import { measurementCriterionSchema, measurementEvidenceSchema, measurementRequirement, type MeasurementCriterion, type MeasurementEvidence } from './schema.js';
import { measurementPlan, type CompiledMeasurement } from './plan.js';
import { stabilityGap } from './stabilityRequirement.js';
import { gatedOutcome, gatedStatus, gaugeOfResult, ownOfResult } from '../gauge-study/gate.js';
import { measurementCaseAt, passingValues } from './fixtureValues.js';
import { MEASUREMENT_LIMIT_FIELDS, measurementBoundaryLimits, measurementLimitValues, measurementStep } from './limitValues.js';


const hasPartialCredit = (criterion: MeasurementCriterion): boolean => criterion.partialFromShare !== undefined || criterion.capability?.partialFrom !== undefined;
/** A measurement: measured values against specification limits, with an optional capability requirement. */
export const measurement = {
  criterionSchema: measurementCriterionSchema,
  evidenceSchema: measurementEvidenceSchema,
  requirement: measurementRequirement,
  criterionIssues: measurementCriterionIssues,
  entryIssues: measurementEntryIssues,
  // Partial credit from a conforming share or from a capability index short of its minimum.
  scores: (criterion, any) => (hasPartialCredit(criterion) ? [[0, 100]] : any ? [[0, 0], [100, 100]] : [[100, 100]]),
  canEndAs: (criterion, status) => status !== 'not-applicable' && (status !== 'partial' || hasPartialCredit(criterion)),
  describe: measurementDescription,
  passingEntry(criterion) {
    return { values: passingValues(criterion) };
  },
  limits: { step: measurementStep, values: measurementLimitValues, limits: measurementBoundaryLimits, caseAt: measurementCaseAt },
  shortForm: measurementShortForm,
  evidenceSheet: { key: 'measurements', name: 'Measurements', layout: 'columns' },
  resultDecimals: { required: ['lsl', 'usl', 'nominal', 'requiredShare'], found: ['min', 'max', 'mean', 'worstExcursion', 'conformingShare'] },
  drawing: { limitFields: MEASUREMENT_LIMIT_FIELDS },
  lintWarnings: (criterion, at) => [...toleranceWarnings(criterion, at), ...capabilityWarnings(criterion, at)],
  plan: measurementPlan,
  // A measurement that names its gauge is gated by the gauge study's verdict.
  links: { gate: { by: (criterion) => criterion.gauge, status: gatedStatus, outcome: gatedOutcome, gatedIn: gaugeOfResult, ownIn: ownOfResult } },
  ownGap: (criterion, why, found) => stabilityGap(why.code, found, criterion.capability?.requireStable),
} satisfies Kind<MeasurementCriterion, MeasurementEvidence, CompiledMeasurement>;
