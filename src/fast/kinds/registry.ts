import type { Criterion, CriterionKind } from '../../criteria/criterion.js';
import type { KindOutcome } from '../../criteria/outcome.js';
import type { Decimal } from '../../decimal.js';
import type { FastContext } from '../fastContext.js';
import type { CompiledCriterion, CompiledProfile, Entry, FastEvidence } from '../plan.js';
import type { Verdict } from '../verdict.js';
import { attributeInspectionPlan } from './attributeInspection.js';
import { auditQuestionPlan } from './auditQuestion.js';
import { certificatePlan } from './certificate.js';
import { checkPlan } from './check.js';
import { documentPlan } from './document.js';
import type { KindPlan, PlanBase } from './kindPlan.js';
import { measurementPlan } from './measurement.js';
import { metricPlan } from './metric.js';

/** The plan of every criterion kind: a kind missing here, or missing a part, does not compile. */
export const KIND_PLANS: { readonly [K in CriterionKind]: KindPlan<K> } = {
  measurement: measurementPlan,
  'audit-question': auditQuestionPlan,
  certificate: certificatePlan,
  metric: metricPlan,
  document: documentPlan,
  check: checkPlan,
  'attribute-inspection': attributeInspectionPlan,
};

/** A kind's plan as the engine calls it: with the criterion and plan entry of that same kind. */
export interface AnyKindPlan {
  compile(criterion: Criterion, base: PlanBase): CompiledCriterion;
  fits(compiled: CompiledProfile, holder: FastEvidence, c: CompiledCriterion, entry: Entry): boolean;
  outcome(ctx: FastContext, c: CompiledCriterion, entry: Entry, holder: FastEvidence, verdict: Verdict): KindOutcome;
  decide(ctx: FastContext, c: CompiledCriterion, entry: Entry, holder: FastEvidence, verdict: Verdict): boolean;
  exactScore(ctx: FastContext, c: CompiledCriterion, entry: Entry, status: number, fast: boolean, verdict: Verdict): Decimal | null;
}

/**
 * Returns the plan of a criterion kind, to be called with criteria and plan entries of that kind.
 *
 * @example
 * planOf('check').fits(compiled, holder, leakTest, { criterion: 'leak-test', value: true })
 * //=> true
 */
export function planOf(kind: CriterionKind): AnyKindPlan {
  return KIND_PLANS[kind] as unknown as AnyKindPlan;
}
