import type { CalendarDate } from '../dates/calendarDate.js';
import { Decimal, decimalString, roundHalfUp } from '../decimal.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { Decision, DecisiveCause } from '../scoring/evaluation.js';
import { boundedBest, type BoundedBest } from './boundedBest.js';
import { emptyNeedsState, mergeNeedsState, needsOfState, needsStateOf, type CohortNeeds, type NeedsState } from './familyNeeds.js';
import { addCauseCounts, byText, causesOfState, emptyDecisions, emptyCauseState, mergeCauseState, type CauseState, type CohortCauses } from './causeCounts.js';
import { decimalUnits, scoreUnits, unitsText } from './units.js';
import { addWarningsOfSummary, emptyWarningState, mergeWarningState, warningsOfState, type CohortWarnings, type WarningState } from './warningCounts.js';
import { CAUSE_FAMILY_ORDER } from '../gaps/decisiveCauses.js';

/** The six cause families (6M), in the order summaries list them. */
export const CAUSE_FAMILIES: readonly CauseFamily[] = CAUSE_FAMILY_ORDER;
/** The decisions, best first. */
export const DECISIONS: readonly Decision[] = ['approved', 'conditional', 'rejected', 'incomplete'];
/** The quantiles every summary reports. */
export const SUMMARY_QUANTILES: readonly string[] = ['0.1', '0.25', '0.5', '0.75', '0.9'];

/** The settings a summary was made with; summaries merge only when they agree. */
export interface CohortSettings {
  /** How many suppliers the ranking keeps (null: all of them). */
  readonly top: number | null;
  /** Score points below the next decision's threshold that count as a near miss. */
  readonly nearMissMargin: string;
  /** How many near misses are listed (all are counted). */
  readonly nearMissLimit: number;
  /** How many invalid records are listed with their issues, and records with warnings with theirs (all are counted). */
  readonly invalidLimit: number;
  /** Whether each supplier's path to pass was worked out and counted. */
  readonly paths: boolean;
}

/** A supplier as named in a summary. */
export interface CohortSupplier {
  readonly id: string;
  readonly name: string;
  readonly region?: string;
}

/** One place in the ranking. */
export interface RankingEntry {
  /** 1 for the best; ties are broken by decision, then supplier id, audit date, name, region, grade. */
  readonly rank: number;
  readonly supplier: CohortSupplier;
  readonly auditDate: CalendarDate;
  readonly score: string;
  readonly grade: string;
  readonly decision: Decision;
  /** The first cause that holds the supplier at its decision (none when approved). */
  readonly decisiveCause?: DecisiveCause;
}

/** How often one criterion was a gap across the cohort. */
export interface CriterionGapCount {
  readonly criterion: string;
  readonly title: string;
  readonly category: string;
  readonly causeFamily: CauseFamily;
  readonly severity: Severity;
  /** Position of the criterion in the profile (0-based), the last tie-breaker. */
  readonly order: number;
  /** Suppliers with this gap. */
  readonly suppliers: number;
  readonly knockOuts: number;
  readonly missing: number;
  readonly partial: number;
  readonly fail: number;
  /** Points lost to this gap, summed over the cohort (rounded points as reported per supplier). */
  readonly pointsLost: string;
  /** With `paths`: suppliers whose path to the next decision includes it. */
  readonly inNextPath?: number;
  /** With `paths`: suppliers whose path to approval includes it. */
  readonly inApprovalPath?: number;
}

/** How many suppliers have gaps of one cause family: e.g. `man` (training) versus `machine` (equipment). */
export interface CauseFamilyCount {
  readonly causeFamily: CauseFamily;
  /** Suppliers with at least one gap of this family. */
  readonly suppliers: number;
  /** Gaps of this family over all suppliers. */
  readonly gaps: number;
  /** Suppliers with a knock-out of this family. */
  readonly knockOuts: number;
  /** With `paths`: suppliers whose path to the next decision needs this family. */
  readonly inNextPath?: number;
  /** With `paths`: suppliers whose path to approval needs this family. */
  readonly inApprovalPath?: number;
}

