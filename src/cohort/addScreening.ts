import { DECISION_NAMES, FAIL, MISSING, PARTIAL } from '../fast/plan.js';
import { unitsString } from '../fast/roundedUnits.js';
import { criterionMatches, pointsLostUnits, type Screener } from '../fast/screenRecord.js';
import type { CompiledRule } from '../fast/plan.js';
import { DECISIVE_CAUSES, ruleCap, ruleCauseCode } from '../gaps/decisiveCauses.js';
import type { Decision, DecisiveCause, DecisiveCauseCode } from '../scoring/evaluation.js';
import type { DecisionCounts, RuleCauseCounter } from './causeCounts.js';
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
  /** Per compiled rule: its kind of decisive cause (position in `DECISIVE_CAUSES`), the decision it caps at, its counts. */
  readonly ruleCauses: ReadonlyArray<{ readonly code: number; readonly cap: Decision; readonly counter: RuleCauseCounter | undefined }>;
  /** Per criterion: its counts as a criterion behind a decisive cause. */
  readonly causeCounters: ReadonlyArray<DecisionCounts | undefined>;
  /** The criteria behind the last record's decisive causes (1), refilled for each record not approved. */
  readonly causeMarks: Uint8Array;
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
    cause: () => firstCause(s, tally, placement.decision),
    blocks: (next) => blocked(s, rules, next),
  };
  const tally: ScreeningTally = {
    placement,
    state,
    rules,
    ruleCauses: (s.compiled.screeningRules ?? []).map((r) => ({
      code: DECISIVE_CAUSES.indexOf(ruleCauseCode(r.rule.id)),
      cap: ruleCap(r.rule.then, rules.grades),
      counter: state.causes.rules.get(r.rule.id),
    })),
    causeCounters: criteria.map((c) => state.causes.criteria.get(c.criterion.id)?.decisions),
    causeMarks: new Uint8Array(criteria.length),
    counters: criteria.map((c) => state.criteria.get(c.criterion.id)),
    families: criteria.map((c) => state.families[c.criterion.causeFamily]),
    familyBits: Int32Array.from(criteria, (c) => 1 << CAUSE_FAMILIES.indexOf(c.criterion.causeFamily)),
    pendingLost: new Float64Array(criteria.length),
  };
  return tally;
}

/** Calls `visit` with each criterion (in profile order) behind a fired rule of the last screened record. */
function ruleCriteria(s: Screener, rule: CompiledRule, visit: (i: number) => void): void {
  if (rule.type === 'criteria') {
    // Candidates are in profile order.
    for (const i of rule.candidates) if (criterionMatches(s, rule, i)) visit(i);
  } else if (rule.type === 'category-score') {
    const criteria = s.compiled.criteria;
    for (let i = 0; i < criteria.length; i++) {
      const k = (criteria[i] as (typeof criteria)[number]).category;
      const status = s.statuses[i];
      if ((status === PARTIAL || status === FAIL || status === MISSING) && categoryBelow(s, rule, k)) visit(i);
    }
  }
}

/** Whether a category-score rule fired on category k for the last screened record. */
function categoryBelow(s: Screener, rule: CompiledRule, k: number): boolean {
  const u = s.categoryUnits[k] as number;
  return rule.categories.includes(k) && !Number.isNaN(u) && u < rule.belowUnits;
}

/** Whether the score band alone holds the last screened record at its decision. */
function bandHolds(s: Screener, decision: Decision): boolean {
  return decision !== 'incomplete' && DECISION_NAMES[(s.compiled.grades[s.scoreGrade] as (typeof s.compiled.grades)[number]).decision] === decision;
}

/** Whether missing evidence holds the last screened record at an incomplete decision. */
function missingHolds(s: Screener, decision: Decision): boolean {
  return decision === 'incomplete' && !s.compiled.missingCountsAsFail && s.statuses.includes(MISSING);
}

/** Returns the distinct cause families of some criteria positions, in 6M order. */
function familiesOfPositions(s: Screener, positions: readonly number[]): CauseFamily[] {
  const seen = new Set(positions.map((i) => (s.compiled.criteria[i] as (typeof s.compiled.criteria)[number]).criterion.causeFamily));
  return CAUSE_FAMILIES.filter((f) => seen.has(f));
}

