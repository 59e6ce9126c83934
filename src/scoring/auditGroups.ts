import { auditPoints, auditThresholds, type AuditQuestionCriterion } from '../kinds/audit-question/schema.js';
import type { CriterionStatus, KindOutcome } from '../criteria/outcome.js';
import { Decimal, decimalString, roundHalfUp } from '../decimal.js';
import type { ProcessStep } from '../schema/evidence.js';
import type { AuditGroupLevel } from '../schema/rule.js';
import type { AuditGroupResult, AuditGroupsResult } from './evaluation.js';

/** What the group scores need to know of one audit question and its evidence. */
export interface AuditQuestionState {
  readonly id: string;
  readonly category: string;
  readonly element?: string;
  readonly subElement?: string;
  readonly perStep: boolean;
  /** The highest point level (10 on the VDA 6.3 scale): the question's possible points. */
  readonly max: number;
  readonly status: CriterionStatus;
  /** Every individual result (one, several, or one per step). */
  readonly results: readonly number[];
  /** The per-step results, when the question was answered per process step. */
  readonly steps?: ReadonlyArray<{ readonly step: string; readonly points: number }>;
  /** Taken as fully met (a what-if or path to a pass): full points at every audited step too. */
  readonly assumedMet?: boolean;
}

/** One pooled group of audit questions, exact. */
export interface AuditGroup {
  readonly category: string;
  readonly level: AuditGroupLevel | 'overall';
  readonly id: string;
  /** For an element or sub-element score taken within one product group. */
  readonly productGroup?: string;
  /** Σ points awarded over the evaluated questions (several results replaced by their 2-dp mean). */
  readonly points: Decimal;
  /** Σ possible points over the evaluated questions. */
  readonly possible: Decimal;
  /** points / possible × 100, exact; null when no question was evaluated. */
  readonly percent: Decimal | null;
  readonly evaluated: number;
  readonly questions: number;
  /** Evaluated questions of the group with less than full points. */
  readonly short: readonly string[];
  /** Questions of the group that were not evaluated (not applicable, missing, or not at this step). */
  readonly notEvaluated: readonly string[];
}

/** The group scores of one category's audit questions. */
export interface CategoryAuditGroups {
  readonly category: string;
  /** E_G: all evaluated questions of the category pooled. */
  readonly overall: AuditGroup;
  readonly groups: readonly AuditGroup[];
}

/**
 * Returns what the group scores need of one audit question, read from its outcome: its grouping,
 * possible points, status and individual results (none when not evaluated), with the per-step results
 * when it was answered per process step.
 *
 * @example
 * auditQuestionState('process-audit', p621, { status: 'partial', found: { points: 8, results: [8], steps: [{ step: 'OP10', points: 8 }] } }).steps
 * //=> [{ step: 'OP10', points: 8 }]
 */
export function auditQuestionState(category: string, criterion: AuditQuestionCriterion, outcome: Pick<KindOutcome, 'status' | 'found'>): AuditQuestionState {
  const found = outcome.found as { points?: unknown; results?: unknown; steps?: unknown; assumedMet?: unknown } | null;
  const evaluated = found !== null && outcome.status !== 'not-applicable' && outcome.status !== 'missing';
  const results = !evaluated
    ? []
    : Array.isArray(found.results)
      ? (found.results as number[])
      : typeof found.points === 'number'
        ? [found.points]
        : [];
  const steps = evaluated && Array.isArray(found.steps) ? (found.steps as Array<{ step: string; points: number }>) : undefined;
  // Property by property in the order of a question state, without object spread.
  const state: Record<string, unknown> = { id: criterion.id, category };
  if (criterion.element !== undefined) state.element = criterion.element;
  if (criterion.subElement !== undefined) state.subElement = criterion.subElement;
  state.perStep = criterion.perStep === true;
  state.max = auditThresholds(criterion).max;
  state.status = outcome.status;
  state.results = results;
  if (steps) state.steps = steps.map((s) => ({ step: s.step, points: s.points }));
  if (evaluated && found.assumedMet === true) state.assumedMet = true;
  return state as unknown as AuditQuestionState;
}

interface Scored {
  readonly question: AuditQuestionState;
  /**
   * The points the question counts with here: a whole number of points as a number (one result, or
   * full points), any other as a decimal; null when not evaluated here.
   */
  readonly value: Decimal | number | null;
}

/** Returns the points a question counts with for its results: one whole result as the number itself, else their 2-dp mean. */
function pointsFor(results: readonly number[]): Decimal | number {
  const only = results[0] as number;
  return results.length === 1 && Number.isSafeInteger(only) ? only : auditPoints(results);
}