/** A supplier whose score is within the margin below the threshold of its next decision. */
export interface NearMiss {
  readonly supplier: CohortSupplier;
  readonly auditDate: CalendarDate;
  readonly score: string;
  readonly grade: string;
  readonly decision: Decision;
  readonly next: 'conditional' | 'approved';
  /** The lowest score that earns the next decision. */
  readonly threshold: string;
  /** Threshold minus score. */
  readonly distance: string;
  /** The first cause that holds the supplier at its decision. */
  readonly decisiveCause?: DecisiveCause;
}

/** The suppliers of one region (`null`: evidence without a region). */
export interface RegionSummary {
  readonly region: string | null;
  readonly suppliers: number;
  readonly decisions: Readonly<Record<Decision, number>>;
  /** Sum of the suppliers' rounded scores (kept so summaries merge). */
  readonly scoreTotal: string;
  /** Mean of the suppliers' rounded scores, to two more places than the profile's. */
  readonly meanScore: string | null;
}

/** A record that could not be evaluated, with (the first of) its issues. */
export interface InvalidRecord {
  /** Position of the record in the input (plus `firstIndex`). */
  readonly index: number;
  readonly supplier?: { readonly id?: string; readonly name?: string };
  readonly issueCount: number;
  readonly issues: ReadonlyArray<{ readonly path: string; readonly code: string; readonly message: string; readonly messageId: string }>;
}

/**
 * The summary of many evaluations against one profile. Plain JSON, and mergeable: the summaries of
 * parts of a cohort merge (`mergeCohortSummaries`) into exactly the summary of the whole.
 */
export interface CohortSummary {
  readonly profile: { readonly id: string; readonly version: string; readonly title: string };
  readonly places: number;
  readonly settings: CohortSettings;
  /** Records read, valid or not. */
  readonly records: number;
  readonly evaluated: number;
  readonly invalid: number;
  readonly decisions: Readonly<Record<Decision, number>>;
  /** Every grade of the profile, best first. */
  readonly grades: ReadonlyArray<{ readonly grade: string; readonly count: number }>;
  /** Approved or conditional, in percent of the evaluated suppliers, to two decimals (null when none). */
  readonly passRate: string | null;
  readonly scores: {
    readonly min: string | null;
    readonly max: string | null;
    /** Mean of the rounded scores, to two more places than the profile's. */
    readonly mean: string | null;
    /** Exact quantiles of the rounded scores (Hyndman–Fan definition 7, as R's default and Excel PERCENTILE.INC). */
    readonly quantiles: ReadonlyArray<{ readonly p: string; readonly value: string }>;
    /** Every score that occurred and how often, ascending. */
    readonly histogram: ReadonlyArray<readonly [string, number]>;
  };
  readonly ranking: { readonly complete: boolean; readonly entries: readonly RankingEntry[] };
  readonly gaps: {
    /** Criteria that were a gap for any supplier, most frequent first. */
    readonly byCriterion: readonly CriterionGapCount[];
    /** The six cause families in 6M order. */
    readonly byCauseFamily: readonly CauseFamilyCount[];
  };
  /** Why suppliers are not approved: decisions by decisive cause, rule, criterion and cause family. */
  readonly causes: CohortCauses;
  readonly nearMisses: {
    readonly count: Readonly<Record<'conditional' | 'approved', number>>;
    /** The closest, nearest first (at most `settings.nearMissLimit`). */
    readonly suppliers: readonly NearMiss[];
  };
  /**
   * With `paths`: what the suppliers not approved need by cause family (the families of their paths'
   * steps, with the effort summed), and how many the training and equipment funds would move.
   */
  readonly needs?: CohortNeeds;
  /** With `paths`: suppliers whose next decision or approval cannot be reached by closing gaps alone. */
  readonly unreachable?: { readonly next: number; readonly approval: number };
  /** Regions in alphabetical order, evidence without a region last. */
  readonly regions: readonly RegionSummary[];
  /**
   * Warnings about the evidence of evaluated suppliers (an entry for a criterion the profile does not
   * have: not used), counted by code and criterion id, with the first records that had them; only
   * when some record had one.
   */
  readonly warnings?: CohortWarnings;
  readonly invalidRecords: {
    /** Invalid records per issue code (a record counts once per code). */
    readonly byCode: Readonly<Record<string, number>>;
    /** The first invalid records by index (at most `settings.invalidLimit`). */
    readonly records: readonly InvalidRecord[];
  };
}

