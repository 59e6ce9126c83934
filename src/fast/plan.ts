import type { Decimal } from '../decimal.js';
import type { CriterionGate } from '../kinds/links.js';
import type { CompiledCriterion } from '../kinds/registry.js';
import type { Profile } from '../schema/profile.js';
import type { Rule } from '../schema/rule.js';
import type { FastLimit } from './limit.js';
import type { PlanCaches } from './planParts.js';

export { CACHE_LIMIT, FAIL, MISSING, NOT_APPLICABLE, PARTIAL, PASS, STATUS_NAMES } from './planParts.js';
export type { CompiledBase, Entry, FastEvidence, PlanCaches } from './planParts.js';
export type { CompiledCriterion } from '../kinds/registry.js';

/**
 * The compiled plan of a profile: categories, grades and rules, and the decision codes of the route
 * (the plan entry of each kind is in its folder, `src/kinds/<kind>/plan.ts`).
 */

/** Decision codes of the fast path, best first, in the order of `DECISION_NAMES`. */
export const DECISION_NAMES = ['approved', 'conditional', 'rejected', 'incomplete'] as const;

export interface CompiledCategory {
  readonly id: string;
  readonly weight: number;
  readonly weightExact: Decimal;
  readonly from: number;
  readonly to: number;
}

export interface CompiledGrade {
  readonly grade: string;
  /** The lowest rounded score (in units of 10^-places) in the band. */
  readonly minUnits: number;
  readonly decision: 0 | 1 | 2;
}

/** A rule ready for the screening path. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly type: 'criteria' | 'category-score' | 'score';
  /** Criteria conditions: the criteria every static filter lets through, and the status bit mask. */
  readonly candidates: readonly number[];
  readonly statusMask: number;
  readonly pointsAtMost: number | undefined;
  readonly scoreBelow: FastLimit | undefined;
  readonly atLeast: number;
  /** Category-score conditions: the categories looked at. */
  readonly categories: readonly number[];
  /** Score conditions: fires when the rounded score (in units) is below this. */
  readonly belowUnits: number;
  readonly capGrade: number;
  readonly capDecision: number;
  /** The rule makes the evaluation incomplete (unless a rule rejects). */
  readonly incomplete: boolean;
}

/** A validated profile prepared once for fast evaluation. */
export interface CompiledProfile extends PlanCaches {
  readonly profile: Profile;
  readonly places: number;
  readonly criteria: readonly CompiledCriterion[];
  readonly byId: ReadonlyMap<string, number>;
  /** Criteria whose outcome another one gates (a measurement by its gauge study), decided after it (empty without gates). */
  readonly gates: readonly CriterionGate[];
  readonly categories: readonly CompiledCategory[];
  /**
   * Whether the weights are plain doubles: each zero or between 1e-280 and 1e280, and their sums at
   * most 1e290. Otherwise (weights beyond the doubles) every weighted score is worked out exactly.
   */
  readonly weightsInDoubles: boolean;
  readonly grades: readonly CompiledGrade[];
  readonly missingCountsAsFail: boolean;
  readonly rules: readonly Rule[];
  /** The rules for the screening route, or null when it cannot fire them all itself (then `screen` evaluates). */
  readonly screeningRules: readonly CompiledRule[] | null;
  /** Exact shares of criteria in the overall score, by pattern of applicable criteria, each in profile order (bounded). */
  readonly shares: Map<string, Array<Decimal | undefined>>;
  /** Points lost by a criterion scoring 0, in units, by pattern of applicable criteria (bounded) and criterion. */
  readonly lostUnits: Map<string, Map<number, number>>;
}