/** Returns a whole number of points as a number, else the points as a decimal. */
function wholeOrDecimal(points: number): Decimal | number {
  return Number.isSafeInteger(points) ? points : new Decimal(points);
}

function pool(category: string, level: AuditGroup['level'], id: string, scored: readonly Scored[], productGroup?: string): AuditGroup {
  // Whole points and possible points are summed as integers (exact far below 2^53); other points as decimals.
  let whole = 0;
  let fractional: Decimal | null = null;
  let possibleSum = 0;
  let possibleFractional: Decimal | null = null;
  const short: string[] = [];
  const notEvaluated: string[] = [];
  for (const { question, value } of scored) {
    if (value === null) {
      notEvaluated.push(question.id);
      continue;
    }
    if (Number.isSafeInteger(question.max)) possibleSum += question.max;
    else possibleFractional = (possibleFractional ?? new Decimal(0)).plus(question.max);
    if (typeof value === 'number') {
      whole += value;
      if (value < question.max) short.push(question.id);
    } else {
      fractional = fractional === null ? value : fractional.plus(value);
      if (value.lt(question.max)) short.push(question.id);
    }
  }
  const { points, possible, percent } =
    fractional === null && possibleFractional === null
      ? wholeShare(whole, possibleSum)
      : shareOf(fractional === null ? new Decimal(whole) : fractional.plus(whole), possibleFractional === null ? new Decimal(possibleSum) : possibleFractional.plus(possibleSum));
  return {
    category,
    level,
    id,
    ...(productGroup !== undefined ? { productGroup } : {}),
    points,
    possible,
    percent,
    evaluated: scored.length - notEvaluated.length,
    questions: scored.length,
    short,
    notEvaluated,
  };
}

/** Points, possible points and their percentage (null when nothing is possible), exact. */
interface Share {
  readonly points: Decimal;
  readonly possible: Decimal;
  readonly percent: Decimal | null;
}

/** Returns points, possible points and points / possible × 100 (null when nothing is possible). */
function shareOf(points: Decimal, possible: Decimal): Share {
  return { points, possible, percent: possible.isZero() ? null : points.div(possible).times(100) };
}

/** Shares of whole points already worked out, by points and possible points (decimals never change). */
const wholeShares = new Map<number, Share>();

/**
 * Returns the share of whole points in whole possible points (points / possible × 100, exact), the
 * same decimals each time for the same two numbers: groups of whole points repeat from one
 * evaluation to the next.
 */
function wholeShare(points: number, possible: number): Share {
  // One number for the two (both whole and far below 2^26 for any profile within the size limits).
  const key = points < 2 ** 26 && possible < 2 ** 26 && points >= 0 ? points * 2 ** 26 + possible : -1;
  let share = key < 0 ? undefined : wholeShares.get(key);
  if (share === undefined) {
    share = shareOf(new Decimal(points), new Decimal(possible));
    if (key >= 0) {
      if (wholeShares.size >= 4096) wholeShares.clear();
      wholeShares.set(key, share);
    }
  }
  return share;
}

