import type { Criterion } from '../criteria/criterion.js';
import { toDecimal } from '../decimal.js';
import { compareDecimalTexts } from '../fast/decimalText.js';
import type { GradeBand } from '../schema/profile.js';
import type { CriterionResult, FiredRule, Gap, GapImpact } from '../scoring/evaluation.js';
import { worseDecision, worseGrade } from '../scoring/grades.js';
import { KNOCK_OUT_RULE } from '../scoring/rules.js';
import { kindOf } from '../kinds/registry.js';
import { gatedBy } from '../kinds/links.js';

const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;
/** Compares two points-lost texts exactly, without building decimals for plain texts. */
const comparePoints = (a: string, b: string): number => compareDecimalTexts(a, b) ?? toDecimal(a).comparedTo(toDecimal(b));

interface Ranked {
  readonly result: CriterionResult;
  readonly order: number;
  readonly rules: readonly FiredRule[];
  readonly categoryRules: readonly FiredRule[];
  readonly knockOut: boolean;
  readonly impact: GapImpact;
  /** Knock-out 4, triggers a rule 2, contributes to a category rule 1, summed: higher ranks first. */
  readonly weight: number;
  /** Points lost as a double: distinct doubles order their decimals the same way (rounding is monotone). */
  readonly lost: number;
}

/** Orders gaps: knock-outs, rule triggers, category rules, then by points lost (exactly), severity, impact; 0 for gaps of equal rank. */
function byRank(a: Ranked, b: Ranked): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.lost < b.lost) return 1;
  if (a.lost > b.lost) return -1;
  if (a.result.pointsLost !== b.result.pointsLost) {
    const points = comparePoints(b.result.pointsLost, a.result.pointsLost);
    if (points !== 0) return points;
  }
  return SEVERITY_ORDER[a.result.severity] - SEVERITY_ORDER[b.result.severity] || IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact];
}

/** Orders gaps by rank, then in profile order. */
function byPriority(a: Ranked, b: Ranked): number {
  return byRank(a, b) || a.order - b.order;
}

const IMPACT_ORDER: Readonly<Record<GapImpact, number>> = { 'knock-out': 0, rule: 1, 'missing-evidence': 2, category: 3, points: 4 };

/**
 * Returns the gaps in their order with each gauge study's gap moved before the first gap of a
 * measurement its verdict gated (the gap to close first): before every gap of that one's rank, so
 * the order does not depend on the order of criteria of equal rank. In one pass.
 */
function gaugesFirst(ranked: readonly Ranked[]): readonly Ranked[] {
  const position = new Map<string, number>();
  ranked.forEach((r, i) => position.set(r.result.id, i));
  const before = new Map<number, number[]>();
  const moved = new Set<number>();
  let tieStart = 0;
  ranked.forEach((r, i) => {
    if (i > 0 && byRank(ranked[i - 1] as Ranked, r) !== 0) tieStart = i;
    const gauge = gatedBy(r.result);
    const j = gauge === undefined ? undefined : position.get(gauge);
    if (j === undefined || j <= i || moved.has(j)) return;
    moved.add(j);
    const list = before.get(tieStart);
    if (list) list.push(j);
    else before.set(tieStart, [j]);
  });
  if (moved.size === 0) return ranked;
  const order: Ranked[] = [];
  ranked.forEach((r, i) => {
    for (const gauge of before.get(i) ?? []) order.push(ranked[gauge] as Ranked);
    if (!moved.has(i)) order.push(r);
  });
  return order;
}

/**
 * Sorts gaps by priority in place: a short list (most evaluations have a few dozen gaps at most) by
 * insertion, which needs no work space; a longer one by `Array.prototype.sort`. Both are stable and
 * `byPriority` orders every pair, so both give the same order.
 */
function sortRanked(ranked: Ranked[]): void {
  if (ranked.length > 32) {
    ranked.sort(byPriority);
    return;
  }
  for (let i = 1; i < ranked.length; i++) {
    const item = ranked[i] as Ranked;
    let j = i - 1;
    while (j >= 0 && byPriority(ranked[j] as Ranked, item) > 0) {
      ranked[j + 1] = ranked[j] as Ranked;
      j--;
    }
    ranked[j + 1] = item;
  }
}

