import type { JsonValue } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import type { ValidationIssue } from '../errors/index.js';
import type { ProcessStep } from '../schema/evidence.js';

/**
 * What the engine and every kind's plan share: the status codes of the route, the head of every plan
 * entry, the caches a plan reads through and the evidence holder it reads into.
 */

/** Criterion status codes of the fast path, in the order of `STATUS_NAMES`. */
export const PASS = 0;
export const PARTIAL = 1;
export const FAIL = 2;
export const NOT_APPLICABLE = 3;
export const MISSING = 4;
export const STATUS_NAMES = ['pass', 'partial', 'fail', 'not-applicable', 'missing'] as const;

/** The head of every plan entry: criterion `C` of kind `K`, its place, weight and requirement. */
export interface CompiledBase<K extends string, C> {
  readonly kind: K;
  readonly criterion: C;
  /** Position in profile order. */
  readonly index: number;
  /** Position of the category. */
  readonly category: number;
  /** The weight as a double and as a decimal. */
  readonly weight: number;
  readonly weightExact: Decimal;
  /** `required` of every result (none for certificates, whose requirement names the date). */
  readonly required: Readonly<Record<string, JsonValue>> | null;
}

/** At most this many texts are remembered per cache. */
export const CACHE_LIMIT = 4096;

/** The caches of a compiled profile that a kind's plan reads through. */
export interface PlanCaches {
  /** Whether a calendar date text is valid, by text (bounded). */
  readonly dates: Map<string, boolean>;
  /** Rounded scores as decimals, by text (bounded). */
  readonly decimals: Map<string, Decimal>;
}

/** A plain object as JSON gives it. */
export type Entry = Record<string, unknown>;

/** Evidence accepted by the fast check, with its entries placed by criterion position. */
export interface FastEvidence {
  evidence: Entry;
  supplier: { id: string; name: string; region?: string };
  auditDate: string;
  auditor: string | undefined;
  /** The audited process steps, when the evidence lists them. */
  processSteps: readonly ProcessStep[] | undefined;
  /** Warnings of the evidence (entries for criteria the profile does not have, another profile's id). */
  warnings: readonly ValidationIssue[];
  /** The entry of each criterion (profile order), or undefined when none was given. */
  readonly entries: (Entry | undefined)[];
  /** The measured values of each measurement criterion as doubles, in order (a plain array: small typed arrays are costly to make). */
  readonly values: (ArrayLike<number> | undefined)[];
  /** The subgroup sizes of each measurement criterion given as subgroups, else null. */
  readonly groups: (number[] | null)[];
  /** Marks the criteria seen in the evidence being read. */
  readonly seen: number[];
  stamp: number;
}
