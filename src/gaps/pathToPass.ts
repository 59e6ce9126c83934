import type { Why } from '../criteria/outcome.js';
import { effortTotal, type EffortTotal } from './effortTotal.js';
import { Decimal, decimalString, toDecimal } from '../decimal.js';
import { optionsIssues, ValidationError } from '../errors/index.js';
import { englishText } from '../locales/englishText.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { Decision, Gap, GapImpact } from '../scoring/evaluation.js';
import { decisionForGrade } from '../scoring/grades.js';
import { rescorer } from './rescore.js';
import { wholeUnits } from './wholeUnits.js';
import { smallest } from '../lists/smallest.js';

/** What closing the gaps of a plan takes (see `effortTotal`). */
export type { EffortTotal } from './effortTotal.js';

/** Options of `pathToPass`. */
export interface PathToPassOptions {
  /**
   * Among equally small sets of gaps, with effort estimates in the profile: prefer the lower total
   * cost (default; only when every cost is in one currency) or the fewer total days.
   */
  readonly prefer?: 'cost' | 'days';
}

/** What a step of a path does. */
export type PathAction = 'remove-special-cause' | 'provide-evidence' | 'close-gap';

/** The sentence of each action. */
const PATH_CODES: Readonly<Record<PathAction, string>> = { 'remove-special-cause': 'path.stabilize', 'provide-evidence': 'path.provide', 'close-gap': 'path.close' };

/** One step of a path: a gap closed, and the result once it and every step before it are closed. */
export interface PathStep {
  readonly criterion: string;
  readonly title: string;
  readonly category: string;
  readonly causeFamily: CauseFamily;
  readonly severity: Severity;
  /**
   * `remove-special-cause` for a capability study from a process the run rules flag (find and remove
   * the special cause, then run the study again), `provide-evidence` for missing evidence (assumed to
   * meet the criterion), else `close-gap`.
   */
  readonly action: PathAction;
  /** How the gap bears on the decision (see `Gap.impact`). */
  readonly impact: GapImpact;
  /** The gap's cost in points before any step. */
  readonly pointsLost: string;
  /** The score gained by this step (rounded score after minus before). */
  readonly pointsGained: string;
  /** Score, grade and decision after this step, scored again by the evaluation's own scoring. */
  readonly score: string;
  readonly grade: string;
  readonly decision: Decision;
  readonly remedy?: string;
  readonly effort?: Gap['effort'];
  readonly explanation: string;
  readonly why: Why;
}

/** The gaps to close to reach one decision, in the order to show them, with the result after each. */
export interface PathPlan {
  readonly target: 'conditional' | 'approved';
  /** False when even closing every gap does not reach the target (then every gap is listed). */
  readonly reachable: boolean;
  /**
   * True when the set is proven the smallest (and, among the smallest, the cheapest or highest-scoring)
   * by searching every candidate set; false when the search fell back to the largest gains first.
   */
  readonly optimal: boolean;
  readonly criteria: readonly string[];
  readonly steps: readonly PathStep[];
  /** Score, grade and decision with every gap of the plan closed, scored again. */
  readonly score: string;
  readonly grade: string;
  readonly decision: Decision;
  readonly pointsGained: string;
  readonly effort: EffortTotal;
  readonly explanation: string;
  readonly why: Why;
}

/** The shortest ways from an evaluation's decision to the next better one and to approval. */
export interface PathToPass {
  readonly supplier: { readonly id: string; readonly name: string };
  readonly decision: Decision;
  readonly score: string;
  readonly grade: string;
  /** To the next better decision (rejected or incomplete → conditional, conditional → approved); null when approved. */
  readonly next: PathPlan | null;
  /** To approval (the same plan as `next` when that is approval); null when approved. */
  readonly approval: PathPlan | null;
}

const RANK: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
/** Candidate sets examined per target before the search falls back to the largest gains first. */
const SEARCH_LIMIT = 20000;