/**
 * Returns the gaps of an evaluation: every criterion not fully met (partial, failed or missing), each
 * with what it costs in points and how it bears on the decision (knock-out, the rules it triggers and
 * what they cap, the category rules it contributes to, missing evidence). Ordered knock-outs first,
 * then gaps that trigger a rule, then by points lost, then by severity, then in profile order, and
 * numbered by priority from 1. `grades` (the profile's bands, best first) orders grade caps.
 *
 * @example
 * gapList(results, criteria, fired, profile.grades)[0].criterion
 * //=> 'throat-d'
 */
export function gapList(
  results: readonly CriterionResult[],
  criteria: ReadonlyMap<string, Criterion>,
  fired: readonly FiredRule[],
  grades?: readonly GradeBand[],
): Gap[] {
  const rulesOf = new Map<string, FiredRule[]>();
  const categoryRulesOf = new Map<string, FiredRule[]>();
  for (const rule of fired) {
    // Push, never copy: a rule firing on every criterion must not make this quadratic.
    for (const id of rule.criteria) {
      const list = rulesOf.get(id);
      if (list) list.push(rule);
      else rulesOf.set(id, [rule]);
    }
    for (const id of rule.categories) {
      const list = categoryRulesOf.get(id);
      if (list) list.push(rule);
      else categoryRulesOf.set(id, [rule]);
    }
  }
  const ranked: Ranked[] = [];
  for (let order = 0; order < results.length; order++) {
    const result = results[order] as CriterionResult;
    if (result.status !== 'partial' && result.status !== 'fail' && result.status !== 'missing') continue;
    const rules = rulesOf.get(result.id) ?? [];
    const categoryRules = categoryRulesOf.get(result.category) ?? [];
    const knockOut = rules.some((rule) => rule.id === KNOCK_OUT_RULE);
    const impact: GapImpact = knockOut
      ? 'knock-out'
      : rules.length > 0
        ? 'rule'
        : result.status === 'missing'
          ? 'missing-evidence'
          : categoryRules.length > 0
            ? 'category'
            : 'points';
    const weight = (knockOut ? 4 : 0) + (rules.length > 0 ? 2 : 0) + (categoryRules.length > 0 ? 1 : 0);
    ranked.push({ result, order, rules, categoryRules, knockOut, impact, weight, lost: Number(result.pointsLost) });
  }
  sortRanked(ranked);
  const ordered = gaugesFirst(ranked);
  const gaps: Gap[] = new Array<Gap>(ranked.length);
  for (let index = 0; index < ordered.length; index++) {
    const { result, rules, categoryRules, knockOut, impact } = ordered[index] as Ranked;
    const criterion = criteria.get(result.id);
    // A gap of its own (an unstable process): its cause family and effort are its own, the criterion's remedy is not for it.
    const unstable = criterion ? (kindOf(criterion.kind).ownGap?.(criterion, result.why, result.found) ?? null) : null;
    const effort = unstable ? unstable.effort : criterion?.effort;
    let capDecision: 'conditional' | 'rejected' | undefined;
    let capGrade: string | undefined;
    for (const list of [rules, categoryRules]) {
      for (const rule of list) {
        const effect = rule.effect;
        if (effect.capDecision) capDecision = capDecision ? worseDecision(capDecision, effect.capDecision) : effect.capDecision;
        if (effect.capGrade) capGrade = capGrade && grades ? worseGrade(capGrade, effect.capGrade, grades) : effect.capGrade;
      }
    }
    // Property by property in the order of a gap, without object spread.
    const gap: Record<string, unknown> = {
      priority: index + 1,
      criterion: result.id,
      title: result.title,
      category: result.category,
      kind: result.kind,
      severity: result.severity,
      causeFamily: unstable ? unstable.causeFamily : gatedBy(result) === undefined ? result.causeFamily : 'measurement',
      status: result.status,
      required: result.required,
      found: result.found,
      score: result.score,
      shortfall: result.shortfall,
      pointsLost: result.pointsLost,
      knockOut,
      rules: rules.map((rule) => rule.id),
      categoryRules: categoryRules.map((rule) => rule.id),
      impact,
    };
    if (capDecision) gap.capDecision = capDecision;
    if (capGrade) gap.capGrade = capGrade;
    if (unstable) gap.stability = unstable.stability;
    gap.explanation = result.explanation;
    if (result.remedy && !unstable) gap.remedy = result.remedy;
    if (effort) gap.effort = { ...effort };
    gaps[index] = gap as unknown as Gap;
  }
  return gaps;
}
