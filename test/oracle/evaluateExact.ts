import { assumedMet } from '../../src/criteria/assumedMet.js';
import { evaluateCriterionExact } from './evaluateCriterionExact.js';
import type { KindOutcome } from '../../src/criteria/outcome.js';
import type { Evidence } from '../../src/schema/evidence.js';
import type { CalendarDate } from '../../src/dates/calendarDate.js';
import { Decimal, decimalString, roundHalfUp, toDecimal } from '../../src/decimal.js';
import { ValidationError, createIssue, optionsIssues, valueText, type ValidationIssue } from '../../src/errors/index.js';
import { isCalendarDate } from '../../src/dates/calendarDate.js';
import { decideRounded, evaluateOutcomes, type EvaluateOptions, type EvaluationNumbers, type RoundedDecision } from '../../src/evaluate.js';
import { checkEvidence, type MatchedEvidence } from '../../src/parse/parseEvidence.js';
import type { ProcessStep } from '../../src/schema/evidence.js';
import type { Profile } from '../../src/schema/profile.js';
import type { Evaluation } from '../../src/scoring/evaluation.js';
import { weightedScores } from './weightedScores.js';
import { kindOf } from '../../src/kinds/registry.js';

/**
 * The reference oracle: evaluation worked out the exact way only, every criterion by its kind's
 * decimal evaluator and every number in decimal arithmetic. The plan route of `evaluate` must give
 * byte for byte the same evaluations; the property tests compare them.
 */

/** Returns the problems of `evaluate`'s options: not an object, an evaluation date that is not a calendar date. */
function evaluateOptionIssues(options: unknown): ValidationIssue[] {
  const notAnObject = optionsIssues(options);
  if (options === undefined || notAnObject.length > 0) return notAnObject;
  const at = (options as { at?: unknown }).at;
  return at !== undefined && !isCalendarDate(at) ? [createIssue('invalid_date', ['at'], { value: valueText(at) })] : [];
}

/**
 * Returns the evaluation worked out the exact way only: the evidence parsed with its schema, every
 * criterion by its kind's evaluator, every number in decimal arithmetic. The reference the fast
 * route of `evaluate` reproduces; it also lists the problems of bad input. 
 */
export function evaluateExact(profile: Profile, evidenceInput: unknown, options: EvaluateOptions = {}): Evaluation {
  const { issues, matched } = checkEvidence(profile, evidenceInput);
  const optionIssues = evaluateOptionIssues(options);
  if (!matched || optionIssues.length > 0) throw new ValidationError([...issues, ...optionIssues], 'evidence');
  return evaluateMatchedExact(profile, matched, options.at ?? matched.evidence.auditDate);
}

/**
 * Returns the evaluation of evidence already matched against a parsed profile, on the date `at`. The
 * criteria named in `met` are taken as fully met (score 100, status pass) whatever their evidence, so
 * a path to a pass or a what-if is checked by the same scoring as any evaluation. 
 */
export function evaluateMatchedExact(profile: Profile, matched: MatchedEvidence, at: CalendarDate, met?: ReadonlySet<string>): Evaluation {
  const context = { at };
  const all = profile.categories.flatMap((category) => category.criteria);
  const byId = new Map(all.map((criterion) => [criterion.id, criterion]));
  const own = all.map((criterion) =>
    met?.has(criterion.id) ? assumedMet(criterion, context) : evaluateCriterionExact(criterion, matched.entries.get(criterion.id), context, byId),
  );
  // A criterion gated by another (a measurement that requires a qualified gauge): gated by that one's outcome.
  const outcomes = all.map((criterion, i) => {
    const gate = met?.has(criterion.id) ? undefined : kindOf(criterion.kind).links?.gate;
    const by = gate?.by(criterion);
    const g = by === undefined ? -1 : all.findIndex((k) => k.id === by);
    return gate === undefined || g < 0 ? (own[i] as KindOutcome) : gate.outcome(own[i] as KindOutcome, own[g] as KindOutcome, by as string);
  });
  const { supplier, auditDate, auditor, processSteps } = matched.evidence;
  const head = { supplier, auditDate, ...(auditor ? { auditor } : {}), ...(processSteps ? { processSteps } : {}), warnings: matched.warnings };
  return evaluateOutcomes(profile, head, outcomes, at, exactNumbers(profile, outcomes, head.processSteps));
}

