import type { Kind } from '../kind.js';
import { gaugeStudyDescription } from './describe.js';
import { GAUGE_CONDITIONAL_SCORE, gaugeStudyCriterionSchema, gaugeStudyEntryIssues, gaugeStudyEvidenceSchema, gaugeStudyRequirement, type GaugeStudyCriterion, type GaugeStudyEvidence } from './schema.js';
import { gaugeStudyPlan, type CompiledGaugeStudy } from './plan.js';

/** A gauge study (measurement-system analysis): a crossed gauge R&R judged by AIAG MSA 4th ed. */
export const gaugeStudy = {
  criterionSchema: gaugeStudyCriterionSchema,
  evidenceSchema: gaugeStudyEvidenceSchema,
  requirement: gaugeStudyRequirement,
  // Acceptable 100, conditionally acceptable 50 (partial credit), not acceptable 0.
  scores: (_criterion, any) => (any ? [[0, 0], [GAUGE_CONDITIONAL_SCORE, GAUGE_CONDITIONAL_SCORE], [100, 100]] : [[GAUGE_CONDITIONAL_SCORE, GAUGE_CONDITIONAL_SCORE], [100, 100]]),
  canEndAs: (_criterion, status) => status !== 'not-applicable',
  describe: gaugeStudyDescription,
  plan: gaugeStudyPlan,
  entryIssues: gaugeStudyEntryIssues,
} satisfies Kind<GaugeStudyCriterion, GaugeStudyEvidence, CompiledGaugeStudy>;
