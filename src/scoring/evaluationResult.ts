import type { Criterion } from '../criteria/criterion.js';
import type { CriterionStatus, KindOutcome, Why } from '../criteria/outcome.js';
import { addCalendarDays } from '../dates/addCalendarDays.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import type { Decimal } from '../decimal.js';
import type { ValidationIssue } from '../errors/index.js';
import { decisiveCauses } from '../gaps/decisiveCauses.js';
import { gapList } from '../gaps/gapList.js';
import { englishText } from '../locales/englishText.js';
import { cachedCriteriaById } from '../parse/parseEvidence.js';
import type { Evidence, ProcessStep } from '../schema/evidence.js';
import type { Profile } from '../schema/profile.js';
import { auditGroups, auditGroupsResult, auditQuestionState, type AuditQuestionState, type CategoryAuditGroups } from './auditGroups.js';
import type { CategoryResult, CriterionResult, Decision, Evaluation, FiredRule, Reason } from './evaluation.js';
import { decisionForGrade, gradeBandFor, worseDecision, worseGrade } from './grades.js';
import type { Rule } from '../schema/rule.js';
import { firedRules, KNOCK_OUT_RULE, profileRules, type RuleCriterion } from './rules.js';
import { isAnsweredInPoints } from '../criteria/answeredInPoints.js';

/**
 * The result of an evaluation from its criteria's outcomes: what the rules read of each criterion,
 * the audit groups, fired rules, grade and decision once the scores are rounded, and the plain JSON
 * evaluation. The plan (`src/fast/`) ends here, and `evaluate` reaches it through the plan.
 */

function pointsOf(outcome: KindOutcome): number[] {
  const found = outcome.found as { points?: number; results?: number[] } | null;
  if (!found) return [];
  if (Array.isArray(found.results)) return found.results;
  return typeof found.points === 'number' ? [found.points] : [];
}

/** Who was audited, when and by whom: the part of an evaluation that comes from the evidence's head. */
export interface EvaluationHead {
  readonly supplier: Evidence['supplier'];
  readonly auditDate: CalendarDate;
  readonly auditor?: string;
  /** The audited process steps and their product groups, when the evidence lists them. */
  readonly processSteps?: readonly ProcessStep[];
  readonly warnings: readonly ValidationIssue[];
}

const placements = new WeakMap<Profile, ReadonlyArray<{ category: Profile['categories'][number]; criterion: Criterion }>>();

/** Returns every criterion of a profile with its category, in profile order (remembered for frozen profiles). */
function placedCriteria(profile: Profile): ReadonlyArray<{ category: Profile['categories'][number]; criterion: Criterion }> {
  let placed = placements.get(profile);
  if (!placed) {
    placed = profile.categories.flatMap((category) => category.criteria.map((criterion) => ({ category, criterion })));
    if (Object.isFrozen(profile)) placements.set(profile, placed);
  }
  return placed;
}

/**
 * Returns what the rules look at of one criterion and its outcome. Internal: the scoring and the path
 * to a pass read criteria for the rules the same way.
 */
export function ruleCriterion(category: string, criterion: Criterion, outcome: KindOutcome): RuleCriterion {
  const question = isAnsweredInPoints(criterion);
  return {
    id: criterion.id,
    category,
    kind: criterion.kind,
    severity: criterion.severity,
    causeFamily: criterion.causeFamily,
    status: outcome.status,
    score: outcome.score,
    star: question && criterion.star,
    points: question ? pointsOf(outcome) : [],
  };
}

/** What the rules, audit groups, grade and decision come to once the scores are rounded. */
export interface RoundedDecision {
  readonly fired: FiredRule[];
  /** Audit group scores (VDA 6.3 E_G, E_Pn, E_Un, E_n, E_G(PGn)) of the categories that have them. */
  readonly audit: CategoryAuditGroups[];
  readonly scoreGrade: string;
  readonly grade: string;
  readonly decision: Decision;
}

/**
 * Returns the audit groups, fired rules, grade and decision for criterion outcomes in profile order and
 * the rounded overall and category scores. Internal: the exact and the fast scoring both end here.
 */
