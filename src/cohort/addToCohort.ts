import { toDecimal } from '../decimal.js';
import type { ValidationIssue } from '../errors/index.js';
import type { PathToPass } from '../gaps/pathToPass.js';
import type { Profile } from '../schema/profile.js';
import type { CauseFamily } from '../schema/primitives.js';
import type { Decision, DecisiveCause, Evaluation, FiredRule, Gap } from '../scoring/evaluation.js';
import { addCauses } from './causeCounts.js';
import { decisionForGrade } from '../scoring/grades.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import type { CohortState, CohortSupplier, NearMissState } from './cohortSummary.js';
import { decimalUnits, scoreUnits, unitsText } from './units.js';
import { smallest } from '../lists/smallest.js';

/** What adding a supplier needs to know besides its evaluation, worked out once per cohort. */
export interface CohortRules {
  readonly grades: Profile['grades'];
  /** The lowest score (in units of 10^-places) earning each decision, or null when no grade does. */
  readonly thresholds: Readonly<Record<'conditional' | 'approved', number | null>>;
  readonly marginUnits: number;
}

const RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
/** Issues kept per invalid record. */
const ISSUES_PER_RECORD = 10;

/**
 * Returns what the cohort needs from a profile to place suppliers: the score thresholds of the
 * decisions (the lowest grade minimum giving that decision or better, rounded up to the score's
 * places) and the near-miss margin in score units.
 *
 * @example
 * cohortRules(profile, '2').thresholds
 * //=> { conditional: 800, approved: 900 }
 */
export function cohortRules(profile: Profile, margin: string): CohortRules {
  const scale = toDecimal(10).pow(profile.places);
  const threshold = (target: Decision): number | null => {
    const mins = profile.grades
      .filter((band) => RANK[decisionForGrade(band.grade, profile.grades)] <= RANK[target])
      .map((band) => toDecimal(band.min).times(scale).ceil().toNumber());
    return mins.length ? smallest(mins) : null;
  };
  return {
    grades: profile.grades,
    thresholds: { conditional: threshold('conditional'), approved: threshold('approved') },
    marginUnits: toDecimal(margin).times(scale).floor().toNumber(),
  };
}

/**
 * The part of an evaluation a cohort summary reads: who and when, decision, score and grade, the
 * gaps (criterion, status, knock-out, points lost, cause family) and the effects of the fired rules.
 * A full `Evaluation` is one; the screening route builds just this.
 */
export type CohortEvaluation = Pick<Evaluation, 'supplier' | 'auditDate' | 'score' | 'decision' | 'grade' | 'decisiveCauses'> & {
  readonly gaps: ReadonlyArray<Pick<Gap, 'criterion' | 'status' | 'knockOut' | 'pointsLost' | 'causeFamily'> & { readonly pointsLostUnits?: number }>;
  readonly rules: ReadonlyArray<Pick<FiredRule, 'effect'>>;
  /** The score in units of 10^-places, when already known (else read from `score`). */
  readonly units?: number;
};

/** A supplier's place in a cohort: what the counts, the ranking, the near misses and the regions read. */
export interface Placement {
  readonly units: number;
  readonly decision: Decision;
  readonly grade: string;
  readonly auditDate: CalendarDate;
  readonly region: string | undefined;
  /** The supplier as a summary names it, and its score text (asked for only when an entry is kept). */
  supplier(): CohortSupplier;
  score(): string;
  /** The first decisive cause (asked for only when an entry is kept). */
  cause(): DecisiveCause | undefined;
  /** Whether a fired rule caps the supplier below the decision of rank `next`. */
  blocks(next: number): boolean;
}

/**
 * Adds a supplier's place to a cohort's running state: the counts by decision, grade and score, the
 * ranking, the near misses and the region. Entries are built only when the ranking or the near-miss
 * list keeps them.
 */
export function addPlacement(state: CohortState, rules: CohortRules, p: Placement): void {
  const places = state.places;
  const { units, decision, grade, auditDate } = p;
  state.records++;
  state.evaluated++;
  state.decisions[decision]++;
  state.grades.set(grade, (state.grades.get(grade) ?? 0) + 1);
  state.histogram.set(units, (state.histogram.get(units) ?? 0) + 1);
  // A lower score never displaces the worst kept entry (the ranking and near-miss orders start with the score and the distance).
  const ranking = state.ranking;
  if (ranking.size < ranking.limit || units >= (ranking.worst()?.units ?? Number.POSITIVE_INFINITY)) {
    const cause = p.cause();
    ranking.add(cause === undefined ? { supplier: p.supplier(), auditDate, score: p.score(), grade, decision, units } : { supplier: p.supplier(), auditDate, score: p.score(), grade, decision, decisiveCause: cause, units });
  }
  const next = decision === 'rejected' ? 'conditional' : decision === 'conditional' ? 'approved' : null;
  const threshold = next ? rules.thresholds[next] : null;
  if (next && threshold !== null) {
    const distance = threshold - units;
    if (distance > 0 && distance <= rules.marginUnits && !p.blocks(RANK[next])) {
      state.nearMissCount[next]++;
      const list = state.nearMisses;
      if (list.size < list.limit || distance <= (list.worst()?.distanceUnits ?? Number.NEGATIVE_INFINITY)) {
        const entry: Record<string, unknown> = {
          supplier: p.supplier(),
          auditDate,
          score: p.score(),
          grade,
          decision,
          next,
          threshold: unitsText(threshold, places),
          distance: unitsText(distance, places),
        };
        const cause = p.cause();
        if (cause !== undefined) entry.decisiveCause = cause;
        entry.distanceUnits = distance;
        entry.units = units;
        list.add(entry as unknown as NearMissState);
      }
    }
  }
  const key = p.region ?? '';
  const region = state.regions.get(key);
  if (region) {
    region.suppliers++;
    region.decisions[decision]++;
    region.scoreTotal += BigInt(units);
  } else state.regions.set(key, { suppliers: 1, decisions: { approved: 0, conditional: 0, rejected: 0, incomplete: 0, [decision]: 1 }, scoreTotal: BigInt(units) });
}

