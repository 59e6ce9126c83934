import type { Kind } from '../kind.js';
import { gaugeStudyShortForm } from './shortForm.js';
import { gaugeStudyDescription } from './describe.js';
import { GAUGE_CONDITIONAL_SCORE, gaugeStudyCriterionSchema, gaugeStudyEntryIssues, gaugeStudyEvidenceSchema, gaugeStudyRequirement, type GaugeStudyCriterion, type GaugeStudyEvidence } from './schema.js';
import { gaugeStudyPlan, type CompiledGaugeStudy } from './plan.js';
import { linkedGaugeStudy } from './gate.js';
import { gaugeLinkIssues, gaugeLinkWarnings } from './links.js';


/**
 * A gauge study that passes on any basis and any minimum of distinct categories: five parts of
 * different values, measured alike by two operators twice (no gauge variation at all: %GRR 0).
 */
const PASSING_GAUGE_STUDY = () =>
  ['1', '2', '3', '4', '5'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part, operator, trial, value: part }))));

/** A gauge study (measurement-system analysis): a crossed gauge R&R judged by AIAG MSA 4th ed. */
export const gaugeStudy = {
  criterionSchema: gaugeStudyCriterionSchema,
  evidenceSchema: gaugeStudyEvidenceSchema,
  requirement: gaugeStudyRequirement,
  // Acceptable 100, conditionally acceptable 50 (partial credit), not acceptable 0.
  scores: (_criterion, any) => (any ? [[0, 0], [GAUGE_CONDITIONAL_SCORE, GAUGE_CONDITIONAL_SCORE], [100, 100]] : [[GAUGE_CONDITIONAL_SCORE, GAUGE_CONDITIONAL_SCORE], [100, 100]]),
  canEndAs: (_criterion, status) => status !== 'not-applicable',
  describe: gaugeStudyDescription,
  passingEntry(_criterion) {
    return { measurements: PASSING_GAUGE_STUDY() };
  },
  shortForm: gaugeStudyShortForm,
  evidenceSheet: { key: 'gaugeStudies', name: 'Gauge studies', layout: 'items', list: 'measurements', aliases: { operator: ['appraiser'] } },
  plan: gaugeStudyPlan,
  links: { linked: linkedGaugeStudy, issues: gaugeLinkIssues, warnings: gaugeLinkWarnings },
  entryIssues: gaugeStudyEntryIssues,
} satisfies Kind<GaugeStudyCriterion, GaugeStudyEvidence, CompiledGaugeStudy>;
