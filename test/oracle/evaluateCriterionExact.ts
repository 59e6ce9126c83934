import type { Criterion } from '../../src/criteria/criterion.js';
import { evaluateCriterion, hasDecimalEvaluation } from '../../src/criteria/evaluateCriterion.js';
import type { CriterionContext, KindOutcome } from '../../src/criteria/outcome.js';
import type { EvidenceEntry } from '../../src/schema/evidence.js';
import { evaluateCertificate, evaluateCheck, evaluateDocument, evaluateGaugeStudyExact } from './kindEvaluations.js';
import type { GaugeStudyEvidence } from '../../src/kinds/gauge-study/schema.js';

/** The oracle's own evaluations of the kinds the library decides by their plan alone, by kind. */
const PLAN_ONLY_EVALUATIONS: Readonly<Record<string, (criterion: never, entry: never, context: CriterionContext) => KindOutcome>> = {
  certificate: evaluateCertificate,
  document: evaluateDocument,
  check: evaluateCheck,
};

/**
 * Returns the outcome of one criterion for its evidence entry in decimal arithmetic only, for every
 * kind: the oracle's dispatch. Missing and not-applicable entries and the kinds with a decimal
 * evaluation in the library go to `evaluateCriterion`; certificates, documents and checks to the
 * oracle's own evaluations; a gauge study too, with the limits of its characteristic among `criteria`
 * (the profile's criteria by id).
 *
 * @example
 * evaluateCriterionExact(leakTest, { criterion: 'leak-test', value: false }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateCriterionExact(criterion: Criterion, entry: EvidenceEntry | undefined, context: CriterionContext, criteria: ReadonlyMap<string, Criterion> = new Map()): KindOutcome {
  if (entry === undefined || (entry as { notApplicable?: boolean }).notApplicable === true || hasDecimalEvaluation(criterion)) {
    return evaluateCriterion(criterion, entry, context);
  }
  if (criterion.kind === 'gauge-study') return evaluateGaugeStudyExact(criterion, entry as unknown as GaugeStudyEvidence, criteria);
  const evaluate = PLAN_ONLY_EVALUATIONS[criterion.kind] as ((criterion: Criterion, entry: EvidenceEntry, context: CriterionContext) => KindOutcome) | undefined;
  if (evaluate === undefined) throw new Error(`The oracle has no evaluation of kind ${criterion.kind}`);
  return evaluate(criterion, entry, context);
}