// ---------------------------------------------------------------------------------------------
// The mutable state behind a summary, and the conversions both ways.

/** A ranking entry with its score as whole units of 10^-places. */
export type RankingState = Omit<RankingEntry, 'rank'> & { readonly units: number };
/** A near miss with its distance and score as whole units of 10^-places. */
export type NearMissState = NearMiss & { readonly distanceUnits: number; readonly units: number };

/** The running counts of one criterion's gaps. */
export interface CriterionCounter {
  criterion: string;
  title: string;
  category: string;
  causeFamily: CauseFamily;
  severity: Severity;
  order: number;
  suppliers: number;
  knockOuts: number;
  missing: number;
  partial: number;
  fail: number;
  pointsLost: bigint;
  inNextPath: number;
  inApprovalPath: number;
}

/** The running counts of one cause family. */
export interface FamilyCounter {
  suppliers: number;
  gaps: number;
  knockOuts: number;
  inNextPath: number;
  inApprovalPath: number;
}

/** The running counts of one region. */
export interface RegionCounter {
  suppliers: number;
  decisions: Record<Decision, number>;
  scoreTotal: bigint;
}

/** The running state of a cohort summary. Memory is bounded by the profile, the settings and the number of distinct scores and regions, never by the number of suppliers. */
export interface CohortState {
  readonly profile: CohortSummary['profile'];
  readonly places: number;
  readonly settings: CohortSettings;
  records: number;
  evaluated: number;
  invalid: number;
  readonly decisions: Record<Decision, number>;
  readonly grades: Map<string, number>;
  readonly histogram: Map<number, number>;
  readonly ranking: BoundedBest<RankingState>;
  readonly criteria: Map<string, CriterionCounter>;
  readonly families: Record<CauseFamily, FamilyCounter>;
  readonly causes: CauseState;
  readonly needs: NeedsState;
  readonly nearMissCount: Record<'conditional' | 'approved', number>;
  readonly nearMisses: BoundedBest<NearMissState>;
  readonly unreachable: { next: number; approval: number };
  readonly regions: Map<string, RegionCounter>;
  readonly invalidByCode: Map<string, number>;
  readonly invalidRecords: BoundedBest<InvalidRecord>;
  readonly warnings: WarningState;
}

const DECISION_RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };

/**
 * Returns the ranking order of two suppliers: higher score first, then the better decision, then by
 * supplier id, audit date, name, region and grade (by code unit, independent of locale), so the order
 * is total and stable whatever order the suppliers arrive in.
 *
 * @example
 * compareRanking({ score: '86.6', units: 866, decision: 'conditional', ... }, { score: '86.6', units: 866, decision: 'approved', ... }) > 0
 * //=> true
 */
export function compareRanking(a: Omit<RankingState, 'rank'>, b: Omit<RankingState, 'rank'>): number {
  return (
    b.units - a.units ||
    DECISION_RANK[a.decision] - DECISION_RANK[b.decision] ||
    byText(a.supplier.id, b.supplier.id) ||
    byText(a.auditDate, b.auditDate) ||
    byText(a.supplier.name, b.supplier.name) ||
    byText(a.supplier.region ?? '', b.supplier.region ?? '') ||
    Number(a.supplier.region === undefined) - Number(b.supplier.region === undefined) ||
    byText(a.grade, b.grade)
  );
}

/** Nearest first, then in ranking order, then by the decision aimed at. */
const compareNearMiss = (a: NearMissState, b: NearMissState) =>
  a.distanceUnits - b.distanceUnits || compareRanking(a, b) || DECISION_RANK[a.next] - DECISION_RANK[b.next];
const compareInvalid = (a: InvalidRecord, b: InvalidRecord) => a.index - b.index;

function emptyFamilies(): Record<CauseFamily, FamilyCounter> {
  return Object.fromEntries(CAUSE_FAMILIES.map((f) => [f, { suppliers: 0, gaps: 0, knockOuts: 0, inNextPath: 0, inApprovalPath: 0 }])) as Record<
    CauseFamily,
    FamilyCounter
  >;
}