/** The decision part of an evaluation, before any text is written. */
export interface Decided extends RoundedDecision {
  readonly scores: ReturnType<typeof weightedScores>;
  /** The overall score rounded to the profile's places. */
  readonly score: Decimal;
  /** Category scores rounded to the profile's places (null when nothing applies). */
  readonly categoryScores: ReadonlyArray<Decimal | null>;
}

/**
 * Returns the scores, fired rules, grade and decision for criterion outcomes in profile order: the
 * scoring every evaluation goes through. `processSteps` places audited process steps in product
 * groups. 
 */
export function decideOutcomes(profile: Profile, outcomes: readonly KindOutcome[], processSteps?: readonly ProcessStep[]): Decided {
  const places = profile.places;
  const scores = weightedScores(
    profile,
    outcomes.map((o) => o.score),
    outcomes.map((o) => o.status),
  );
  const score = roundHalfUp(scores.overall, places);
  const categoryScores = scores.categories.map((c) => (c.score === null ? null : roundHalfUp(c.score, places)));
  return { scores, score, categoryScores, ...decideRounded(profile, outcomes, score, categoryScores, processSteps) };
}

/**
 * Returns the numbers of an evaluation worked out in exact decimal arithmetic: the reference every
 * faster route must reproduce. 
 */
export function exactNumbers(profile: Profile, outcomes: readonly KindOutcome[], processSteps?: readonly ProcessStep[]): EvaluationNumbers {
  const places = profile.places;
  const { scores, score, categoryScores, fired, audit, scoreGrade, grade, decision } = decideOutcomes(profile, outcomes, processSteps);
  const round = (d: Decimal) => decimalString(roundHalfUp(d, places));
  const hundred = new Decimal(100);
  const lost = outcomes.map((outcome, i) => hundred.minus(outcome.score).times(scores.shares[i] as Decimal));
  // A category's lost points: the weighted shortfalls of its applicable criteria summed exactly, then
  // one division by the total category weight and its criteria's weight (independent of their order).
  const zero = new Decimal(0);
  const applies = (i: number) => (outcomes[i] as KindOutcome).status !== 'not-applicable';
  const ranges: { from: number; to: number; weights: Decimal }[] = [];
  let offset = 0;
  for (const category of profile.categories) {
    const from = offset;
    offset += category.criteria.length;
    let weights = zero;
    for (let i = from; i < offset; i++) if (applies(i)) weights = weights.plus(toDecimal(category.criteria[i - from]!.weight));
    ranges.push({ from, to: offset, weights });
  }
  const totalWeight = profile.categories.reduce((sum, category, k) => (ranges[k]!.weights.isZero() ? sum : sum.plus(toDecimal(category.weight))), zero);
  const categoryLost = profile.categories.map((category, k) => {
    const { from, to, weights } = ranges[k]!;
    if (weights.isZero() || totalWeight.isZero()) return round(zero);
    let sum = zero;
    for (let i = from; i < to; i++) if (applies(i)) sum = sum.plus(hundred.minus((outcomes[i] as KindOutcome).score).times(toDecimal(category.criteria[i - from]!.weight)));
    return round(sum.times(toDecimal(category.weight)).div(totalWeight.times(weights)));
  });
  return {
    score: decimalString(score),
    categoryScores: categoryScores.map((c) => (c === null ? null : decimalString(c))),
    fired,
    audit,
    scoreGrade,
    grade,
    decision,
    shown: outcomes.map((outcome) => (outcome.status === 'not-applicable' ? '0' : round(outcome.score))),
    exact: outcomes.map((outcome) => decimalString(outcome.score)),
    lost: lost.map(round),
    categoryLost,
  };
}