export function decideRounded(
  profile: Profile,
  outcomes: readonly KindOutcome[],
  score: Decimal,
  categoryScores: ReadonlyArray<Decimal | null>,
  processSteps?: readonly ProcessStep[],
  rules: readonly Rule[] = profileRules(profile),
): RoundedDecision {
  const missingCountsAsFail = profile.decision.missingEvidence === 'fail';
  const criteria = placedCriteria(profile);
  const ruleCriteria: RuleCriterion[] = new Array<RuleCriterion>(criteria.length);
  const questions: AuditQuestionState[] = [];
  for (let i = 0; i < criteria.length; i++) {
    const { category, criterion } = criteria[i] as (typeof criteria)[number];
    const outcome = outcomes[i] as KindOutcome;
    ruleCriteria[i] = ruleCriterion(category.id, criterion, outcome);
    if (isAnsweredInPoints(criterion)) questions.push(auditQuestionState(category.id, criterion, outcome));
  }
  const audit = auditGroups(questions, processSteps);
  const fired = firedRules(rules, {
    criteria: ruleCriteria,
    categories: profile.categories.map((c, k) => ({ id: c.id, score: categoryScores[k] ?? null })),
    score,
    missingCountsAsFail,
    groups: audit.length === 1 ? (audit[0] as CategoryAuditGroups).groups : audit.flatMap((c) => c.groups),
  });
  const scoreGrade = gradeBandFor(score, profile.grades).grade;
  let grade = scoreGrade;
  for (const rule of fired) if (rule.effect.capGrade) grade = worseGrade(grade, rule.effect.capGrade, profile.grades);
  let ruled = decisionForGrade(grade, profile.grades);
  for (const rule of fired) if (rule.effect.capDecision) ruled = worseDecision(ruled, rule.effect.capDecision);
  const anyMissing = outcomes.some((o) => o.status === 'missing');
  const rejectedByRule = fired.some((rule) => rule.effect.capDecision === 'rejected');
  const incompleteByRule = fired.some((rule) => rule.effect.incomplete === true);
  const decision: Decision = ((anyMissing && !missingCountsAsFail) || incompleteByRule) && !rejectedByRule ? 'incomplete' : ruled;
  return { fired, audit, scoreGrade, grade, decision };
}

/**
 * The numbers of an evaluation, as the text it prints: the rounded overall and category scores with
 * the rules, grade and decision they lead to, and per criterion its rounded score, its exact score and
 * the points it loses, per category the points it loses.
 */
export interface EvaluationNumbers extends RoundedDecision {
  readonly score: string;
  readonly categoryScores: ReadonlyArray<string | null>;
  /** Per criterion (profile order): the score rounded to the profile's places (`'0'` when not applicable). */
  readonly shown: readonly string[];
  /** Per criterion: the exact score. */
  readonly exact: readonly string[];
  /** Per criterion: points lost, rounded. */
  readonly lost: readonly string[];
  /** Per category: points lost, rounded. */
  readonly categoryLost: readonly string[];
}

/**
 * Returns one criterion's result: its outcome with the rounded score (and the exact score when
 * rounding changed it), the explanation sentence and the points lost. Built property by property in
 * the order of the result, without object spread.
 */
function criterionResult(category: string, criterion: Criterion, outcome: KindOutcome, why: Why, shown: string, exact: string, lost: string): CriterionResult {
  const result: Record<string, unknown> = {
    id: criterion.id,
    category,
    kind: criterion.kind,
    title: criterion.title,
    severity: criterion.severity,
    causeFamily: criterion.causeFamily,
    weight: criterion.weight,
    status: outcome.status,
    score: shown,
  };
  if (outcome.status !== 'not-applicable' && exact !== shown) result.exactScore = exact;
  result.required = outcome.required;
  result.found = outcome.found;
  result.explanation = englishText(why.code, why.params);
  result.why = why;
  result.pointsLost = lost;
  result.shortfall = outcome.shortfall;
  if (criterion.remedy) result.remedy = criterion.remedy;
  if (criterion.reference) result.reference = criterion.reference;
  return result as unknown as CriterionResult;
}

/**
 * Returns the evaluation for criterion outcomes already known, in profile order: scores, rules, grade,
 * decision, reasons, results and gaps. Internal: `evaluate` and the gap analysis both end here.
 */