/**
 * Adds one evaluation (and, when paths are counted, its path to pass) to a cohort's running state.
 * Only counts and the bounded lists change, so memory does not grow with the number of suppliers.
 */
export function addEvaluation(state: CohortState, evaluation: CohortEvaluation, rules: CohortRules, path?: PathToPass | null): void {
  const places = state.places;
  const { id, name, region } = evaluation.supplier;
  const supplier = region !== undefined ? { id, name, region } : { id, name };
  addPlacement(state, rules, {
    units: evaluation.units ?? scoreUnits(evaluation.score, places),
    decision: evaluation.decision,
    grade: evaluation.grade,
    auditDate: evaluation.auditDate,
    region,
    supplier: () => supplier,
    score: () => evaluation.score,
    cause: () => evaluation.decisiveCauses[0],
    blocks: (next) =>
      evaluation.rules.some(
        (rule) =>
          (rule.effect.capDecision !== undefined && RANK[rule.effect.capDecision] > next) ||
          (rule.effect.capGrade !== undefined && RANK[decisionForGrade(rule.effect.capGrade, rules.grades)] > next),
      ),
  });

  addCauses(state.causes, evaluation.decision, evaluation.decisiveCauses);

  const families = new Set<CauseFamily>();
  const knockOutFamilies = new Set<CauseFamily>();
  for (const gap of evaluation.gaps) {
    const counter = state.criteria.get(gap.criterion);
    if (counter) {
      counter.suppliers++;
      if (gap.knockOut) counter.knockOuts++;
      if (gap.status === 'missing') counter.missing++;
      else if (gap.status === 'partial') counter.partial++;
      else if (gap.status === 'fail') counter.fail++;
      counter.pointsLost += gap.pointsLostUnits === undefined ? decimalUnits(gap.pointsLost, places) : BigInt(gap.pointsLostUnits);
    }
    state.families[gap.causeFamily].gaps++;
    families.add(gap.causeFamily);
    if (gap.knockOut) knockOutFamilies.add(gap.causeFamily);
  }
  for (const family of families) state.families[family].suppliers++;
  for (const family of knockOutFamilies) state.families[family].knockOuts++;

  if (path) {
    for (const [plan, field] of [
      [path.next, 'inNextPath'],
      [path.approval, 'inApprovalPath'],
    ] as const) {
      if (!plan) continue;
      if (!plan.reachable) {
        state.unreachable[field === 'inNextPath' ? 'next' : 'approval']++;
        continue;
      }
      const needed = new Set<CauseFamily>();
      for (const step of plan.steps) {
        const counter = state.criteria.get(step.criterion);
        if (counter) counter[field]++;
        needed.add(step.causeFamily);
      }
      for (const family of needed) state.families[family][field]++;
    }
  }
}

/** Returns the supplier id and name of a raw record, where they can be read. */
function supplierOf(record: unknown): { id?: string; name?: string } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const supplier = (record as { supplier?: unknown }).supplier;
  if (typeof supplier !== 'object' || supplier === null) return undefined;
  const { id, name } = supplier as { id?: unknown; name?: unknown };
  const out = { ...(typeof id === 'string' ? { id: id.slice(0, 200) } : {}), ...(typeof name === 'string' ? { name: name.slice(0, 200) } : {}) };
  return out.id !== undefined || out.name !== undefined ? out : undefined;
}

/**
 * Adds a record that could not be evaluated: counted, counted per issue code, and listed with its
 * first issues while the list has room.
 */
export function addInvalid(state: CohortState, index: number, record: unknown, issues: readonly ValidationIssue[]): void {
  state.records++;
  state.invalid++;
  for (const code of new Set(issues.map((issue) => issue.code))) state.invalidByCode.set(code, (state.invalidByCode.get(code) ?? 0) + 1);
  const supplier = supplierOf(record);
  state.invalidRecords.add({
    index,
    ...(supplier ? { supplier } : {}),
    issueCount: issues.length,
    issues: issues.slice(0, ISSUES_PER_RECORD).map(({ path, code, message, messageId }) => ({ path, code, message, messageId })),
  });
}
