import { DECISION_NAMES, FAIL, MISSING, PARTIAL } from '../fast/plan.js';
import { unitsString } from '../fast/roundedUnits.js';
import { pointsLostUnits, type Screener } from '../fast/screenRecord.js';
import type { Decision } from '../scoring/evaluation.js';
import { decisionForGrade } from '../scoring/grades.js';
import { addPlacement, type CohortRules, type Placement } from './addToCohort.js';
import type { CauseFamily } from '../schema/primitives.js';
import { CAUSE_FAMILIES, type CohortState, type CohortSupplier, type CriterionCounter, type FamilyCounter } from './cohortSummary.js';

const RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
/** Sums kept as doubles are added to their exact totals before they could stop being whole numbers. */
const PENDING_LIMIT = 2 ** 50;

/**
 * What adding screened records to one cohort state needs, worked out once per run (the counters of
 * each criterion and cause family by criterion position), and the points lost not yet added to the
 * state's exact totals.
 */
export interface ScreeningTally {
  readonly state: CohortState;
  readonly rules: CohortRules;
  readonly counters: ReadonlyArray<CriterionCounter | undefined>;
  readonly families: readonly FamilyCounter[];
  /** The bit of each criterion's cause family (1 << its position in `CAUSE_FAMILIES`). */
  readonly familyBits: Int32Array;
  /** Points lost per criterion, in units, not yet added to the counters' exact totals. */
  readonly pendingLost: Float64Array;
  /** The place of the screener's last record, refilled for each record. */
  readonly placement: ScreenedPlacement;
}

type ScreenedPlacement = { -readonly [K in keyof Placement]: Placement[K] };

/**
 * Returns an empty tally for adding the records a screener screens to a cohort state.
 *
 * @example
 * screeningTally(state, rules, screener(compiled)).counters.length
 * //=> 30
 */
export function screeningTally(state: CohortState, rules: CohortRules, s: Screener): ScreeningTally {
  const criteria = s.compiled.criteria;
  const placement: ScreenedPlacement = {
    units: 0,
    decision: 'approved',
    grade: '',
    auditDate: '',
    region: undefined,
    supplier: () => supplierOf(s),
    score: () => unitsString(placement.units, state.places),
    blocks: (next) => blocked(s, rules, next),
  };
  return {
    placement,
    state,
    rules,
    counters: criteria.map((c) => state.criteria.get(c.criterion.id)),
    families: criteria.map((c) => state.families[c.criterion.causeFamily]),
    familyBits: Int32Array.from(criteria, (c) => 1 << CAUSE_FAMILIES.indexOf(c.criterion.causeFamily)),
    pendingLost: new Float64Array(criteria.length),
  };
}

/** Returns the supplier of the last screened record as a summary names it. */
function supplierOf(s: Screener): CohortSupplier {
  const { id, name, region } = s.holder.supplier;
  return region !== undefined ? { id, name, region } : { id, name };
}

/** Returns whether a fired rule of the last screened record caps it below the decision of rank `next`. */
function blocked(s: Screener, rules: CohortRules, next: number): boolean {
  const list = s.compiled.screeningRules ?? [];
  for (let r = 0; r < list.length; r++) {
    if (s.fired[r] !== 1) continue;
    const { capDecision, capGrade } = (list[r] as (typeof list)[number]).rule.then;
    if ((capDecision !== undefined && RANK[capDecision] > next) || (capGrade !== undefined && RANK[decisionForGrade(capGrade, rules.grades)] > next)) return true;
  }
  return false;
}

/**
 * Adds the record a screener has just screened to a cohort state: the same counts, histogram,
 * ranking, gaps, near misses and regions as adding its full evaluation, without building it. Objects
 * are made only for a record the ranking or the near-miss list keeps; the points lost are summed as
 * doubles while they are whole numbers for certain and added to the exact totals by
 * `flushScreeningTally` (and whenever they grow large).
 *
 * @example
 * if (screenRecord(s, evidence, undefined)) addScreening(tally, s);
 * tally.state.evaluated
 * //=> 1
 */
export function addScreening(tally: ScreeningTally, s: Screener): void {
  const compiled = s.compiled;
  const p = tally.placement;
  p.units = s.units;
  p.decision = DECISION_NAMES[s.decision] as Decision;
  p.grade = (compiled.grades[s.grade] as (typeof compiled.grades)[number]).grade;
  p.auditDate = s.holder.auditDate;
  p.region = s.holder.supplier.region;
  addPlacement(tally.state, tally.rules, p);

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
  for (let f = 0; families !== 0 && f < CAUSE_FAMILIES.length; f++) {
    const family = tally.state.families[CAUSE_FAMILIES[f] as CauseFamily];
    if ((families >> f) & 1) family.suppliers++;
    if ((knockOutFamilies >> f) & 1) family.knockOuts++;
  }
}

/**
 * Adds the points lost a tally still keeps as doubles to the state's exact totals (before the state
 * is read).
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
}
