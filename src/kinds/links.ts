import { Decimal } from '../decimal.js';
import type { JsonValue, KindOutcome } from '../criteria/outcome.js';
import type { ValidationIssue } from '../errors/index.js';
import { appendAll } from '../lists/appendAll.js';
import type { GatePart, KindLinks, LintFinding, PlacedCriterion } from './kind.js';
import { KIND_NAMES, kindOf, type KindName } from './registry.js';

/** A criterion whose outcome another one gates, both by their place in profile order, with how the gate acts. */
export interface CriterionGate {
  readonly gated: number;
  readonly by: number;
  readonly status: GatePart<object>['status'];
  readonly outcome: GatePart<object>['outcome'];
}

/** Returns the gate part of a criterion's kind, if it has one. */
const gateOf = (criterion: { readonly kind: string }): GatePart<object> | undefined => kindOf(criterion.kind as KindName).links?.gate as GatePart<object> | undefined;

/**
 * Returns the criteria of a profile whose outcome another criterion gates (a measurement that requires
 * a qualified gauge, gated by its gauge study), each with that criterion: the order a plan decides them
 * in (the gate first). Empty for a profile without gates, so the route does nothing more for it.
 *
 * @example
 * criterionGates([orificeD, orificeGauge], new Map([['orifice-d', 0], ['orifice-gauge', 1]])).map(({ gated, by }) => [gated, by])
 * //=> [[0, 1]]
 */
export function criterionGates(criteria: readonly { readonly kind: string }[], byId: ReadonlyMap<string, number>): CriterionGate[] {
  const gates: CriterionGate[] = [];
  criteria.forEach((criterion, gated) => {
    const gate = gateOf(criterion);
    const id = gate?.by(criterion);
    const by = id === undefined ? undefined : byId.get(id);
    if (gate !== undefined && by !== undefined) gates.push({ gated, by, status: gate.status, outcome: gate.outcome });
  });
  return gates;
}

/**
 * Returns the ids of the criteria that gate another criterion's outcome: they act through it, whatever
 * their own weight.
 *
 * @example
 * gatingIds([orificeD, orificeGauge])
 * //=> Set { 'orifice-gauge' }
 */
export function gatingIds(criteria: readonly { readonly kind: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const criterion of criteria) {
    const id = gateOf(criterion)?.by(criterion);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * Returns the id of the criterion whose outcome changed a result (a gauge study that failed a
 * measurement), read by the result's kind from its `found`, if any.
 *
 * @example
 * gatedBy({ kind: 'measurement', found: { gauge: { criterion: 'orifice-gauge', status: 'fail' } } })
 * //=> 'orifice-gauge'
 */
export function gatedBy(result: { readonly kind: string; readonly found: Readonly<Record<string, unknown>> | null }): string | undefined {
  return gateOf(result)?.gatedIn(result.found as Parameters<GatePart<object>['gatedIn']>[0]);
}

/**
 * Returns the outcome a gated result has once the criterion that gates it is met: its own verdict as
 * the result recorded it, with the result's requirement and findings; undefined for a result no gate
 * changed.
 *
 * @example
 * ungatedOutcome({ kind: 'measurement', found: { gauge: { criterion: 'orifice-gauge', status: 'missing', own: { status: 'pass', score: '100', … } } }, … })?.status
 * //=> 'pass'
 */
export function ungatedOutcome(result: { readonly kind: string; readonly found: Readonly<Record<string, unknown>> | null; readonly required: Readonly<Record<string, JsonValue>> }): KindOutcome | undefined {
  const own = gateOf(result)?.ownIn(result.found as Parameters<GatePart<object>['ownIn']>[0]);
  if (own === undefined) return undefined;
  return { status: own.status, score: new Decimal(own.score), required: result.required, found: result.found as Record<string, JsonValue>, why: own.why, shortfall: own.shortfall };
}

/**
 * Completes the plan entries of criteria that name others, in place, from the entries they name (a
 * gauge study gets the tolerance of its characteristic, the base of its %Tolerance).
 *
 * @example
 * linkEntries(criteria, byId); (criteria[1] as CompiledGaugeStudy).tolerance?.toString()
 * //=> '0.04'
 */
export function linkEntries<E extends { readonly kind: string }>(entries: E[], byId: ReadonlyMap<string, number>): void {
  const entryOf = (id: string): object | undefined => {
    const index = byId.get(id);
    return index === undefined ? undefined : entries[index];
  };
  entries.forEach((entry, i) => {
    const linked = kindOf(entry.kind as KindName).links?.linked as ((entry: E, entryOf: (id: string) => object | undefined) => E) | undefined;
    if (linked !== undefined) entries[i] = linked(entry, entryOf);
  });
}

/**
 * Returns the lint warnings about the links between a profile's criteria, as each kind finds them (a
 * gauge study whose characteristic does not require it as its gauge).
 *
 * @example
 * linkWarnings(placed).map((w) => w.code)
 * //=> ['gauge_not_required']
 */
export function linkWarnings(placed: readonly PlacedCriterion[]): LintFinding[] {
  return fromEveryKind((links) => links.warnings?.(placed));
}

/**
 * Returns the problems of the links between a profile's criteria, as each kind checks them (a gauge
 * study's characteristic must be a measurement, a measurement's gauge a gauge study).
 *
 * @example
 * linkIssues([{ criterion: { kind: 'measurement', id: 'orifice-d', gauge: 'leak-test', ... }, at: ['categories', 0, 'criteria', 0] }, …])[0].code
 * //=> 'wrong_kind'
 */
export function linkIssues(placed: readonly PlacedCriterion[]): ValidationIssue[] {
  return fromEveryKind((links) => links.issues?.(placed));
}

/** Returns what each kind's links part gives, in registry order. */
function fromEveryKind<T>(give: (links: KindLinks<object, object>) => readonly T[] | undefined): T[] {
  const all: T[] = [];
  for (const kind of KIND_NAMES) {
    const links = kindOf(kind).links as KindLinks<object, object> | undefined;
    const found = links === undefined ? undefined : give(links);
    if (found !== undefined) appendAll(all, found);
  }
  return all;
}