/** Returns an empty state for a profile's summary. */
export function emptyCohortState(
  profile: CohortSummary['profile'],
  places: number,
  grades: readonly string[],
  criteria: ReadonlyArray<Omit<CriterionCounter, 'suppliers' | 'knockOuts' | 'missing' | 'partial' | 'fail' | 'pointsLost' | 'inNextPath' | 'inApprovalPath'>>,
  settings: CohortSettings,
  rules: ReadonlyArray<{ readonly rule: string; readonly title: string; readonly order: number }> = [],
): CohortState {
  return {
    profile: { id: profile.id, version: profile.version, title: profile.title },
    places,
    settings,
    records: 0,
    evaluated: 0,
    invalid: 0,
    decisions: emptyDecisions(),
    grades: new Map(grades.map((grade) => [grade, 0])),
    histogram: new Map(),
    ranking: boundedBest(settings.top ?? Infinity, compareRanking),
    criteria: new Map(
      criteria.map((c) => [c.criterion, { ...c, suppliers: 0, knockOuts: 0, missing: 0, partial: 0, fail: 0, pointsLost: 0n, inNextPath: 0, inApprovalPath: 0 }]),
    ),
    families: emptyFamilies(),
    causes: emptyCauseState(rules, criteria),
    needs: emptyNeedsState(),
    nearMissCount: { conditional: 0, approved: 0 },
    nearMisses: boundedBest(settings.nearMissLimit, compareNearMiss),
    unreachable: { next: 0, approval: 0 },
    regions: new Map(),
    invalidByCode: new Map(),
    invalidRecords: boundedBest(settings.invalidLimit, compareInvalid),
    warnings: emptyWarningState(settings.invalidLimit),
  };
}

/**
 * Returns the value at quantile `p` (0–1) of the scores counted in a histogram (units of 10^-places
 * → count, `n` values in all), by Hyndman–Fan definition 7: h = (n − 1)·p, then linear interpolation
 * between the values of rank ⌊h⌋ and ⌊h⌋ + 1. Exact, in decimal.
 *
 * @example
 * histogramQuantile(new Map([[800, 1], [900, 1]]), 2, 1, '0.5')
 * //=> '85'
 */
export function histogramQuantile(histogram: ReadonlyMap<number, number>, n: number, places: number, p: string): string | null {
  if (n === 0) return null;
  const bins = [...histogram.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const h = new Decimal(n - 1).times(p);
  const lo = h.floor().toNumber();
  const fraction = h.minus(lo);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [units, count] of bins) {
      seen += count;
      if (rank < seen) return units;
    }
    return (bins[bins.length - 1] as [number, number])[0];
  };
  const a = new Decimal(unitsText(valueAt(lo), places));
  const value = fraction.isZero() ? a : a.plus(new Decimal(unitsText(valueAt(Math.min(lo + 1, n - 1)), places)).minus(a).times(fraction));
  return decimalString(value);
}

