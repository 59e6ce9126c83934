import type { Criterion } from '../../src/criteria/criterion.js';
import type { CriterionContext, KindOutcome } from '../../src/criteria/outcome.js';
import { requirementOf } from '../../src/criteria/requirement.js';
import { Decimal } from '../../src/decimal.js';
import type { EvidenceEntry } from '../../src/schema/evidence.js';
import { evaluateCertificate, evaluateCheck, evaluateDocument, evaluateGaugeStudyExact } from './kindEvaluations.js';
import { evaluateAttributeInspection, evaluateAuditQuestion, evaluateMeasurement, evaluateMetric } from './decimalEvaluations.js';
import type { GaugeStudyEvidence } from '../../src/kinds/gauge-study/schema.js';

/** The oracle's own evaluation of every kind but the gauge study (which reads its characteristic), by kind. */
const EVALUATIONS: Readonly<Record<string, (criterion: never, entry: never, context: CriterionContext) => KindOutcome>> = {
  measurement: evaluateMeasurement,
  metric: evaluateMetric,
  'audit-question': evaluateAuditQuestion,
  'attribute-inspection': evaluateAttributeInspection,
  certificate: evaluateCertificate,
  document: evaluateDocument,
  check: evaluateCheck,
};

/**
 * Returns the outcome of one criterion for its evidence entry in decimal arithmetic only, for every
 * kind: the oracle's dispatch. `missing` without an entry, `not-applicable` when so claimed, else the
 * oracle's evaluation of the kind; a gauge study's with the limits of its characteristic among
 * `criteria` (the profile's criteria by id).
 *
 * @example
 * evaluateCriterionExact(leakTest, { criterion: 'leak-test', value: false }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateCriterionExact(criterion: Criterion, entry: EvidenceEntry | undefined, context: CriterionContext, criteria: ReadonlyMap<string, Criterion> = new Map()): KindOutcome {
  if (entry === undefined) {
    return { status: 'missing', score: new Decimal(0), required: requirementOf(criterion, context), found: null, why: { code: 'criterion.missing', params: {} }, shortfall: null };
  }
  if ((entry as { notApplicable?: boolean }).notApplicable === true) {
    const reason = (entry as { reason?: string }).reason ?? '';
    return { status: 'not-applicable', score: new Decimal(0), required: requirementOf(criterion, context), found: reason ? { reason } : {}, why: { code: 'criterion.notApplicable', params: { reason } }, shortfall: null };
  }
  if (criterion.kind === 'gauge-study') return evaluateGaugeStudyExact(criterion, entry as unknown as GaugeStudyEvidence, criteria);
  const evaluate = EVALUATIONS[criterion.kind] as ((criterion: Criterion, entry: EvidenceEntry, context: CriterionContext) => KindOutcome) | undefined;
  if (evaluate === undefined) throw new Error(`The oracle has no evaluation of kind ${criterion.kind}`);
  return evaluate(criterion, entry, context);
}