export function evaluateOutcomes(
  profile: Profile,
  head: EvaluationHead,
  outcomes: readonly KindOutcome[],
  at: CalendarDate,
  numbers: EvaluationNumbers,
): Evaluation {
  const places = profile.places;
  const criteria = cachedCriteriaById(profile);
  const missingCountsAsFail = profile.decision.missingEvidence === 'fail';

  // 1. Every criterion, in profile order.
  const placed = placedCriteria(profile);

  // 2. Weighted scores, rounded once at the end; rules, grade and decision.
  const { score, categoryScores, fired, audit, scoreGrade, grade, decision } = numbers;

  const criterionResults: CriterionResult[] = new Array<CriterionResult>(placed.length);
  for (let i = 0; i < placed.length; i++) {
    const { category, criterion } = placed[i] as (typeof placed)[number];
    const outcome = outcomes[i] as KindOutcome;
    const why =
      outcome.status === 'missing' && missingCountsAsFail && outcome.found === null ? { code: 'criterion.missingCounted', params: {} } : outcome.why;
    criterionResults[i] = criterionResult(category.id, criterion, outcome, why, numbers.shown[i] as string, numbers.exact[i] as string, numbers.lost[i] as string);
  }

  let offset = 0;
  const categoryResults: CategoryResult[] = profile.categories.map((category, k) => {
    const results = criterionResults.slice(offset, offset + category.criteria.length);
    offset += category.criteria.length;
    const counts: Record<CriterionStatus, number> = { pass: 0, partial: 0, fail: 0, 'not-applicable': 0, missing: 0 };
    for (const result of results) counts[result.status]++;
    // Property by property in the order of a category result, without object spread.
    const result: Record<string, unknown> = { id: category.id, title: category.title, weight: category.weight, score: categoryScores[k] ?? null };
    if (category.minScore !== undefined) result.minScore = category.minScore;
    result.pointsLost = numbers.categoryLost[k] as string;
    result.counts = counts;
    return result as unknown as CategoryResult;
  });
  const missing = criterionResults.filter((r) => r.status === 'missing').map((r) => r.id);

  // 3. Reasons, in the order a reader needs them.
  const reasons: Reason[] = [];
  for (const rule of fired) {
    const reason: Record<string, unknown> = { code: rule.id === KNOCK_OUT_RULE ? 'knock-out' : 'rule', message: rule.explanation, why: rule.why };
    if (rule.criteria.length) reason.criteria = rule.criteria;
    reason.rule = rule.id;
    reasons.push(reason as unknown as Reason);
  }
  if (missing.length > 0) {
    const why = { code: 'reason.missing', params: { count: String(missing.length), criteria: missing.join(', ') } };
    reasons.push({ code: 'missing-evidence', message: englishText(why.code, why.params), why, criteria: missing });
  }
  const capping = fired.filter((rule) => rule.effect.capGrade && grade !== scoreGrade).map((rule) => rule.id);
  const gradeWhy: Why =
    grade === scoreGrade
      ? { code: 'reason.grade', params: { score, grade } }
      : { code: 'reason.gradeCapped', params: { score, grade, scoreGrade, rules: capping.join(', ') } };
  reasons.push({ code: 'grade', message: englishText(gradeWhy.code, gradeWhy.params), why: gradeWhy });
  const decisionWhy = { code: 'reason.decision', params: { decision } };
  reasons.push({ code: 'decision', message: englishText(decisionWhy.code, decisionWhy.params), why: decisionWhy });

  const reauditDays = profile.decision.reauditDays;
  // Property by property in the order of an evaluation, without object spread.
  const evaluation: Record<string, unknown> = {
    profile: { id: profile.id, version: profile.version, title: profile.title },
    supplier: { ...head.supplier },
    auditDate: head.auditDate,
    evaluatedOn: at,
  };
  if (head.auditor) evaluation.auditor = head.auditor;
  if (head.processSteps) evaluation.processSteps = head.processSteps.map((step) => ({ ...step }));
  evaluation.decision = decision;
  evaluation.score = score;
  evaluation.places = places;
  evaluation.grade = grade;
  evaluation.scoreGrade = scoreGrade;
  evaluation.reasons = reasons;
  evaluation.decisiveCauses = decisiveCauses(profile, { decision, score, scoreGrade, rules: fired, criteria: criterionResults }, criteria);
  evaluation.rules = fired;
  evaluation.categories = categoryResults;
  if (audit.length > 0) evaluation.auditGroups = auditGroupsResult(audit, places);
  evaluation.criteria = criterionResults;
  evaluation.gaps = gapList(criterionResults, criteria, fired, profile.grades);
  if (decision === 'conditional' && reauditDays !== undefined) evaluation.reauditDue = addCalendarDays(head.auditDate, reauditDays);
  evaluation.warnings = head.warnings;
  return evaluation as unknown as Evaluation;
}