/** Returns C(n, k), or `limit + 1` once it exceeds `limit`. */
function binomial(n: number, k: number, limit: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) {
    c = (c * (n - k + i)) / i;
    if (c > limit) return limit + 1;
  }
  return Math.round(c);
}

/** Calls `visit` with every k-subset of 0..n-1 in lexicographic order (the array is reused). */
function forEachCombination(n: number, k: number, visit: (combo: readonly number[]) => void): void {
  const combo = Array.from({ length: k }, (_, i) => i);
  while (true) {
    visit(combo);
    let i = k - 1;
    while (i >= 0 && combo[i] === n - k + i) i--;
    if (i < 0) return;
    combo[i] = (combo[i] as number) + 1;
    for (let j = i + 1; j < k; j++) combo[j] = (combo[j - 1] as number) + 1;
  }
}

/** Compares two lists of positions of the same length, first difference first. */
function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/**
 * Returns the shortest path from an evaluation's decision to the next better decision (rejected or
 * incomplete → conditional → approved) and to approval: the smallest set of gaps whose closing
 * reaches it. Gaps without which the target cannot be reached (knock-outs, gaps triggering a rule
 * that caps below the target, missing evidence) are always in it; beyond them, among the smallest
 * sets, the cheapest by the profile's effort estimates (cost, then days; see `prefer`), or without
 * estimates the one gaining most points (summed exactly). Every candidate is checked by scoring the
 * evaluation again with those criteria taken as fully met, through the same weighing, rounding and
 * rules as `evaluate` and the exact scores the evaluation keeps, never by adding rounded points; the
 * score, grade and decision after each step come from that re-scoring. Missing evidence is closed by
 * providing it (assumed to meet the criterion).
 *
 * Close to linear in the gaps: the evaluation is scored again incrementally (closing one gap updates
 * its category's exact sum, the overall sum and the rules it matches), so each check costs about the
 * rules that can change (with rules on VDA 6.3 audit groups, the groups are worked out again after a
 * question changed); the candidate sets beyond the gaps that are always needed are searched
 * exhaustively up to 20,000 sets, then by the largest gains first (`optimal: false`).
 *
 * @example
 * const path = pathToPass(profile, evaluate(profile, sumberLogam));
 * [path.next?.criteria, path.next?.decision]
 * //=> [['throat-d', 'leak-test', 'machine-maintenance', 'body-material-cert', 'defect-ppm', 'op-training'], 'conditional']
 */