function distinct(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

function baseValue(q: AuditQuestionState): Decimal | number | null {
  return q.results.length === 0 ? null : pointsFor(q.results);
}

/**
 * Returns the audit group scores of every category whose audit questions carry an element or are
 * answered per process step, as VDA 6.3:2016 §6.2–6.4 computes them:
 *
 * - E_G (overall) and E_Pn (element) = Σ points awarded / Σ possible points over the evaluated
 *   questions; a question with several results counts with their mean rounded to two decimals, and
 *   possible points stay 10 (the highest level) however many results there are. Not-evaluated (n.e.)
 *   questions leave numerator and denominator.
 * - E_Un (sub-element): the same over the sub-element's questions.
 * - E_n (process step): Σ points of the per-step questions answered at that step / Σ their possible
 *   points; the group's `questions` counts every per-step question of the category.
 * - E_G(PGn) (product group): as E_G, but each per-step question counts with the 2-dp mean over the
 *   steps of that product group only (not evaluated there when answered at none of them). Elements
 *   and sub-elements holding per-step questions are also scored within each product group, since
 *   downgrading applies per product group.
 *
 * @example
 * auditGroups(questions, processSteps)[0].groups.find((g) => g.id === 'P6')?.percent?.toString()
 * //=> '75'
 */
export function auditGroups(questions: readonly AuditQuestionState[], processSteps: readonly ProcessStep[] = []): CategoryAuditGroups[] {
  // One pass over the questions and one over the steps: every group is found through a map, so the
  // work grows with the questions and their answers, not with questions × groups.
  const byCategory = new Map<string, AuditQuestionState[]>();
  // The categories with a grouped question, in the order of their first such question.
  const categories = new Set<string>();
  for (const q of questions) {
    const list = byCategory.get(q.category);
    if (list === undefined) byCategory.set(q.category, [q]);
    else list.push(q);
    if (q.element !== undefined || q.perStep) categories.add(q.category);
  }
  const productGroups = distinct(processSteps.map((s) => s.productGroup));
  const stepsOfGroup = new Map(productGroups.map((group) => [group, new Set(processSteps.filter((s) => s.productGroup === group).map((s) => s.id))]));

  return [...categories].map((category) => {
    const qs = byCategory.get(category) as AuditQuestionState[];
    const base: Scored[] = qs.map((question) => ({ question, value: baseValue(question) }));
    const groups: AuditGroup[] = [];

    for (const [element, scored] of groupedBy(base, (q) => q.element)) groups.push(pool(category, 'element', element, scored));
    for (const [sub, scored] of groupedBy(base, (q) => q.subElement)) groups.push(pool(category, 'sub-element', sub, scored));

    const perStep = qs.filter((q) => q.perStep);
    // Each per-step question's first answer at each step.
    const pointsAt = perStep.map((q) => {
      const at = new Map<string, number>();
      for (const s of q.steps ?? []) if (!at.has(s.step)) at.set(s.step, s.points);
      return at;
    });
    const answered = new Set(pointsAt.flatMap((at) => [...at.keys()]));
    const declared = processSteps.map((s) => s.id).filter((id) => answered.has(id));
    const declaredSet = new Set(declared);
    const stepOrder = [...declared, ...[...answered].filter((id) => !declaredSet.has(id))];
    for (const step of stepOrder) {
      const scored = perStep.map((question, i) => {
        if (question.assumedMet) return { question, value: wholeOrDecimal(question.max) };
        const points = (pointsAt[i] as Map<string, number>).get(step);
        return { question, value: points === undefined ? null : wholeOrDecimal(points) };
      });
      groups.push(pool(category, 'process-step', step, scored));
    }

    const stepped = qs.filter((q) => q.steps !== undefined);
    for (const productGroup of productGroups) {
      const stepsOf = stepsOfGroup.get(productGroup) as Set<string>;
      const scored: Scored[] = qs.map((question) => {
        if (question.steps === undefined) return { question, value: baseValue(question) };
        const results = question.steps.filter((s) => stepsOf.has(s.step)).map((s) => s.points);
        return { question, value: results.length === 0 ? null : pointsFor(results) };
      });
      groups.push(pool(category, 'product-group', productGroup, scored));
      const within = (select: (q: AuditQuestionState) => string | undefined, level: 'element' | 'sub-element') => {
        const all = groupedBy(scored, select);
        for (const id of distinct(stepped.map(select))) groups.push(pool(category, level, id, all.get(id) as Scored[], productGroup));
      };
      within((q) => q.element, 'element');
      within((q) => q.subElement, 'sub-element');
    }

    return { category, overall: pool(category, 'overall', category, base), groups };
  });
}

/** Returns the scored questions by the group a question names (none when it names none), groups in order of first appearance. */
function groupedBy(scored: readonly Scored[], select: (q: AuditQuestionState) => string | undefined): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) {
    const id = select(s.question);
    if (id === undefined) continue;
    const list = groups.get(id);
    if (list === undefined) groups.set(id, [s]);
    else list.push(s);
  }
  return groups;
}

function groupResult(group: AuditGroup, places: number): AuditGroupResult {
  return {
    level: group.level as AuditGroupLevel,
    id: group.id,
    ...(group.productGroup !== undefined ? { productGroup: group.productGroup } : {}),
    score: group.percent === null ? null : decimalString(roundHalfUp(group.percent, places)),
    wholePercent: group.percent === null ? null : decimalString(roundHalfUp(group.percent, 0)),
    points: decimalString(group.points),
    possible: decimalString(group.possible),
    evaluated: group.evaluated,
    questions: group.questions,
  };
}

/**
 * Returns the audit group scores as plain JSON for the evaluation: each score rounded half-up to the
 * profile's places, and to whole percent as the VDA 6.3:2016 downgrading rules read them.
 *
 * @example
 * auditGroupsResult(auditGroups(questions), 1)[0].score
 * //=> '85.7'
 */
export function auditGroupsResult(categories: readonly CategoryAuditGroups[], places: number): AuditGroupsResult[] {
  return categories.map(({ category, overall, groups }) => {
    const o = groupResult(overall, places);
    return {
      category,
      score: o.score,
      wholePercent: o.wholePercent,
      points: o.points,
      possible: o.possible,
      evaluated: o.evaluated,
      questions: o.questions,
      groups: groups.map((g) => groupResult(g, places)),
    };
  });
}
