import type { Criterion, CriterionKind } from '../criteria/criterion.js';
import type { JsonValue, KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';

import type { FastContext } from '../fast/fastContext.js';
import type { CompiledCriterion, CompiledProfile, Entry, FastEvidence } from '../fast/plan.js';
import type { Verdict } from '../fast/verdict.js';

/**
 * What every kind's plan entry starts from: its place in the profile, its weight, the criterion and
 * the `required` of its results (worked out once, with no evaluation date).
 */
export interface PlanBase<K extends CriterionKind = CriterionKind> {
  readonly index: number;
  readonly category: number;
  readonly weight: number;
  readonly weightExact: Decimal;
  readonly kind: K;
  readonly criterion: Extract<Criterion, { kind: K }>;
  readonly required: Readonly<Record<string, JsonValue>>;
}

/** The plan entry of a criterion of kind `K`. */
export type CompiledOf<K extends CriterionKind> = Extract<CompiledCriterion, { kind: K }>;

/**
 * Everything the plan does particular to one criterion kind. The registry lists one for every kind,
 * so a kind without one of these parts does not compile.
 */
export interface KindPlan<K extends CriterionKind> {
  /** The criterion's plan entry: limits as decimals and doubles, requirements worked out once. */
  compile(criterion: Extract<Criterion, { kind: K }>, base: PlanBase<K>): CompiledOf<K>;
  /** Whether an entry is valid for the criterion and plainly so (reads measured values into the holder). */
  fits(compiled: CompiledProfile, holder: FastEvidence, c: CompiledOf<K>, entry: Entry): boolean;
  /** The outcome of an entry (not missing, not not-applicable), with the verdict filled in. */
  outcome(ctx: FastContext, c: CompiledOf<K>, entry: Entry, holder: FastEvidence, verdict: Verdict): KindOutcome;
  /** The verdict of an entry only, for screening; true when doubles decided it, false when decimals did. */
  decide(ctx: FastContext, c: CompiledOf<K>, entry: Entry, holder: FastEvidence, verdict: Verdict): boolean;
  /**
   * The exact score of an entry whose verdict is known (`status`, and `fast` as `decide` returned it),
   * or null when the kind's decimal evaluation is to work it out (kinds without one always answer).
   */
  exactScore(ctx: FastContext, c: CompiledOf<K>, entry: Entry, status: number, fast: boolean, verdict: Verdict): Decimal | null;
}
