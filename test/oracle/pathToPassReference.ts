// The reference path to a pass: the plain search that scores every candidate set again in full, which
// the property tests compare the library's incremental pathToPass with.
import type { Why } from '../../src/criteria/outcome.js';
import { Decimal, decimalString, toDecimal } from '../../src/decimal.js';
import { optionsIssues, ValidationError } from '../../src/errors/index.js';
import { englishText } from '../../src/locales/englishText.js';
import { effortTotal } from '../../src/gaps/effortTotal.js';
import type { PathPlan, PathStep, PathToPass, PathToPassOptions } from '../../src/gaps/pathToPass.js';
import type { Decision, Gap } from '../../src/scoring/evaluation.js';
import { decisionForGrade } from '../../src/scoring/grades.js';
import { rescorer, type Decided } from '../../src/gaps/rescore.js';
import { smallest } from '../../src/lists/smallest.js';

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

/**
 * Returns the path to a pass by the plain search: every candidate set scored again in full
 * (`rescorer(...).decide`), remembered by its sorted criteria, with sums of decimals. `pathToPass`
 * must give the very same result, byte for byte.
 *
 * @example
 * JSON.stringify(pathToPassReference(profile, evaluation)) === JSON.stringify(pathToPass(profile, evaluation))
 * //=> true
 */
