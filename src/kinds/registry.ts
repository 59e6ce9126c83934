import type { KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import type { FastContext } from '../fast/fastContext.js';
import type { Entry, FastEvidence, PlanCaches } from '../fast/planParts.js';
import type { Verdict } from '../fast/verdict.js';
import { attributeInspection } from './attribute-inspection/index.js';
import { auditQuestion } from './audit-question/index.js';
import { certificate } from './certificate/index.js';
import { check } from './check/index.js';
import { document } from './document/index.js';
import { gaugeStudy } from './gauge-study/index.js';
import { listKinds, type AnyKind } from './kind.js';
import type { PlanBase } from './kindPlan.js';
import { measurement } from './measurement/index.js';
import { metric } from './metric/index.js';

/**
 * The criterion kinds. Each kind is one folder, `src/kinds/<kind>/`, named as its `kind` is written
 * in profiles, holding everything particular to it:
 * - `index.ts`: the kind itself (`Kind` in `./kind.ts`), the one thing the registry lists: its
 *   schemas, its requirement, its plan and its parts for the other stages;
 * - `schema.ts`: the criterion and evidence schemas and their types, and the requirement shown in
 *   results;
 * - `plan.ts`: its plan entry's type and its plan (`KindPlan` in `./kindPlan.ts`): `compile` (the plan
 *   entry: limits as decimals and doubles, the requirement worked out once), `fits` (the structural
 *   check of an entry), `outcome`, `decide` (the verdict alone, for screening) and `exactScore`;
 * - `issues.ts`: its cross-checks of a criterion and of an entry, when it has any;
 * - `describe.ts`: how a report words its requirement and finding (`KindDescription`);
 * - `shortForm.ts`: how a cell of a supplier row holds an entry, read and written (`ShortForm`);
 * - files of its own beside them (the measurement's capability requirement, study figures and lint
 *   warnings).
 * `index.ts` also gives the scores and statuses the kind can end with (lint), its passing entry
 * (`/testing`) and its optional parts (points, limit values for `/testing`, a drawing's limit fields,
 * links to other criteria, result decimals, finding forms, found fields when assumed met, gaps of its
 * own, lint warnings). Adding a kind adds its folder and one line below; every stage reads the kinds from here. The kinds
 * are listed in the order results and messages name them.
 */
export const KINDS = listKinds({
  measurement,
  'audit-question': auditQuestion,
  certificate,
  metric,
  document,
  check,
  'attribute-inspection': attributeInspection,
  'gauge-study': gaugeStudy,
});

type Kinds = typeof KINDS;

/** The name of a criterion kind, as profiles write it. */
export type KindName = keyof Kinds;

/** The plan entry of any kind. */
export type CompiledCriterion = { [K in KindName]: ReturnType<Kinds[K]['plan']['compile']> }[KindName];

/** The names of the kinds, in registry order. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/**
 * Returns a kind as the stages call it, with criteria, entries and plan entries of that kind.
 *
 * @example
 * kindOf('check').requirement(leakTest, { at: '2026-11-28' })
 * //=> { expected: true }
 */
export function kindOf(kind: KindName): AnyKind {
  return KINDS[kind];
}

/**
 * Returns the kind a criterion written in any form names as its `kind` (profile JSON not checked
 * yet), or undefined when it names none.
 *
 * @example
 * kindNamed({ kind: 'check' }) === kindOf('check')
 * //=> true
 */
export function kindNamed(criterion: unknown): AnyKind | undefined {
  const kind = criterion !== null && typeof criterion === 'object' ? Object.getOwnPropertyDescriptor(criterion, 'kind')?.value : undefined;
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind) ? KINDS[kind as KindName] : undefined;
}

/** A kind's plan as the engine calls it: with the criterion and plan entry of that same kind. */
export interface AnyKindPlan {
  compile(criterion: { readonly kind: string }, base: PlanBase<{ readonly kind: string }>): CompiledCriterion;
  fits(caches: PlanCaches, holder: FastEvidence, c: CompiledCriterion, entry: Entry): boolean;
  outcome(ctx: FastContext, c: CompiledCriterion, entry: Entry, holder: FastEvidence, verdict: Verdict): KindOutcome;
  decide(ctx: FastContext, c: CompiledCriterion, entry: Entry, holder: FastEvidence, verdict: Verdict): boolean;
  exactScore(ctx: FastContext, c: CompiledCriterion, entry: Entry, holder: FastEvidence, status: number, fast: boolean, verdict: Verdict): Decimal;
}

/**
 * Returns the plan of a criterion kind, to be called with criteria and plan entries of that kind.
 *
 * @example
 * planOf('check').fits(compiled, holder, leakTest, { criterion: 'leak-test', value: true })
 * //=> true
 */
export function planOf(kind: KindName): AnyKindPlan {
  return KINDS[kind].plan as unknown as AnyKindPlan;
}

/** The kinds decided against limits: those with a `limits` part (`/testing` gives their limit values). */
export type LimitedKind = { [K in KindName]: Kinds[K] extends { readonly limits: object } ? K : never }[KindName];

/** The limit values of a criterion of kind `K` (see `Kind.limits`). */
export type LimitValuesFor<K> = K extends LimitedKind ? ReturnType<Kinds[K]['limits']['values']> : never;

/** The names of the kinds decided against limits, in registry order. */
export const LIMITED_KINDS = KIND_NAMES.filter((kind): kind is LimitedKind => kindOf(kind).limits !== undefined);
