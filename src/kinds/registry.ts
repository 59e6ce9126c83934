/**
 * The criterion kinds. Each kind is one folder, `src/kinds/<kind>/`, named as its `kind` is written
 * in profiles, holding what is particular to it:
 * - `schema.ts`: the criterion and evidence schemas and their types (and the kind's evaluation in
 *   decimal arithmetic, when its plan needs one near a limit or for what it does not read);
 * - `plan.ts`: its plan (`KindPlan` in `../kindPlan.ts`): `compile` (the plan entry: limits as
 *   decimals and doubles, the requirement worked out once), `fits` (the structural check of an
 *   entry), `outcome`, `decide` (the verdict alone, for screening) and `exactScore`;
 * - files of its own beside them (the measurement's capability requirement and study figures).
 * Adding a kind adds its folder and one line to each list below; a kind missing from a list, or a
 * plan missing a part, does not compile.
 */
import type { Criterion, CriterionKind } from '../criteria/criterion.js';
import type { KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import type { FastContext } from '../fast/fastContext.js';
import type { CompiledCriterion, CompiledProfile, Entry, FastEvidence } from '../fast/plan.js';
import type { Verdict } from '../fast/verdict.js';
import { attributeInspectionPlan } from './attribute-inspection/plan.js';
import { auditQuestionPlan } from './audit-question/plan.js';
import { certificatePlan } from './certificate/plan.js';
import { checkPlan } from './check/plan.js';
import { documentPlan } from './document/plan.js';
import type { KindPlan, PlanBase } from './kindPlan.js';
import { measurementPlan } from './measurement/plan.js';
import { metricPlan } from './metric/plan.js';

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
