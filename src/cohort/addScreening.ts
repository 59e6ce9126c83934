import { DECISION_NAMES, FAIL, MISSING, PARTIAL, type CompiledCriterion, type CompiledProfile } from '../fast/compiledProfile.js';
import { unitsString } from '../fast/roundedUnits.js';
import { pointsLostUnits, type Screener } from '../fast/screenRecord.js';
import type { Decision } from '../scoring/evaluation.js';
import { decisionForGrade } from '../scoring/grades.js';
import type { CohortRules } from './addToCohort.js';
import { CAUSE_FAMILIES, type CohortState, type CohortSupplier, type CriterionCounter, type FamilyCounter, type RegionCounter } from './cohortSummary.js';
import { unitsText } from './units.js';

const RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
/** Sums kept as doubles are added to their exact totals before they could stop being whole numbers. */
const PENDING_LIMIT = 2 ** 50;

interface RegionTally {
  readonly counter: RegionCounter;
  /** Suppliers, score units and decisions (by code) not yet added to the counter. */
  suppliers: number;
  pending: number;
  readonly decisions: Float64Array;
}

/** Histograms of rounded scores are kept in an array when scores have at most this many places. */
const ARRAY_HISTOGRAM_PLACES = 3;

/**
 * What adding screened records to one cohort state needs, worked out once per run (the counters of
 * each criterion and cause family by criterion position, what each rule's effect blocks), and the
 * sums not yet added to the state's exact totals.
 */
export interface ScreeningTally {
  readonly state: CohortState;
  readonly rules: CohortRules;
  readonly counters: ReadonlyArray<CriterionCounter | undefined>;
  readonly families: readonly FamilyCounter[];
  /** The bit of each criterion's cause family (1 << its position in `CAUSE_FAMILIES`). */
  readonly familyBits: Int32Array;
  /** The families' counters in `CAUSE_FAMILIES` order. */
  readonly familyList: readonly FamilyCounter[];
  /** Points lost per criterion, in units, not yet added to the counters' exact totals. */
  readonly pendingLost: Float64Array;
  readonly regions: Map<string, RegionTally>;
  /** Records not yet added to the state's counts: by decision code, by grade position, by score in units (null: added to the state's histogram at once). */
  readonly decisions: Float64Array;
  readonly grades: Float64Array;
  readonly gradeNames: readonly string[];
  readonly histogram: Float64Array | null;
  /** By screening rule: the rank of the best decision its effect still allows (-1: it caps nothing). */
  readonly caps: Int8Array;
}

/**
 * Returns an empty tally for adding the records a screener screens to a cohort state.
 *
 * @example
 * screeningTally(state, rules, compiled).counters.length
 * //=> 30
 */
export function screeningTally(state: CohortState, rules: CohortRules, compiled: CompiledProfile): ScreeningTally {
  const criteria = compiled.criteria;
  const familyIndex = (c: CompiledCriterion) => CAUSE_FAMILIES.indexOf(c.criterion.causeFamily);
  return {
    state,
    rules,
    counters: criteria.map((c) => state.criteria.get(c.criterion.id)),
    families: criteria.map((c) => state.families[c.criterion.causeFamily]),
    familyBits: Int32Array.from(criteria, (c) => 1 << familyIndex(c)),
    familyList: CAUSE_FAMILIES.map((f) => state.families[f]),
    pendingLost: new Float64Array(criteria.length),
    regions: new Map(),
    decisions: new Float64Array(DECISION_NAMES.length),
    grades: new Float64Array(compiled.grades.length),
    gradeNames: compiled.grades.map((band) => band.grade),
    histogram: state.places <= ARRAY_HISTOGRAM_PLACES ? new Float64Array(100 * 10 ** state.places + 1) : null,
    caps: Int8Array.from(compiled.screeningRules ?? [], ({ rule }) => {
      const { capDecision, capGrade } = rule.then;
      return Math.max(capDecision !== undefined ? RANK[capDecision] : -1, capGrade !== undefined ? RANK[decisionForGrade(capGrade, rules.grades)] : -1);
    }),
  };
}

/** Returns the supplier of the last screened record as a summary names it. */
function supplierOf(s: Screener): CohortSupplier {
  const { id, name, region } = s.holder.supplier;
  return region !== undefined ? { id, name, region } : { id, name };
}

/** Returns whether a fired rule of the last screened record caps it below the decision of rank `next`. */
function blocked(tally: ScreeningTally, s: Screener, next: number): boolean {
  const caps = tally.caps;
  for (let r = 0; r < caps.length; r++) if (s.fired[r] === 1 && (caps[r] as number) > next) return true;
  return false;
}

/**
 * Adds the record a screener has just screened to a cohort state: the same counts, histogram,
 * ranking, gaps, near misses and regions as adding its full evaluation, without building it. Objects
 * are made only for a record the ranking or the near-miss list keeps; counts by decision, grade,
 * score and region are kept in arrays, and sums of units as doubles while they are whole numbers for
 * certain, and added to the state by `flushScreeningTally` (sums also whenever they grow large).
 *
 * @example
 * if (screenRecord(s, evidence, undefined)) addScreening(tally, s);
 * tally.state.evaluated
 * //=> 1
 */
