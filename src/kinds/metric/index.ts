import type { Kind } from '../kind.js';
import { metricCriterionIssues, metricEntryIssues } from './issues.js';
import { metricCriterionSchema, metricEvidenceSchema, metricRequirement, evaluateMetric, type MetricCriterion, type MetricEvidence } from './schema.js';
import { metricPlan, type CompiledMetric } from './plan.js';

/** A metric: one value against a limit, scored up to a target or by bands. */
export const metric = {
  criterionSchema: metricCriterionSchema,
  evidenceSchema: metricEvidenceSchema,
  requirement: metricRequirement,
  criterionIssues: metricCriterionIssues,
  entryIssues: metricEntryIssues,
  plan: metricPlan,
  evaluate: evaluateMetric,
} satisfies Kind<MetricCriterion, MetricEvidence, CompiledMetric>;