/** Returns the summary (plain JSON) for a state. */
export function summaryOfState(state: CohortState): CohortSummary {
  const { places, settings } = state;
  const bins = [...state.histogram.entries()].filter(([, c]) => c > 0).sort(([a], [b]) => a - b);
  const n = state.evaluated;
  let total = 0n;
  for (const [units, count] of bins) total += BigInt(units) * BigInt(count);
  const mean = n === 0 ? null : decimalString(roundHalfUp(new Decimal(unitsText(total, places)).div(n), places + 2));
  const passed = state.decisions.approved + state.decisions.conditional;
  const families = CAUSE_FAMILIES.map((causeFamily) => {
    const f = state.families[causeFamily];
    return {
      causeFamily,
      suppliers: f.suppliers,
      gaps: f.gaps,
      knockOuts: f.knockOuts,
      ...(settings.paths ? { inNextPath: f.inNextPath, inApprovalPath: f.inApprovalPath } : {}),
    };
  });
  const criteria = [...state.criteria.values()]
    .filter((c) => c.suppliers > 0)
    .sort((a, b) => b.suppliers - a.suppliers || b.knockOuts - a.knockOuts || a.order - b.order)
    .map((c) => ({
      criterion: c.criterion,
      title: c.title,
      category: c.category,
      causeFamily: c.causeFamily,
      severity: c.severity,
      order: c.order,
      suppliers: c.suppliers,
      knockOuts: c.knockOuts,
      missing: c.missing,
      partial: c.partial,
      fail: c.fail,
      pointsLost: unitsText(c.pointsLost, places),
      ...(settings.paths ? { inNextPath: c.inNextPath, inApprovalPath: c.inApprovalPath } : {}),
    }));
  const regions = [...state.regions.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : byText(a, b)))
    .map(([region, r]) => ({
      region: region === '' ? null : region,
      suppliers: r.suppliers,
      decisions: { ...r.decisions },
      scoreTotal: unitsText(r.scoreTotal, places),
      meanScore: r.suppliers === 0 ? null : decimalString(roundHalfUp(new Decimal(unitsText(r.scoreTotal, places)).div(r.suppliers), places + 2)),
    }));
  const warnings = warningsOfState(state.warnings);
  return {
    profile: { ...state.profile },
    places,
    settings: { ...settings },
    records: state.records,
    evaluated: state.evaluated,
    invalid: state.invalid,
    decisions: { ...state.decisions },
    grades: [...state.grades.entries()].map(([grade, count]) => ({ grade, count })),
    passRate: n === 0 ? null : decimalString(roundHalfUp(new Decimal(passed).times(100).div(n), 2)),
    scores: {
      min: bins.length ? unitsText((bins[0] as [number, number])[0], places) : null,
      max: bins.length ? unitsText((bins[bins.length - 1] as [number, number])[0], places) : null,
      mean,
      quantiles: n === 0 ? [] : SUMMARY_QUANTILES.map((p) => ({ p, value: histogramQuantile(state.histogram, n, places, p) as string })),
      histogram: bins.map(([units, count]) => [unitsText(units, places), count] as const),
    },
    ranking: {
      complete: settings.top === null || state.evaluated <= settings.top,
      entries: state.ranking.values().map(({ units: _units, ...entry }, i) => ({ rank: i + 1, ...entry })),
    },
    gaps: { byCriterion: criteria, byCauseFamily: families },
    causes: causesOfState(state.causes),
    nearMisses: {
      count: { ...state.nearMissCount },
      suppliers: state.nearMisses.values().map(({ distanceUnits: _d, units: _u, ...entry }) => entry),
    },
    ...(settings.paths ? { needs: needsOfState(state.needs), unreachable: { ...state.unreachable } } : {}),
    regions,
    ...(warnings ? { warnings } : {}),
    invalidRecords: {
      byCode: Object.fromEntries([...state.invalidByCode.entries()].sort(([a], [b]) => byText(a, b))),
      records: state.invalidRecords.values(),
    },
  };
}

/** Returns the state behind a summary, so it can take more suppliers or be merged. */
export function stateOfSummary(summary: CohortSummary): CohortState {
  const { places, settings } = summary;
  const state = emptyCohortState(
    summary.profile,
    places,
    summary.grades.map((g) => g.grade),
    summary.gaps.byCriterion.map(({ criterion, title, category, causeFamily, severity, order }) => ({ criterion, title, category, causeFamily, severity, order })),
    settings,
  );
  state.records = summary.records;
  state.evaluated = summary.evaluated;
  state.invalid = summary.invalid;
  for (const d of DECISIONS) state.decisions[d] = summary.decisions[d] ?? 0;
  for (const g of summary.grades) state.grades.set(g.grade, g.count);
  for (const [score, count] of summary.scores.histogram) state.histogram.set(scoreUnits(score, places), count);
  for (const { rank: _rank, ...entry } of summary.ranking.entries) state.ranking.add({ ...entry, units: scoreUnits(entry.score, places) });
  for (const c of summary.gaps.byCriterion) {
    const counter = state.criteria.get(c.criterion) as CriterionCounter;
    Object.assign(counter, {
      suppliers: c.suppliers,
      knockOuts: c.knockOuts,
      missing: c.missing,
      partial: c.partial,
      fail: c.fail,
      pointsLost: decimalUnits(c.pointsLost, places),
      inNextPath: c.inNextPath ?? 0,
      inApprovalPath: c.inApprovalPath ?? 0,
    });
  }
  for (const f of summary.gaps.byCauseFamily) {
    Object.assign(state.families[f.causeFamily], {
      suppliers: f.suppliers,
      gaps: f.gaps,
      knockOuts: f.knockOuts,
      inNextPath: f.inNextPath ?? 0,
      inApprovalPath: f.inApprovalPath ?? 0,
    });
  }
  addCauseCounts(state.causes, summary.causes);
  state.nearMissCount.conditional = summary.nearMisses.count.conditional;
  state.nearMissCount.approved = summary.nearMisses.count.approved;
  for (const m of summary.nearMisses.suppliers) state.nearMisses.add({ ...m, distanceUnits: scoreUnits(m.distance, places), units: scoreUnits(m.score, places) });
  if (summary.needs) mergeNeedsState(state.needs, needsStateOf(summary.needs));
  if (summary.unreachable) {
    state.unreachable.next = summary.unreachable.next;
    state.unreachable.approval = summary.unreachable.approval;
  }
  for (const r of summary.regions) {
    state.regions.set(r.region ?? '', { suppliers: r.suppliers, decisions: { ...emptyDecisions(), ...r.decisions }, scoreTotal: decimalUnits(r.scoreTotal, places) });
  }
  for (const [code, count] of Object.entries(summary.invalidRecords.byCode)) state.invalidByCode.set(code, count);
  for (const record of summary.invalidRecords.records) state.invalidRecords.add(record);
  addWarningsOfSummary(state.warnings, summary.warnings);
  return state;
}

