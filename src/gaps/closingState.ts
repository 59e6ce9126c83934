import type { KindOutcome } from '../criteria/outcome.js';
import { Decimal, roundHalfUp } from '../decimal.js';
import { ruleCriterion } from '../evaluate.js';
import { decimalOf, ZERO } from '../fast/fastContext.js';
import { NOT_APPLICABLE, STATUS_NAMES, type CompiledProfile } from '../fast/plan.js';
import { roundedUnits, unitsString } from '../fast/roundedUnits.js';
import type { ProcessStep } from '../schema/evidence.js';
import type { Rule } from '../schema/rule.js';
import { auditGroups, auditQuestionState, type AuditQuestionState, type CategoryAuditGroups } from '../scoring/auditGroups.js';
import type { Decision } from '../scoring/evaluation.js';
import { decisionForGrade, gradeBandFor, worseDecision, worseGrade } from '../scoring/grades.js';
import { firedRules, inScope, matchingCriteria, type RuleCriterion, type RuleSubject } from '../scoring/rules.js';
import { limitDecimal } from '../scoring/limits.js';
import { unitsDecimal, wholeUnits } from './wholeUnits.js';
import { isAnsweredInPoints } from '../criteria/answeredInPoints.js';

/** The rounded score, category scores, grade and decision of an evaluation with some criteria taken as met. */
export interface Decided {
  /** The overall score, rounded to the profile's places. */
  readonly score: Decimal;
  /** Category scores, rounded (null when nothing applies). */
  readonly categoryScores: ReadonlyArray<Decimal | null>;
  readonly grade: string;
  readonly decision: Decision;
}

/** A result another criterion gated (a measurement failed by its gauge study), by position, with its own outcome: what it is while that criterion is taken as met. */
export interface GatedResult {
  readonly gated: number;
  readonly by: number;
  readonly own: KindOutcome;
}

/** The rounded overall score, grade and decision of an evaluation with some criteria taken as met. */
export type ClosingDecision = Omit<Decided, 'categoryScores'>;

/**
 * An evaluation scored again while criteria are taken as fully met one at a time: closing or opening
 * one criterion updates its category's exact sum, the overall weighted sum and the counts of the rules
 * it matches, so a decision costs about the number of rules that can change, not of criteria or
 * categories (rules on audit groups aside: with any, the audit groups are worked out again after a
 * question changed).
 */
export interface ClosingState {
  /** Takes the criterion at this position (profile order) as fully met. */
  close(i: number): void;
  /** Takes the criterion at this position back as recorded. */
  open(i: number): void;
  /** The rounded score, grade and decision of the criteria as they stand now (remembered until a change). */
  decide(): ClosingDecision;
  /** The rounded category scores as they stand now (null when nothing applies). */
  categoryScores(): ReadonlyArray<Decimal | null>;
}

const POWERS: bigint[] = [];
/** 10^e as a big integer (remembered). */
const tenTo = (e: number): bigint => (POWERS[e] ??= 10n ** BigInt(e));

/** A category's weighted sum while criteria close and open. */
interface CategorySum {
  /** The criteria that apply, in profile order. */
  readonly applicable: readonly number[];
  /** Σ weights of the applicable criteria, folded as the scoring folds it, and as a double. */
  readonly weight: Decimal;
  /** The weight as a whole number of units of 10^-weightScale. */
  readonly weightUnits: bigint;
  readonly weightScale: number;
  /**
   * Whether every partial sum of the weighted scores, in any state, has at most 50 significant digits:
   * then the scoring's decimal fold is exact and equals the exact sum.
   */
  readonly foldExact: boolean;
  /** The exact Σ weight × score of the applicable criteria, in units of 10^-scale. */
  sum: bigint;
  /** The rounded score, its decimal and its 50-digit value, worked out when asked for after a change. */
  rounded: Decimal | null | undefined;
  exact: Decimal | null | undefined;
  /** The score as a double within a few units in the last place of the exact quotient. */
  approximate: number;
}

/**
 * Returns the scoring state of an evaluation from its recorded outcomes (profile order), with every
 * criterion as recorded; `met(i)` gives the outcome of criterion `i` taken as met, asked once for each
 * of `closable`, the only criteria that `close` accepts. Every decision equals scoring the outcomes
 * again in full (`outcomeNumbers` and the rules): the overall score is rounded from a double with an
 * error bound where that is certain and otherwise from the exact decimals of the scoring, folded in its
 * order; a category score is rounded from its exact sum, folded again only where the fold could round
 * and the rounding is in doubt.
 *
 * @example
 * const state = closingState(compiled, outcomes, [4, 7], (i) => assumedMet(criteria[i], context));
 * state.close(4);
 * state.decide().decision
 * //=> 'rejected'
 */