export function pathToPass(profileInput: unknown, evaluationInput: unknown, options: PathToPassOptions = {}): PathToPass {
  const scorer = rescorer(profileInput, evaluationInput);
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const { profile, evaluation } = scorer;
  const places = profile.places;
  // Gaps are named by their position in the gap list (their priority) from here on.
  const gaps = evaluation.gaps;
  const ids = gaps.map((gap) => gap.criterion);
  const all = gaps.map((_gap, g) => g);
  const gapAt = new Map(ids.map((id, g) => [id, g]));
  const positionOf = new Map(evaluation.criteria.map((result, i) => [result.id, i]));
  const positions = ids.map((id) => positionOf.get(id) as number);

  // The evaluation scored again as gaps close and open, one at a time.
  const state = scorer.closing(positions);
  const closed = new Uint8Array(gaps.length);
  const close = (g: number) => {
    if (closed[g] === 1) return;
    closed[g] = 1;
    state.close(positions[g] as number);
  };
  const open = (g: number) => {
    if (closed[g] === 0) return;
    closed[g] = 0;
    state.open(positions[g] as number);
  };
  /** Leaves exactly the gaps of `set` closed. */
  const closeOnly = (set: Iterable<number>) => {
    const wanted = new Uint8Array(gaps.length);
    for (const g of set) wanted[g] = 1;
    for (let g = 0; g < gaps.length; g++) {
      if (wanted[g] === 1) close(g);
      else open(g);
    }
  };
  const reaches = (target: Decision) => RANK[state.decide().decision] <= RANK[target];

  // Exact gain of closing each gap: its share of the overall score times what it misses of 100.
  const base = state.decide();
  const resultOf = new Map(evaluation.criteria.map((result) => [result.id, result]));
  // A criterion that gates others (a gauge study) also gains what they gain back with it: their own
  // score over the recorded one. Counted again for a gated gap closed too, so gains stay upper bounds.
  const gatedGain = new Map<number, Decimal>();
  for (const gate of scorer.gates) {
    const recorded = evaluation.criteria[gate.gated];
    const more = gate.own.score.minus(toDecimal(recorded?.exactScore ?? recorded?.score ?? '0'));
    if (more.gt(0)) gatedGain.set(gate.by, (gatedGain.get(gate.by) ?? new Decimal(0)).plus(more.times(scorer.shares[gate.gated] ?? 0)));
  }
  const gains = gaps.map((gap, g) => {
    const result = resultOf.get(gap.criterion);
    const exact = toDecimal(result?.exactScore ?? result?.score ?? '0');
    const own = new Decimal(100).minus(exact).times(scorer.shares[positions[g] as number] ?? 0);
    const given = gatedGain.get(positions[g] as number);
    return given === undefined ? own : own.plus(given);
  });
  const gainF = (g: number) => (gains[g] as Decimal).toNumber();
  const baseF = scorer.overall.toNumber();
  const halfUnit = 0.5 * 10 ** -places;

  // Effort: what makes one equally small set cheaper than another.
  const hasEffort = gaps.some((gap) => gap.effort && (gap.effort.days !== undefined || gap.effort.cost !== undefined));
  const currencies = new Set(gaps.filter((gap) => gap.effort?.cost !== undefined).map((gap) => gap.effort?.currency ?? ''));
  const byCost = (options.prefer ?? 'cost') === 'cost' && currencies.size <= 1;
  const primary: 'cost' | 'days' = byCost ? 'cost' : 'days';
  const secondary: 'cost' | 'days' = byCost ? 'days' : 'cost';
  const compareSecondary = currencies.size <= 1 || secondary === 'days';
  // Each gap's estimates and gain as whole numbers of one unit each, so sums and differences are exact.
  const measures = (which: 'cost' | 'days') => gaps.map((gap) => (gap.effort?.[which] === undefined ? null : toDecimal(gap.effort[which])));
  const primaries = measures(primary);
  const secondaries = measures(secondary);
  const placesOf = (values: ReadonlyArray<Decimal | null>) => values.reduce((most, value) => Math.max(most, value?.decimalPlaces() ?? 0), 0);
  const unitsOf = (values: ReadonlyArray<Decimal | null>) => {
    const scale = placesOf(values);
    return values.map((value) => (value === null ? 0n : wholeUnits(value, scale)));
  };
  const primaryUnits = unitsOf(primaries);
  const secondaryUnits = unitsOf(secondaries);
  const gainUnits = unitsOf(gains);

  /** The lowest score whose grade band can give `target` (rules only ever lower). */
  const thresholdFor = (target: Decision): number | null => {
    const mins = profile.grades.filter((band) => RANK[decisionForGrade(band.grade, profile.grades)] <= RANK[target]).map((band) => toDecimal(band.min).toNumber());
    return mins.length ? smallest(mins) : null;
  };

  interface Found {
    readonly chosen: readonly number[];
    readonly necessary: ReadonlySet<number>;
    readonly reachable: boolean;
    readonly optimal: boolean;
  }

  const search = (target: 'conditional' | 'approved'): Found => {
    closeOnly(all);
    if (!reaches(target)) return { chosen: all, necessary: new Set(all), reachable: false, optimal: true };
    // A gap is necessary when every other gap closed does not reach the target.
    const necessary: number[] = [];
    for (const g of all) {
      open(g);
      if (!reaches(target)) necessary.push(g);
      close(g);
    }
    const necessarySet = new Set(necessary);
    closeOnly(necessary);
    if (reaches(target)) return { chosen: necessary, necessary: necessarySet, reachable: true, optimal: true };
    const rest = all.filter((g) => !necessarySet.has(g));
    const threshold = thresholdFor(target) ?? 0;
    const need = threshold - halfUnit - 1e-9 - baseF - necessary.reduce((acc, g) => acc + gainF(g), 0);
    const restGain = rest.map(gainF);
    const restGainTotal = restGain.reduce((acc, x) => acc + x, 0);
    const largestFirst = rest.map((_, j) => j).sort((a, b) => (restGain[b] as number) - (restGain[a] as number) || a - b);
    const setOf = (members: Iterable<number>) => {
      const set = [...necessary];
      for (const j of members) set.push(rest[j] as number);
      return set;
    };

    /**
     * The best set of k of the rest that reaches the target, among every set whose gain could: a set
     * is kept as the m = min(k, r − k) gaps it closes or, past half, leaves open, so checking it costs m
     * changes. Sums are exact (whole units), the gaps always needed add the same to every set.
     */
    const bestOf = (k: number): number[] | null => {
      const r = rest.length;
      const leftOpen = k > r - k;
      const m = leftOpen ? r - k : k;
      let unknownAll = 0;
      let primaryAll = 0n;
      let secondaryAll = 0n;
      let gainAll = 0n;
      if (leftOpen) {
        for (const g of rest) {
          if (primaries[g] === null) unknownAll++;
          primaryAll += primaryUnits[g] as bigint;
          secondaryAll += secondaryUnits[g] as bigint;
          gainAll += gainUnits[g] as bigint;
        }
      }
      interface Candidate {
        readonly members: readonly number[];
        readonly unknown: number;
        readonly primary: bigint;
        readonly secondary: bigint;
        readonly gain: bigint;
      }
      const candidates: Candidate[] = [];
      forEachCombination(r, m, (combo) => {
        let sum = 0;
        for (const j of combo) sum += restGain[j] as number;
        if ((leftOpen ? restGainTotal - sum : sum) < need) return;
        let unknown = 0;
        let first = 0n;
        let second = 0n;
        let gain = 0n;
        for (const j of combo) {
          const g = rest[j] as number;
          if (primaries[g] === null) unknown++;
          first += primaryUnits[g] as bigint;
          second += secondaryUnits[g] as bigint;
          gain += gainUnits[g] as bigint;
        }
        candidates.push(
          leftOpen
            ? { members: [...combo], unknown: unknownAll - unknown, primary: primaryAll - first, secondary: secondaryAll - second, gain: gainAll - gain }
            : { members: [...combo], unknown, primary: first, secondary: second, gain },
        );
      });
      const sign = (x: bigint) => (x < 0n ? -1 : x > 0n ? 1 : 0);
      // With effort estimates fewer unestimated gaps, then cheaper, then quicker; then more points; then
      // higher priority (the set whose first differing gap comes first: past half, the other way round).
      candidates.sort((a, b) => {
        if (hasEffort) {
          const order = a.unknown - b.unknown || sign(a.primary - b.primary) || (compareSecondary ? sign(a.secondary - b.secondary) : 0);
          if (order !== 0) return order;
        }
        return sign(b.gain - a.gain) || (leftOpen ? compareLists(b.members, a.members) : compareLists(a.members, b.members));
      });
      closeOnly(leftOpen ? all : necessary);
      for (const candidate of candidates) {
        for (const j of candidate.members) (leftOpen ? open : close)(rest[j] as number);
        const found = reaches(target);
        for (const j of candidate.members) (leftOpen ? close : open)(rest[j] as number);
        if (found) {
          const members = new Set(candidate.members);
          return setOf(leftOpen ? rest.map((_g, j) => j).filter((j) => !members.has(j)) : candidate.members);
        }
      }
      return null;
    };

    let examined = 0;
    let top = 0;
    // The number of the largest gains closed beside the necessary gaps, when nothing else is closed.
    let closedTop = 0;
    for (let k = 1; k <= rest.length; k++) {
      top += restGain[largestFirst[k - 1] as number] as number;
      if (top < need) continue;
      const count = binomial(rest.length, k, SEARCH_LIMIT);
      if (examined + count <= SEARCH_LIMIT) {
        examined += count;
        const best = bestOf(k);
        closedTop = -1;
        if (best) return { chosen: best, necessary: necessarySet, reachable: true, optimal: true };
      } else {
        if (closedTop === k - 1) close(rest[largestFirst[k - 1] as number] as number);
        else closeOnly(setOf(largestFirst.slice(0, k)));
        closedTop = k;
        if (reaches(target)) return { chosen: setOf(largestFirst.slice(0, k)), necessary: necessarySet, reachable: true, optimal: false };
      }
    }
    return { chosen: all, necessary: necessarySet, reachable: true, optimal: false };
  };

  const effortOf = (criteria: readonly number[]): EffortTotal =>
    effortTotal(criteria.map((g) => ({ criterion: ids[g] as string, ...(gaps[g]?.effort ? { effort: gaps[g]?.effort } : {}) })));

  const plan = (target: 'conditional' | 'approved', first: readonly number[]): PathPlan => {
    const { chosen, necessary, reachable, optimal } = search(target);
    const inChosen = new Set(chosen);
    const leading = first.filter((g) => inChosen.has(g));
    const lead = new Set(leading);
    const ordered = [
      ...leading,
      ...chosen.filter((g) => !lead.has(g) && necessary.has(g)).sort((a, b) => a - b),
      ...chosen.filter((g) => !lead.has(g) && !necessary.has(g)).sort((a, b) => (gains[b] as Decimal).comparedTo(gains[a] as Decimal) || a - b),
    ];
    closeOnly([]);
    let before = base.score;
    let end = base;
    const steps: PathStep[] = ordered.map((g) => {
      const gap = gaps[g] as Gap;
      close(g);
      const after = state.decide();
      end = after;
      const gained = after.score.minus(before);
      before = after.score;
      const action = gap.stability ? 'remove-special-cause' : gap.status === 'missing' ? 'provide-evidence' : 'close-gap';
      const why: Why = {
        code: PATH_CODES[action],
        params: { criterion: gap.criterion, points: decimalString(gained), score: decimalString(after.score), grade: after.grade, decision: after.decision },
      };
      return {
        criterion: gap.criterion,
        title: gap.title,
        category: gap.category,
        causeFamily: gap.causeFamily,
        severity: gap.severity,
        action,
        impact: gap.impact,
        pointsLost: gap.pointsLost,
        pointsGained: decimalString(gained),
        score: decimalString(after.score),
        grade: after.grade,
        decision: after.decision,
        ...(gap.remedy ? { remedy: gap.remedy } : {}),
        ...(gap.effort ? { effort: { ...gap.effort } } : {}),
        explanation: englishText(why.code, why.params),
        why,
      };
    });
    const criteria = ordered.map((g) => ids[g] as string);
    const params = {
      target,
      count: String(ordered.length),
      criteria: criteria.join(', '),
      score: decimalString(end.score),
      grade: end.grade,
      decision: end.decision,
    };
    const why: Why = { code: reachable ? 'path.plan' : 'path.unreachable', params };
    return {
      target,
      reachable,
      optimal,
      criteria,
      steps,
      score: decimalString(end.score),
      grade: end.grade,
      decision: end.decision,
      pointsGained: decimalString(end.score.minus(base.score)),
      effort: effortOf(ordered),
      explanation: englishText(why.code, why.params),
      why,
    };
  };

  const current = evaluation.decision;
  let next: PathPlan | null = null;
  let approval: PathPlan | null = null;
  if (RANK[current] > RANK.conditional) {
    next = plan('conditional', []);
    approval = plan('approved', next.criteria.map((id) => gapAt.get(id) as number));
  } else if (current === 'conditional') {
    next = approval = plan('approved', []);
  }
  return {
    supplier: { id: evaluation.supplier.id, name: evaluation.supplier.name },
    decision: current,
    score: evaluation.score,
    grade: evaluation.grade,
    next,
    approval,
  };
}
