import type { JsonValue, KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import type { FastContext } from '../fast/fastContext.js';
import type { CompiledBase, Entry, FastEvidence, PlanCaches } from '../fast/planParts.js';
import type { Verdict } from '../fast/verdict.js';

/**
 * What every kind's plan entry starts from: its place in the profile, its weight, the criterion and
 * the `required` of its results (worked out once, with no evaluation date).
 */
export interface PlanBase<C extends { readonly kind: string }> {
  readonly index: number;
  readonly category: number;
  readonly weight: number;
  readonly weightExact: Decimal;
  readonly kind: C['kind'];
  readonly criterion: C;
  readonly required: Readonly<Record<string, JsonValue>>;
}

/**
 * Everything the plan does particular to one criterion kind, for criteria `C` with plan entries `P`.
 * The registry lists one for every kind, so a kind without one of these parts does not compile.
 */
export interface KindPlan<C extends { readonly kind: string }, P extends CompiledBase<C['kind'], C>> {
  /** The criterion's plan entry: limits as decimals and doubles, requirements worked out once. */
  compile(criterion: C, base: PlanBase<C>): P;
  /** Whether an entry is valid for the criterion and plainly so (reads measured values into the holder). */
  fits(caches: PlanCaches, holder: FastEvidence, c: P, entry: Entry): boolean;
  /** The outcome of any valid entry (not missing, not not-applicable), with the verdict filled in. */
  outcome(ctx: FastContext, c: P, entry: Entry, holder: FastEvidence, verdict: Verdict): KindOutcome;
  /** The verdict of an entry only, for screening; true when doubles decided it, false when decimals did. */
  decide(ctx: FastContext, c: P, entry: Entry, holder: FastEvidence, verdict: Verdict): boolean;
  /** The exact score of an entry whose verdict is known (`status`, and `fast` as `decide` returned it). */
  exactScore(ctx: FastContext, c: P, entry: Entry, holder: FastEvidence, status: number, fast: boolean, verdict: Verdict): Decimal;
}