/** Returns the first decisive cause of the last screened record, as its evaluation's `decisiveCauses[0]`. */
function firstCause(s: Screener, tally: ScreeningTally, decision: Decision): DecisiveCause | undefined {
  if (decision === 'approved') return undefined;
  const rules = s.compiled.screeningRules ?? [];
  let best = -1;
  for (let r = 0; r < rules.length; r++) {
    const rc = tally.ruleCauses[r] as ScreeningTally['ruleCauses'][number];
    if (s.fired[r] === 1 && rc.cap === decision && (best < 0 || rc.code < (tally.ruleCauses[best] as typeof rc).code)) best = r;
  }
  const ruleCode = best < 0 ? DECISIVE_CAUSES.length : (tally.ruleCauses[best] as ScreeningTally['ruleCauses'][number]).code;
  if (ruleCode > DECISIVE_CAUSES.indexOf('score-band') && bandHolds(s, decision)) {
    const grade = (s.compiled.grades[s.scoreGrade] as (typeof s.compiled.grades)[number]).grade;
    return { cause: 'score-band', criteria: [], grade, score: unitsString(s.units, tally.state.places), causeFamilies: [] };
  }
  const ids = (positions: readonly number[]) => positions.map((i) => (s.compiled.criteria[i] as (typeof s.compiled.criteria)[number]).criterion.id);
  if (best < 0) {
    if (!missingHolds(s, decision)) return undefined;
    const missing: number[] = [];
    for (let i = 0; i < s.statuses.length; i++) if (s.statuses[i] === MISSING) missing.push(i);
    return { cause: 'missing-evidence', criteria: ids(missing), causeFamilies: familiesOfPositions(s, missing) };
  }
  const rule = rules[best] as CompiledRule;
  const positions: number[] = [];
  ruleCriteria(s, rule, (i) => positions.push(i));
  const cause: Record<string, unknown> = { cause: DECISIVE_CAUSES[ruleCode], rule: rule.rule.id, criteria: ids(positions) };
  if (rule.type === 'category-score') {
    cause.categories = rule.categories.filter((k) => categoryBelow(s, rule, k)).sort((a, b) => a - b).map((k) => (s.compiled.categories[k] as (typeof s.compiled.categories)[number]).id);
  }
  cause.causeFamilies = familiesOfPositions(s, positions);
  return cause as unknown as DecisiveCause;
}

/**
 * Counts the decisive causes of the record a screener has just screened, as `addCauses` counts its
 * evaluation's: once per kind of cause, rule, criterion and cause family, in plain integers.
 */
function addScreenedCauses(tally: ScreeningTally, s: Screener, decision: Decision): void {
  if (decision === 'approved') return;
  const causes = tally.state.causes;
  const rules = s.compiled.screeningRules ?? [];
  const marks = tally.causeMarks;
  marks.fill(0);
  const mark = (i: number) => {
    marks[i] = 1;
  };
  let codes = 0;
  let first = DECISIVE_CAUSES.length;
  for (let r = 0; r < rules.length; r++) {
    const rc = tally.ruleCauses[r] as ScreeningTally['ruleCauses'][number];
    if (s.fired[r] !== 1 || rc.cap !== decision) continue;
    codes |= 1 << rc.code;
    if (rc.code < first) first = rc.code;
    if (rc.counter) rc.counter.decisions[decision]++;
    ruleCriteria(s, rules[r] as CompiledRule, mark);
  }
  const band = DECISIVE_CAUSES.indexOf('score-band');
  if (bandHolds(s, decision)) {
    codes |= 1 << band;
    if (band < first) first = band;
  }
  if (missingHolds(s, decision)) {
    const code = DECISIVE_CAUSES.indexOf('missing-evidence');
    codes |= 1 << code;
    if (code < first) first = code;
    for (let i = 0; i < s.statuses.length; i++) if (s.statuses[i] === MISSING) marks[i] = 1;
  }
  if (codes === 0) return;
  causes.byCause[DECISIVE_CAUSES[first] as DecisiveCauseCode].first[decision]++;
  for (let c = 0; c < DECISIVE_CAUSES.length; c++) if ((codes >> c) & 1) causes.byCause[DECISIVE_CAUSES[c] as DecisiveCauseCode].decisions[decision]++;
  let families = 0;
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== 1) continue;
    const counter = tally.causeCounters[i];
    if (counter) counter[decision]++;
    families |= tally.familyBits[i] as number;
  }
  for (let f = 0; families !== 0 && f < CAUSE_FAMILIES.length; f++) if ((families >> f) & 1) causes.families[CAUSE_FAMILIES[f] as CauseFamily][decision]++;
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
  addScreenedCauses(tally, s, p.decision);

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