export function closingState(
  compiled: CompiledProfile,
  recorded: readonly KindOutcome[],
  closable: readonly number[],
  met: (i: number) => KindOutcome,
  processSteps?: readonly ProcessStep[],
  gates: readonly GatedResult[] = [],
): ClosingState {
  const profile = compiled.profile;
  const places = compiled.places;
  const n = recorded.length;
  const criteria = compiled.criteria;
  const categories = compiled.categories;
  const metOutcome = new Map<number, KindOutcome>(closable.map((i) => [i, met(i)]));

  // Every term weight × score as the scoring multiplies it, recorded and met, and one scale for all.
  const categoryOf = new Array<number>(n);
  for (let k = 0; k < categories.length; k++) {
    const c = categories[k] as (typeof categories)[number];
    for (let i = c.from; i < c.to; i++) categoryOf[i] = k;
  }
  const applies = (i: number) => STATUS_NAMES.indexOf((recorded[i] as KindOutcome).status) !== NOT_APPLICABLE;
  const recordedTerm = recorded.map((outcome, i) => (applies(i) ? (criteria[i] as (typeof criteria)[number]).weightExact.times(outcome.score) : ZERO));
  const metTerm = new Map<number, Decimal>([...metOutcome].map(([i, outcome]) => [i, (criteria[i] as (typeof criteria)[number]).weightExact.times(outcome.score)]));
  // A gated result's own outcome, while the criterion that gates it is taken as met.
  const ownOutcome = new Map<number, KindOutcome>(gates.map((g) => [g.gated, g.own]));
  const gateOf = new Map<number, number>(gates.map((g) => [g.gated, g.by]));
  const gatedBy = new Map<number, number[]>();
  for (const g of gates) {
    const list = gatedBy.get(g.by);
    if (list === undefined) gatedBy.set(g.by, [g.gated]);
    else list.push(g.gated);
  }
  const ownTerm = new Map<number, Decimal>([...ownOutcome].map(([i, outcome]) => [i, applies(i) ? (criteria[i] as (typeof criteria)[number]).weightExact.times(outcome.score) : ZERO]));
  let scale = 0;
  for (const term of recordedTerm) scale = Math.max(scale, term.decimalPlaces());
  for (const term of metTerm.values()) scale = Math.max(scale, term.decimalPlaces());
  for (const term of ownTerm.values()) scale = Math.max(scale, term.decimalPlaces());
  const recordedUnits = recordedTerm.map((term) => wholeUnits(term, scale));
  const ownUnits = new Map<number, bigint>([...ownTerm].map(([i, term]) => [i, wholeUnits(term, scale)]));
  const change = new Map<number, bigint>([...metTerm].map(([i, term]) => [i, wholeUnits(term, scale) - (recordedUnits[i] as bigint)]));

  const sums: CategorySum[] = categories.map((c) => {
    const applicable: number[] = [];
    for (let i = c.from; i < c.to; i++) if (applies(i)) applicable.push(i);
    let weight = ZERO;
    let sum = 0n;
    let bound = 0n;
    let places = 0;
    for (const i of applicable) {
      weight = weight.plus((criteria[i] as (typeof criteria)[number]).weightExact);
      const units = recordedUnits[i] as bigint;
      sum += units;
      let largest = 0n;
      for (const u of [units, units + (change.get(i) ?? 0n), ownUnits.get(i) ?? 0n]) largest = (u < 0n ? -u : u) > largest ? (u < 0n ? -u : u) : largest;
      bound += largest;
      places = Math.max(places, (recordedTerm[i] as Decimal).decimalPlaces(), metTerm.get(i)?.decimalPlaces() ?? 0, ownTerm.get(i)?.decimalPlaces() ?? 0);
    }
    const whole = (bound / tenTo(scale)).toString().length;
    const weightScale = weight.decimalPlaces();
    return { applicable, weight, weightUnits: wholeUnits(weight, weightScale), weightScale, foldExact: whole + places <= 50, sum, rounded: undefined, exact: undefined, approximate: 0 };
  });
  const scored = sums.map((s) => !s.weight.isZero());
  let total = ZERO;
  let totalDouble = 0;
  for (let k = 0; k < categories.length; k++) {
    if (!scored[k]) continue;
    total = total.plus((categories[k] as (typeof categories)[number]).weightExact);
    totalDouble += (categories[k] as (typeof categories)[number]).weight;
  }
  const closed = new Uint8Array(n);
  /** Which outcome each criterion has now: as recorded (0), taken as met (1), or its own once the criterion gating it is met (2). */
  const variant = new Uint8Array(n);
  const termOf = (i: number): Decimal => (variant[i] === 1 ? (metTerm.get(i) as Decimal) : variant[i] === 2 ? (ownTerm.get(i) as Decimal) : (recordedTerm[i] as Decimal));

  /** The category's score to 50 digits, exactly as the scoring works it out. */
  const exactScore = (k: number): Decimal | null => {
    const s = sums[k] as CategorySum;
    if (s.exact !== undefined) return s.exact;
    if (!scored[k]) s.exact = null;
    else if (s.foldExact) s.exact = unitsDecimal(s.sum, scale).div(s.weight);
    else {
      let sum = ZERO;
      for (const i of s.applicable) sum = sum.plus(termOf(i));
      s.exact = sum.div(s.weight);
    }
    return s.exact;
  };
  const unitScale = tenTo(places);
  /** Rounds a category score: from its exact sum where the 50-digit fold cannot change the rounding, else from the fold. */
  const roundedScore = (k: number): Decimal | null => {
    const s = sums[k] as CategorySum;
    if (s.rounded !== undefined) return s.rounded;
    if (!scored[k]) {
      s.rounded = null;
      return null;
    }
    // q = sum / weight; (2·q·10^places + 1) / 2 = numerator / denominator.
    const denominator = 2n * s.weightUnits * tenTo(scale);
    const numerator = 2n * s.sum * tenTo(s.weightScale) * unitScale + s.weightUnits * tenTo(scale);
    s.approximate = Number((s.sum * tenTo(s.weightScale + 20)) / (s.weightUnits * tenTo(scale))) / 1e20;
    const remainder = ((numerator % denominator) + denominator) % denominator;
    const distance = remainder < denominator - remainder ? remainder : denominator - remainder;
    // The 50-digit fold and quotient lie within 10^-40 of q (partial sums are at most 100 × the weight):
    // away from a rounding boundary they round as q does.
    if (distance * tenTo(40) <= denominator * unitScale) {
      s.rounded = roundHalfUp(exactScore(k) as Decimal, places);
    } else {
      const units = (numerator - remainder) / denominator;
      s.rounded = decimalOf(compiled, unitsString(Number(units), places));
    }
    return s.rounded;
  };

  // The overall weighted sum Σ category weight × score in doubles, kept up to date as categories
  // change, with a bound on the error its updates gathered (summed again once that grows).
  const U = Number.EPSILON;
  let weighted = 0;
  let weightedError = 0;
  const resum = () => {
    weighted = 0;
    for (let k = 0; k < categories.length; k++) if (scored[k]) weighted += (categories[k] as (typeof categories)[number]).weight * (sums[k] as CategorySum).approximate;
    weightedError = 4 * U * categories.length * 100 * totalDouble;
  };
  const changed = new Set<number>();
  /** The overall score rounded: from doubles where certain, else from the scoring's exact decimals. */
  const overallScore = (): Decimal => {
    if (total.isZero()) return ZERO;
    const units = roundedUnits(weighted / totalDouble, weightedError / totalDouble + 100 * (categories.length + 16) * U + 1e-30, places);
    if (!Number.isNaN(units)) return decimalOf(compiled, unitsString(units, places));
    let sum = ZERO;
    for (let k = 0; k < categories.length; k++) {
      const s = exactScore(k);
      if (s !== null) sum = sum.plus((categories[k] as (typeof categories)[number]).weightExact.times(s));
    }
    return roundHalfUp(sum.div(total), places);
  };

  // Criteria rules: how many criteria each matches now, and what closing each criterion changes.
  const rules = compiled.rules;
  const placed = profile.categories.flatMap((category) => category.criteria.map((criterion) => ({ category, criterion })));
  const ruleCriteria = (outcomeOf: (i: number) => KindOutcome): RuleCriterion[] =>
    placed.map(({ category, criterion }, i) => ruleCriterion(category.id, criterion, outcomeOf(i)));
  const subjectOf = (ruleList: RuleCriterion[]): RuleSubject => ({ criteria: ruleList, categories: [], score: ZERO, missingCountsAsFail: compiled.missingCountsAsFail });
  const recordedSubject = subjectOf(ruleCriteria((i) => recorded[i] as KindOutcome));
  const metSubject = subjectOf(ruleCriteria((i) => metOutcome.get(i) ?? (recorded[i] as KindOutcome)));
  const ownSubject = ownOutcome.size === 0 ? null : subjectOf(ruleCriteria((i) => ownOutcome.get(i) ?? (recorded[i] as KindOutcome)));
  /** Per criteria rule, the ids it matches with each criterion as recorded, met and own (only for profiles with gated results). */
  const matchesBy: Array<readonly [Set<string>, Set<string>, Set<string>]> = [];
  const criteriaRules: number[] = [];
  const scoreRules: number[] = [];
  const categoryRules: number[] = [];
  const groupRules: Rule[] = [];
  // Category-score rules: per category the rules looking at it, per rule how many of its categories are below.
  const belowRules = categories.map((): number[] => []);
  const limitOf = (rule: Rule) => limitDecimal(rule.when, (rule.when as { below: string }).below);
  const below = (score: Decimal | null | undefined, rule: Rule) => score !== null && score !== undefined && score.lt(limitOf(rule));
  const counts = new Array<number>(rules.length).fill(0);
  const ruleChanges = new Map<number, Array<[number, number]>>();
  const indexOf = new Map(placed.map(({ criterion }, i) => [criterion.id, i]));
  rules.forEach((rule, r) => {
    const type = rule.when.type;
    if (type === 'criteria') {
      criteriaRules.push(r);
      const before = new Set(matchingCriteria(rule, recordedSubject));
      const after = new Set(matchingCriteria(rule, metSubject));
      if (ownSubject !== null) matchesBy[r] = [before, after, new Set(matchingCriteria(rule, ownSubject))];
      counts[r] = before.size;
      for (const [ids, delta] of [
        [before, -1],
        [after, 1],
      ] as const) {
        for (const id of ids) {
          if (before.has(id) && after.has(id)) continue;
          const i = indexOf.get(id) as number;
          let list = ruleChanges.get(i);
          if (!list) ruleChanges.set(i, (list = []));
          list.push([r, delta]);
        }
      }
    } else if (type === 'group-score' || type === 'group-coverage') groupRules.push(rule);
    else if (type === 'score') scoreRules.push(r);
    else {
      categoryRules.push(r);
      profile.categories.forEach((category, k) => inScope(rule, category.id) && (belowRules[k] as number[]).push(r));
    }
  });
  const categoryIndex = new Map(profile.categories.map((c, k) => [c.id, k]));
  const scoreOf = (rule: Rule, score: Decimal): Decimal | null => {
    if (rule.scope === undefined) return score;
    const k = categoryIndex.get(rule.scope);
    return k === undefined ? null : (roundedScore(k) ?? null);
  };

  // Audit questions, for rules on audit groups.
  const questionAt = new Map<number, number>();
  const questions: AuditQuestionState[] = [];
  const metQuestions = new Map<number, AuditQuestionState>();
  if (groupRules.length > 0) {
    placed.forEach(({ category, criterion }, i) => {
      if (!isAnsweredInPoints(criterion)) return;
      questionAt.set(i, questions.length);
      questions.push(auditQuestionState(category.id, criterion, recorded[i] as KindOutcome));
      const outcome = metOutcome.get(i);
      if (outcome) metQuestions.set(i, auditQuestionState(category.id, criterion, outcome));
    });
  }
  const recordedQuestions = [...questions];
  let audit: CategoryAuditGroups[] | undefined;

  let missing = recorded.filter((o) => o.status === 'missing').length;

  const outcomeIn = (i: number, v: number): KindOutcome => (v === 1 ? (metOutcome.get(i) as KindOutcome) : v === 2 ? (ownOutcome.get(i) as KindOutcome) : (recorded[i] as KindOutcome));
  const unitsIn = (i: number, v: number): bigint => (v === 1 ? (recordedUnits[i] as bigint) + (change.get(i) as bigint) : v === 2 ? (ownUnits.get(i) as bigint) : (recordedUnits[i] as bigint));
  /** Gives criterion i another of its outcomes, updating its category's sum, the rule counts, the missing count and the audit questions. */
  const shift = (i: number, to: number) => {
    const from = variant[i] as number;
    if (from === to) return;
    variant[i] = to;
    const k = categoryOf[i] as number;
    if (applies(i)) {
      (sums[k] as CategorySum).sum += unitsIn(i, to) - unitsIn(i, from);
      changed.add(k);
    }
    if (from + to === 1) {
      const sign = to === 1 ? 1 : -1;
      for (const [r, delta] of ruleChanges.get(i) ?? []) counts[r] = (counts[r] as number) + sign * delta;
    } else {
      const id = (placed[i] as (typeof placed)[number]).criterion.id;
      for (const r of criteriaRules) {
        const sets = matchesBy[r] as readonly [Set<string>, Set<string>, Set<string>];
        counts[r] = (counts[r] as number) + (sets[to]!.has(id) ? 1 : 0) - (sets[from]!.has(id) ? 1 : 0);
      }
    }
    missing += (outcomeIn(i, to).status === 'missing' ? 1 : 0) - (outcomeIn(i, from).status === 'missing' ? 1 : 0);
    const q = questionAt.get(i);
    if (q !== undefined) {
      questions[q] = to === 1 ? (metQuestions.get(i) as AuditQuestionState) : (recordedQuestions[q] as AuditQuestionState);
      audit = undefined;
    }
    decided = undefined;
  };
  /** The outcome of an open criterion: its own once the criterion gating it is met, else as recorded. */
  const openVariant = (i: number): number => {
    const by = gateOf.get(i);
    return by !== undefined && closed[by] === 1 ? 2 : 0;
  };
  const toggle = (i: number, to: 0 | 1) => {
    if (closed[i] === to || !metOutcome.has(i)) return;
    closed[i] = to;
    shift(i, to === 1 ? 1 : openVariant(i));
    for (const j of gatedBy.get(i) ?? []) if (closed[j] !== 1) shift(j, openVariant(j));
  };

  /** Brings a changed category's rounded score, the weighted sum and the category-score rules up to date. */
  const update = (k: number) => {
    const s = sums[k] as CategorySum;
    const before = s.rounded;
    const approximate = s.approximate;
    s.rounded = undefined;
    s.exact = undefined;
    const after = roundedScore(k);
    if (scored[k]) {
      const delta = (categories[k] as (typeof categories)[number]).weight * (s.approximate - approximate);
      weighted += delta;
      weightedError += 4 * U * (Math.abs(weighted) + Math.abs(delta));
    }
    if (before === after || (before && after && before.eq(after))) return;
    for (const r of belowRules[k] as number[]) counts[r] = (counts[r] as number) + (below(after, rules[r] as Rule) ? 1 : 0) - (below(before, rules[r] as Rule) ? 1 : 0);
  };
  for (let k = 0; k < categories.length; k++) {
    const after = roundedScore(k);
    for (const r of belowRules[k] as number[]) if (below(after, rules[r] as Rule)) counts[r] = (counts[r] as number) + 1;
  }
  resum();

  let decided: ClosingDecision | undefined;
  const decide = (): ClosingDecision => {
    if (decided) return decided;
    for (const k of changed) update(k);
    changed.clear();
    if (weightedError > 1e-6 * totalDouble) resum();
    const score = overallScore();
    const effects: Array<Rule['then']> = [];
    for (const r of criteriaRules) if ((counts[r] as number) >= ((rules[r] as Rule).when as { atLeast: number }).atLeast) effects.push((rules[r] as Rule).then);
    for (const r of categoryRules) if ((counts[r] as number) > 0) effects.push((rules[r] as Rule).then);
    for (const r of scoreRules) if (below(scoreOf(rules[r] as Rule, score), rules[r] as Rule)) effects.push((rules[r] as Rule).then);
    if (groupRules.length > 0) {
      audit ??= auditGroups(questions, processSteps);
      const groups = audit.length === 1 ? (audit[0] as CategoryAuditGroups).groups : audit.flatMap((c) => c.groups);
      const subject: RuleSubject = { criteria: [], categories: [], score, missingCountsAsFail: compiled.missingCountsAsFail, groups };
      for (const rule of firedRules(groupRules, subject)) effects.push(rule.effect);
    }
    let grade = gradeBandFor(score, profile.grades).grade;
    for (const effect of effects) if (effect.capGrade) grade = worseGrade(grade, effect.capGrade, profile.grades);
    let ruled = decisionForGrade(grade, profile.grades);
    for (const effect of effects) if (effect.capDecision) ruled = worseDecision(ruled, effect.capDecision);
    const rejectedByRule = effects.some((effect) => effect.capDecision === 'rejected');
    const incompleteByRule = effects.some((effect) => effect.incomplete === true);
    const decision: Decision = ((missing > 0 && !compiled.missingCountsAsFail) || incompleteByRule) && !rejectedByRule ? 'incomplete' : ruled;
    decided = { score, grade, decision };
    return decided;
  };
  const categoryScores = () => {
    decide();
    return categories.map((_c, k) => roundedScore(k));
  };

  return { close: (i) => toggle(i, 1), open: (i) => toggle(i, 0), decide, categoryScores };
}