export function pathToPassReference(profileInput: unknown, evaluationInput: unknown, options: PathToPassOptions = {}): PathToPass {
  const scorer = rescorer(profileInput, evaluationInput);
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const { profile, evaluation } = scorer;
  const places = profile.places;
  const gaps = evaluation.gaps;
  const ids = gaps.map((gap) => gap.criterion);
  const gapOf = new Map(gaps.map((gap) => [gap.criterion, gap]));
  const priorityOf = new Map(gaps.map((gap, i) => [gap.criterion, i]));
  const byPriority = (a: string, b: string) => (priorityOf.get(a) as number) - (priorityOf.get(b) as number);

  const memo = new Map<string, Decided>();
  const decide = (set: readonly string[]): Decided => {
    const key = [...set].sort(byPriority).join('\u0000');
    let decided = memo.get(key);
    if (!decided) {
      decided = scorer.decide(new Set(set));
      memo.set(key, decided);
    }
    return decided;
  };
  const reaches = (set: readonly string[], target: Decision) => RANK[decide(set).decision] <= RANK[target];

  // Exact gain of closing each gap: its share of the overall score times what it misses of 100.
  const base = decide([]);
  const shareOf = new Map<string, Decimal>();
  let index = 0;
  for (const category of profile.categories) {
    for (const criterion of category.criteria) shareOf.set(criterion.id, scorer.shares[index++] as Decimal);
  }
  const resultOf = new Map(evaluation.criteria.map((result) => [result.id, result]));
  // A gap that gates others also gains what they gain back with it (their own score over the recorded one).
  const criterionIds = profile.categories.flatMap((category) => category.criteria.map((criterion) => criterion.id));
  const gatedGainOf = (id: string) => {
    let gain = new Decimal(0);
    for (const gate of scorer.gates) {
      if (criterionIds[gate.by] !== id) continue;
      const gatedId = criterionIds[gate.gated] as string;
      const recorded = resultOf.get(gatedId);
      const more = gate.own.score.minus(toDecimal(recorded?.exactScore ?? recorded?.score ?? '0'));
      if (more.gt(0)) gain = gain.plus(more.times(shareOf.get(gatedId) ?? 0));
    }
    return gain;
  };
  const gainOf = new Map(
    ids.map((id) => {
      const result = resultOf.get(id);
      const exact = toDecimal(result?.exactScore ?? result?.score ?? '0');
      return [id, new Decimal(100).minus(exact).times(shareOf.get(id) ?? 0).plus(gatedGainOf(id))];
    }),
  );
  const gainF = (id: string) => (gainOf.get(id) as Decimal).toNumber();
  const baseF = scorer.overall.toNumber();
  const halfUnit = 0.5 * 10 ** -places;

  // Effort: what makes one equally small set cheaper than another.
  const hasEffort = gaps.some((gap) => gap.effort && (gap.effort.days !== undefined || gap.effort.cost !== undefined));
  const currencies = new Set(gaps.filter((gap) => gap.effort?.cost !== undefined).map((gap) => gap.effort?.currency ?? ''));
  const byCost = (options.prefer ?? 'cost') === 'cost' && currencies.size <= 1;
  const measure = (id: string, which: 'cost' | 'days'): Decimal | null => {
    const value = gapOf.get(id)?.effort?.[which];
    return value === undefined ? null : toDecimal(value);
  };
  const primary: 'cost' | 'days' = byCost ? 'cost' : 'days';
  const secondary: 'cost' | 'days' = byCost ? 'days' : 'cost';
  /** What makes one set of gaps preferable to another of the same size, worked out once per set. */
  interface SetKey {
    readonly set: readonly string[];
    readonly unknown: number;
    readonly primary: Decimal;
    readonly secondary: Decimal;
    readonly gain: Decimal;
    readonly priorities: readonly number[];
  }
  const zero = new Decimal(0);
  const keyOf = (set: readonly string[]): SetKey => {
    let unknown = 0;
    let first = zero;
    let second = zero;
    let gain = zero;
    for (const id of set) {
      const p = measure(id, primary);
      if (p === null) unknown++;
      else first = first.plus(p);
      second = second.plus(measure(id, secondary) ?? 0);
      gain = gain.plus(gainOf.get(id) ?? 0);
    }
    return { set, unknown, primary: first, secondary: second, gain, priorities: set.map((id) => priorityOf.get(id) as number).sort((x, y) => x - y) };
  };
  /** Negative when `a` is preferred: with effort estimates fewer unestimated gaps, then cheaper, then quicker; then more points; then higher priority. */
  const compareKeys = (a: SetKey, b: SetKey): number => {
    if (hasEffort) {
      const order = a.unknown - b.unknown || a.primary.comparedTo(b.primary) || (currencies.size <= 1 || secondary === 'days' ? a.secondary.comparedTo(b.secondary) : 0);
      if (order !== 0) return order;
    }
    const byGain = b.gain.comparedTo(a.gain);
    if (byGain !== 0) return byGain;
    for (let i = 0; i < a.priorities.length; i++) if (a.priorities[i] !== b.priorities[i]) return (a.priorities[i] as number) - (b.priorities[i] as number);
    return 0;
  };

  /** The lowest score whose grade band can give `target` (rules only ever lower). */
  const thresholdFor = (target: Decision): number | null => {
    const mins = profile.grades.filter((band) => RANK[decisionForGrade(band.grade, profile.grades)] <= RANK[target]).map((band) => toDecimal(band.min).toNumber());
    return mins.length ? smallest(mins) : null;
  };

  const search = (target: 'conditional' | 'approved'): { chosen: string[]; necessary: Set<string>; reachable: boolean; optimal: boolean } => {
    if (!reaches(ids, target)) return { chosen: [...ids], necessary: new Set(ids), reachable: false, optimal: true };
    const necessary = ids.filter((id) => !reaches(ids.filter((other) => other !== id), target));
    const necessarySet = new Set(necessary);
    if (reaches(necessary, target)) return { chosen: necessary, necessary: necessarySet, reachable: true, optimal: true };
    const rest = ids.filter((id) => !necessarySet.has(id));
    const threshold = thresholdFor(target) ?? 0;
    const need = threshold - halfUnit - 1e-9 - baseF - necessary.reduce((acc, id) => acc + gainF(id), 0);
    const restGain = rest.map(gainF);
    const largestFirst = rest.map((_, i) => i).sort((a, b) => (restGain[b] as number) - (restGain[a] as number) || a - b);
    let examined = 0;
    for (let k = 1; k <= rest.length; k++) {
      const top = largestFirst.slice(0, k).reduce((acc, i) => acc + (restGain[i] as number), 0);
      if (top < need) continue;
      const count = binomial(rest.length, k, SEARCH_LIMIT);
      if (examined + count <= SEARCH_LIMIT) {
        examined += count;
        // Every set of k that could reach the score, best first; the first that really reaches wins.
        const candidates: SetKey[] = [];
        forEachCombination(rest.length, k, (combo) => {
          if (combo.reduce((acc, i) => acc + (restGain[i] as number), 0) < need) return;
          candidates.push(keyOf([...necessary, ...combo.map((i) => rest[i] as string)]));
        });
        candidates.sort(compareKeys);
        const best = candidates.find((candidate) => reaches(candidate.set, target));
        if (best) return { chosen: [...best.set], necessary: necessarySet, reachable: true, optimal: true };
      } else {
        const set = [...necessary, ...largestFirst.slice(0, k).map((i) => rest[i] as string)];
        if (reaches(set, target)) return { chosen: set, necessary: necessarySet, reachable: true, optimal: false };
      }
    }
    return { chosen: [...ids], necessary: necessarySet, reachable: true, optimal: false };
  };

  const plan = (target: 'conditional' | 'approved', first: readonly string[]): PathPlan => {
    const { chosen, necessary, reachable, optimal } = search(target);
    const inChosen = new Set(chosen);
    const leading = first.filter((id) => inChosen.has(id));
    const lead = new Set(leading);
    const ordered = [
      ...leading,
      ...chosen.filter((id) => !lead.has(id) && necessary.has(id)).sort(byPriority),
      ...chosen
        .filter((id) => !lead.has(id) && !necessary.has(id))
        .sort((a, b) => (gainOf.get(b) as Decimal).comparedTo(gainOf.get(a) as Decimal) || byPriority(a, b)),
    ];
    let before = base.score;
    const steps: PathStep[] = ordered.map((id, i) => {
      const gap = gapOf.get(id) as Gap;
      const after = decide(ordered.slice(0, i + 1));
      const gained = after.score.minus(before);
      before = after.score;
      const action = gap.stability ? 'remove-special-cause' : gap.status === 'missing' ? 'provide-evidence' : 'close-gap';
      const why: Why = {
        code: action === 'remove-special-cause' ? 'path.stabilize' : action === 'provide-evidence' ? 'path.provide' : 'path.close',
        params: { criterion: id, points: decimalString(gained), score: decimalString(after.score), grade: after.grade, decision: after.decision },
      };
      return {
        criterion: id,
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
    const end = decide(ordered);
    const params = {
      target,
      count: String(ordered.length),
      criteria: ordered.join(', '),
      score: decimalString(end.score),
      grade: end.grade,
      decision: end.decision,
    };
    const why: Why = { code: reachable ? 'path.plan' : 'path.unreachable', params };
    return {
      target,
      reachable,
      optimal,
      criteria: ordered,
      steps,
      score: decimalString(end.score),
      grade: end.grade,
      decision: end.decision,
      pointsGained: decimalString(end.score.minus(base.score)),
      effort: effortTotal(ordered.map((id) => ({ criterion: id, ...(gapOf.get(id)?.effort ? { effort: gapOf.get(id)?.effort } : {}) }))),
      explanation: englishText(why.code, why.params),
      why,
    };
  };

  const current = evaluation.decision;
  let next: PathPlan | null = null;
  let approval: PathPlan | null = null;
  if (RANK[current] > RANK.conditional) {
    next = plan('conditional', []);
    approval = plan('approved', next.criteria);
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