/** Returns `a` with every count of `b` added (the states must share profile and settings). */
export function mergeStateInto(a: CohortState, b: CohortState): CohortState {
  a.records += b.records;
  a.evaluated += b.evaluated;
  a.invalid += b.invalid;
  for (const d of DECISIONS) a.decisions[d] += b.decisions[d];
  for (const [grade, count] of b.grades) a.grades.set(grade, (a.grades.get(grade) ?? 0) + count);
  for (const [units, count] of b.histogram) a.histogram.set(units, (a.histogram.get(units) ?? 0) + count);
  for (const entry of b.ranking.values()) a.ranking.add(entry);
  for (const [id, c] of b.criteria) {
    let counter = a.criteria.get(id);
    if (!counter) {
      counter = { ...c, suppliers: 0, knockOuts: 0, missing: 0, partial: 0, fail: 0, pointsLost: 0n, inNextPath: 0, inApprovalPath: 0 };
      a.criteria.set(id, counter);
    }
    counter.suppliers += c.suppliers;
    counter.knockOuts += c.knockOuts;
    counter.missing += c.missing;
    counter.partial += c.partial;
    counter.fail += c.fail;
    counter.pointsLost += c.pointsLost;
    counter.inNextPath += c.inNextPath;
    counter.inApprovalPath += c.inApprovalPath;
  }
  for (const f of CAUSE_FAMILIES) {
    const x = a.families[f];
    const y = b.families[f];
    x.suppliers += y.suppliers;
    x.gaps += y.gaps;
    x.knockOuts += y.knockOuts;
    x.inNextPath += y.inNextPath;
    x.inApprovalPath += y.inApprovalPath;
  }
  mergeCauseState(a.causes, b.causes);
  mergeNeedsState(a.needs, b.needs);
  a.nearMissCount.conditional += b.nearMissCount.conditional;
  a.nearMissCount.approved += b.nearMissCount.approved;
  for (const m of b.nearMisses.values()) a.nearMisses.add(m);
  a.unreachable.next += b.unreachable.next;
  a.unreachable.approval += b.unreachable.approval;
  for (const [region, r] of b.regions) {
    const x = a.regions.get(region);
    if (!x) {
      a.regions.set(region, { suppliers: r.suppliers, decisions: { ...r.decisions }, scoreTotal: r.scoreTotal });
      continue;
    }
    x.suppliers += r.suppliers;
    for (const d of DECISIONS) x.decisions[d] += r.decisions[d];
    x.scoreTotal += r.scoreTotal;
  }
  for (const [code, count] of b.invalidByCode) a.invalidByCode.set(code, (a.invalidByCode.get(code) ?? 0) + count);
  for (const record of b.invalidRecords.values()) a.invalidRecords.add(record);
  mergeWarningState(a.warnings, b.warnings);
  return a;
}
