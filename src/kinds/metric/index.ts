import { toDecimal } from '../../decimal.js';
import type { Kind } from '../kind.js';
import { metricShortForm } from './shortForm.js';
import { metricDescription } from './describe.js';
import { metricCriterionIssues, metricEntryIssues } from './issues.js';
import { metricCriterionSchema, metricEvidenceSchema, metricRequirement, type MetricCriterion, type MetricEvidence } from './schema.js';
import { metricPlan, type CompiledMetric } from './plan.js';
import { metricBoundaryLimits, metricCaseAt, metricLimitValues, metricStep } from './limitValues.js';

/** A metric: one value against a limit, scored up to a target or by bands. */
export const metric = {
  criterionSchema: metricCriterionSchema,
  evidenceSchema: metricEvidenceSchema,
  requirement: metricRequirement,
  criterionIssues: metricCriterionIssues,
  entryIssues: metricEntryIssues,
  scores(criterion, any) {
    if (criterion.bands) return [[0, 0], ...criterion.bands.map((band) => [band.score, band.score] as const)];
    return [criterion.target !== undefined ? [criterion.scoreAtLimit, 100] : [100, 100], ...(any ? [[0, 0] as const] : [])];
  },
  canEndAs(criterion, status) {
    if (status === 'pass') return !criterion.bands || criterion.bands.some((band) => toDecimal(band.score).gte(100));
    if (status === 'partial') {
      if (criterion.bands) return true;
      return criterion.target !== undefined && !toDecimal(criterion.target).eq(criterion.limit) && toDecimal(criterion.scoreAtLimit).lt(100);
    }
    return status === 'fail';
  },
  describe: metricDescription,
  passingEntry(criterion) {
    if (criterion.target !== undefined) return { value: criterion.target };
    const limit = toDecimal(criterion.limit);
    const meetsLimit = (bound: string) => (criterion.direction === 'higher-is-better' ? toDecimal(bound).gte(limit) : toDecimal(bound).lte(limit));
    const best = (criterion.bands ?? []).filter((band) => meetsLimit(band.bound)).sort((a, b) => toDecimal(b.score).comparedTo(a.score))[0];
    return { value: best ? best.bound : criterion.limit };
  },
  limits: { step: metricStep, values: metricLimitValues, limits: metricBoundaryLimits, caseAt: metricCaseAt },
  shortForm: metricShortForm,
  evidenceSheet: { key: 'metrics', name: 'Metrics', layout: 'rows' },
  resultDecimals: { required: ['limit', 'target'], found: ['value', 'numerator', 'denominator'] },
  findingForms: [['value'], ['numerator', 'denominator']],
  plan: metricPlan,
} satisfies Kind<MetricCriterion, MetricEvidence, CompiledMetric>;