export function addScreening(tally: ScreeningTally, s: Screener): void {
  const { state, rules } = tally;
  const compiled = s.compiled;
  const places = state.places;
  const units = s.units;
  const decision = DECISION_NAMES[s.decision] as Decision;
  const grade = (compiled.grades[s.grade] as (typeof compiled.grades)[number]).grade;
  state.records++;
  state.evaluated++;
  (tally.decisions[s.decision] as number)++;
  (tally.grades[s.grade] as number)++;
  const histogram = tally.histogram;
  if (histogram !== null && units >= 0 && units < histogram.length && Number.isInteger(units)) (histogram[units] as number)++;
  else state.histogram.set(units, (state.histogram.get(units) ?? 0) + 1);
  const ranking = state.ranking;
  if (ranking.size < ranking.limit || units >= (ranking.worst()?.units ?? Number.POSITIVE_INFINITY)) {
    ranking.add({ supplier: supplierOf(s), auditDate: s.holder.auditDate, score: unitsString(units, places), grade, decision, units });
  }

  const statuses = s.statuses;
  const knockOut = s.knockOut;
  let families = 0;
  let knockOutFamilies = 0;
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    if (status !== PARTIAL && status !== FAIL && status !== MISSING) continue;
    const ko = knockOut[i] === 1;
    const counter = tally.counters[i];
    if (counter) {
      counter.suppliers++;
      if (ko) counter.knockOuts++;
      if (status === MISSING) counter.missing++;
      else if (status === PARTIAL) counter.partial++;
      else counter.fail++;
      const pending = (tally.pendingLost[i] as number) + pointsLostUnits(s, i);
      if (pending >= PENDING_LIMIT || pending <= -PENDING_LIMIT) {
        counter.pointsLost += BigInt(pending);
        tally.pendingLost[i] = 0;
      } else tally.pendingLost[i] = pending;
    }
    (tally.families[i] as FamilyCounter).gaps++;
    const bit = tally.familyBits[i] as number;
    families |= bit;
    if (ko) knockOutFamilies |= bit;
  }
  if (families !== 0) {
    const list = tally.familyList;
    for (let f = 0; f < list.length; f++) {
      if ((families >> f) & 1) (list[f] as FamilyCounter).suppliers++;
      if ((knockOutFamilies >> f) & 1) (list[f] as FamilyCounter).knockOuts++;
    }
  }

  const next = decision === 'rejected' ? 'conditional' : decision === 'conditional' ? 'approved' : null;
  const threshold = next ? rules.thresholds[next] : null;
  if (next && threshold !== null) {
    const distance = threshold - units;
    if (distance > 0 && distance <= rules.marginUnits && !blocked(tally, s, RANK[next])) {
      state.nearMissCount[next]++;
      const list = state.nearMisses;
      if (list.size < list.limit || distance <= (list.worst()?.distanceUnits ?? Number.NEGATIVE_INFINITY)) {
        list.add({
          supplier: supplierOf(s),
          auditDate: s.holder.auditDate,
          score: unitsString(units, places),
          grade,
          decision,
          next,
          threshold: unitsText(threshold, places),
          distance: unitsText(distance, places),
          distanceUnits: distance,
          units,
        });
      }
    }
  }

  const key = s.holder.supplier.region ?? '';
  let region = tally.regions.get(key);
  if (region === undefined) {
    let counter = state.regions.get(key);
    if (!counter) {
      counter = { suppliers: 0, decisions: { approved: 0, conditional: 0, rejected: 0, incomplete: 0 }, scoreTotal: 0n };
      state.regions.set(key, counter);
    }
    region = { counter, suppliers: 0, pending: 0, decisions: new Float64Array(DECISION_NAMES.length) };
    tally.regions.set(key, region);
  }
  region.suppliers++;
  (region.decisions[s.decision] as number)++;
  region.pending += units;
  if (region.pending >= PENDING_LIMIT || region.pending <= -PENDING_LIMIT) flushRegion(region);
}

/** Adds what a region's tally keeps to its counter. */
function flushRegion(region: RegionTally): void {
  const counter = region.counter;
  counter.suppliers += region.suppliers;
  region.suppliers = 0;
  if (region.pending !== 0) counter.scoreTotal += BigInt(region.pending);
  region.pending = 0;
  for (let d = 0; d < region.decisions.length; d++) {
    counter.decisions[DECISION_NAMES[d] as Decision] += region.decisions[d] as number;
    region.decisions[d] = 0;
  }
}

/**
 * Adds what a tally still keeps (counts by decision, grade, score and region, sums of units) to the
 * state (before the state is read).
 *
 * @example
 * flushScreeningTally(tally);
 * tally.pendingLost.every((x) => x === 0)
 * //=> true
 */
export function flushScreeningTally(tally: ScreeningTally): void {
  const pending = tally.pendingLost;
  for (let i = 0; i < pending.length; i++) {
    const counter = tally.counters[i];
    if (counter && pending[i] !== 0) counter.pointsLost += BigInt(pending[i] as number);
    pending[i] = 0;
  }
  for (const region of tally.regions.values()) flushRegion(region);
  const state = tally.state;
  for (let d = 0; d < tally.decisions.length; d++) {
    state.decisions[DECISION_NAMES[d] as Decision] += tally.decisions[d] as number;
    tally.decisions[d] = 0;
  }
  for (let g = 0; g < tally.grades.length; g++) {
    const count = tally.grades[g] as number;
    if (count === 0) continue;
    const grade = tally.gradeNames[g] as string;
    state.grades.set(grade, (state.grades.get(grade) ?? 0) + count);
    tally.grades[g] = 0;
  }
  const histogram = tally.histogram;
  if (histogram !== null) {
    for (let u = 0; u < histogram.length; u++) {
      const count = histogram[u] as number;
      if (count === 0) continue;
      state.histogram.set(u, (state.histogram.get(u) ?? 0) + count);
      histogram[u] = 0;
    }
  }
}
