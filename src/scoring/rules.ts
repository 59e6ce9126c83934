import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, Why } from '../criteria/outcome.js';
import { decimalString, roundHalfUp, type Decimal } from '../decimal.js';
import { englishText } from '../locales/englishText.js';
import type { Profile } from '../schema/profile.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { Rule } from '../schema/rule.js';
import type { AuditGroup } from './auditGroups.js';
import type { FiredRule, FiredRuleGroup } from './evaluation.js';
import { limitDecimal, roundedBelowThreshold } from './limits.js';
import { kindOf } from '../kinds/registry.js';

/** What rules look at for one criterion. */
export interface RuleCriterion {
  readonly id: string;
  readonly category: string;
  readonly kind: CriterionKind;
  readonly severity: Severity;
  readonly causeFamily: CauseFamily;
  readonly status: CriterionStatus;
  /** Exact score 0–100. */
  readonly score: Decimal;
  readonly star: boolean;
  /** Every individual point result of an audit question (one, or one per process step). */
  readonly points: readonly number[];
}

/** What rules look at for one evaluation. */
export interface RuleSubject {
  readonly criteria: readonly RuleCriterion[];
  /** Category scores rounded to the profile's places (null when nothing applies). */
  readonly categories: ReadonlyArray<{ readonly id: string; readonly score: Decimal | null }>;
  /** The overall score rounded to the profile's places. */
  readonly score: Decimal;
  /** Missing evidence matches `fail` (profile setting `decision.missingEvidence: 'fail'`). */
  readonly missingCountsAsFail: boolean;
  /** Exact audit group scores (elements, sub-elements, process steps, product groups), if any. */
  readonly groups?: readonly AuditGroup[];
}

/** The id of the built-in knock-out rule. */
export const KNOCK_OUT_RULE = 'knock-out';

/**
 * Returns every rule that applies to a profile: the built-in knock-out rule (a failed critical
 * criterion rejects), one rule per category minimum, then the profile's own rules in order.
 *
 * @example
 * profileRules(profile).map((rule) => rule.id)
 * //=> ['knock-out', 'category-minimum:product', 'star-question-4']
 */
export function profileRules(profile: Profile): Rule[] {
  const rules: Rule[] = [
    {
      id: KNOCK_OUT_RULE,
      title: englishText('rule.knockOut', {}),
      when: { type: 'criteria', severity: ['critical'], status: ['fail'], atLeast: 1 },
      then: { capDecision: 'rejected' },
    },
  ];
  for (const category of profile.categories) {
    if (category.minScore === undefined) continue;
    rules.push({
      id: `category-minimum:${category.id}`,
      title: englishText('rule.categoryMinimum', { category: category.id, min: category.minScore }),
      when: { type: 'category-score', categories: [category.id], below: category.minScore },
      then: { capDecision: profile.decision.belowCategoryMinimum },
    });
  }
  return [...rules, ...profile.rules];
}

function statusMatches(wanted: readonly CriterionStatus[], status: CriterionStatus, missingCountsAsFail: boolean): boolean {
  return wanted.includes(status) || (missingCountsAsFail && status === 'missing' && wanted.includes('fail'));
}

/** A missing audit question counted as failed has, for rules, the lowest result: 0 points. */
function countsAsZeroPoints(c: RuleCriterion, subject: RuleSubject): boolean {
  return subject.missingCountsAsFail && c.status === 'missing' && kindOf(c.kind).points !== undefined;
}

/**
 * Returns whether a category is one the rule looks at (its scope, and the condition's own filter).
 *
 * @example
 * inScope({ id: 'low', when: { type: 'category-score', below: '60', categories: ['product'] }, then: { capGrade: 'C' } }, 'product')
 * //=> true
 */
export function inScope(rule: Rule, category: string): boolean {
  const own = (rule.when as { categories?: readonly string[] }).categories;
  return (rule.scope === undefined || rule.scope === category) && (own === undefined || own.includes(category));
}

/**
 * Returns the ids of the criteria a criteria condition matches. With `missingEvidence: 'fail'`, a
 * missing criterion matches `status: ['fail']` and a missing audit question counts as 0 points for
 * `pointsAtMost` and `pointsIn`, so that leaving evidence out never escapes a rule that the evidence
 * would have triggered.
 *
 * @example
 * matchingCriteria(profileRules(profile)[0], subject)
 * //=> ['leak-test']
 */
export function matchingCriteria(rule: Rule, subject: RuleSubject): string[] {
  const when = rule.when;
  if (when.type !== 'criteria') return [];
  const named = when.criteria ? new Set(when.criteria) : null;
  const scoreBelow = when.scoreBelow === undefined ? null : limitDecimal(when, when.scoreBelow);
  return subject.criteria
    .filter(
      (c) =>
        (!when.status || statusMatches(when.status, c.status, subject.missingCountsAsFail)) &&
        (!when.severity || when.severity.includes(c.severity)) &&
        (!when.kind || when.kind.includes(c.kind)) &&
        (!when.causeFamily || when.causeFamily.includes(c.causeFamily)) &&
        (when.star === undefined || (kindOf(c.kind).points !== undefined && c.star === when.star)) &&
        (when.pointsAtMost === undefined || c.points.some((p) => p <= (when.pointsAtMost as number)) || countsAsZeroPoints(c, subject)) &&
        (when.pointsIn === undefined || c.points.some((p) => (when.pointsIn as number[]).includes(p)) || (countsAsZeroPoints(c, subject) && when.pointsIn.includes(0))) &&
        (scoreBelow === null || (c.status !== 'not-applicable' && c.score.lt(scoreBelow))) &&
        (!named || named.has(c.id)) &&
        inScope(rule, c.category),
    )
    .map((c) => c.id);
}

interface GroupHits {
  readonly groups: FiredRuleGroup[];
  readonly criteria: string[];
}

/** Returns the audit groups a group-score or group-coverage condition matches, and their questions. */
function matchingGroups(rule: Rule, subject: RuleSubject): GroupHits {
  const when = rule.when;
  if (when.type !== 'group-score' && when.type !== 'group-coverage') return { groups: [], criteria: [] };
  const groups: FiredRuleGroup[] = [];
  const criteria = new Set<string>();
  for (const g of subject.groups ?? []) {
    if (g.level === 'overall' || !inScope(rule, g.category)) continue;
    if (when.type === 'group-score') {
      if (!when.levels.includes(g.level) || g.percent === null || (when.groups && !when.groups.includes(g.id))) continue;
      if (!groupScoreBelow(g.percent, when, when.places)) continue;
      const value = when.places === undefined ? g.percent : roundHalfUp(g.percent, when.places);
      const hit = groupOf(g);
      hit.score = decimalString(roundHalfUp(value, when.places ?? 2));
      groups.push(hit as unknown as FiredRuleGroup);
      for (const id of g.short) criteria.add(id);
    } else {
      if (g.productGroup !== undefined || !(when.levels as readonly string[]).includes(g.level) || g.evaluated === 0) continue;
      if (g.evaluated * when.minShare.denominator >= g.questions * when.minShare.numerator) continue;
      groups.push(groupOf(g) as unknown as FiredRuleGroup);
      for (const id of g.notEvaluated) criteria.add(id);
    }
  }
  return { groups, criteria: [...criteria] };
}

/** Returns whether a group score (rounded to `places` first, when given) is below the condition's limit. */
function groupScoreBelow(percent: Decimal, when: { readonly below: string }, places: number | undefined): boolean {
  if (places === undefined) return percent.lt(limitDecimal(when, when.below));
  // A score is never negative; the rounded comparison is then one comparison with a threshold.
  if (percent.isNegative()) return roundHalfUp(percent, places).lt(when.below);
  return percent.lt(roundedBelowThreshold(when, when.below, places));
}

/** The audit group as a fired rule names it (category, level, id, product group, evaluated and all questions). */
function groupOf(g: AuditGroup): Record<string, unknown> {
  const hit: Record<string, unknown> = { category: g.category, level: g.level, id: g.id };
  if (g.productGroup !== undefined) hit.productGroup = g.productGroup;
  hit.evaluated = g.evaluated;
  hit.questions = g.questions;
  return hit;
}

function groupText(g: FiredRuleGroup): string {
  const name = g.productGroup === undefined ? g.id : `${g.id} (${g.productGroup})`;
  return g.score !== undefined ? `${name} ${g.score} %` : `${name} ${g.evaluated}/${g.questions}`;
}

function why(rule: Rule, criteria: readonly string[], categories: readonly string[], score: string, groups: readonly FiredRuleGroup[]): Why {
  const titleId = rule.translations?.id?.title;
  const params: Record<string, string> = { id: rule.id, title: rule.title ?? rule.id };
  if (titleId) params.titleId = titleId;
  params.criteria = criteria.join(', ');
  params.categories = categories.join(', ');
  params.score = score;
  if (groups.length > 0) {
    params.groups = groups.map(groupText).join(', ');
    return { code: 'reason.groupRule', params };
  }
  return { code: 'reason.rule', params };
}

/**
 * Returns the rules that fire for an evaluation, each with the criteria, categories or audit groups
 * that triggered it. A rule with a `scope` only looks at that category.
 *
 * @example
 * firedRules(profileRules(profile), subject).map((rule) => rule.id)
 * //=> ['knock-out']
 */
export function firedRules(rules: readonly Rule[], subject: RuleSubject): FiredRule[] {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    const when = rule.when;
    let criteria: string[] = [];
    let categories: string[] = [];
    let groups: FiredRuleGroup[] = [];
    let score = '';
    let fires = false;
    if (when.type === 'criteria') {
      criteria = matchingCriteria(rule, subject);
      fires = criteria.length >= when.atLeast;
    } else if (when.type === 'category-score') {
      categories = subject.categories
        .filter((c) => c.score !== null && inScope(rule, c.id) && c.score.lt(limitDecimal(when, when.below)))
        .map((c) => c.id);
      fires = categories.length > 0;
    } else if (when.type === 'score') {
      const value = rule.scope === undefined ? subject.score : (subject.categories.find((c) => c.id === rule.scope)?.score ?? null);
      fires = value !== null && value.lt(limitDecimal(when, when.below));
      if (value !== null) score = value.toString();
    } else {
      const hits = matchingGroups(rule, subject);
      groups = hits.groups;
      criteria = hits.criteria;
      fires = groups.length > 0;
    }
    if (!fires) continue;
    const reason = why(rule, criteria, categories, score, groups);
    // Property by property in the order of a fired rule, without object spread.
    const result: Record<string, unknown> = { id: rule.id, title: rule.title ?? rule.id, effect: { ...rule.then }, criteria, categories };
    if (groups.length > 0) result.groups = groups;
    if (rule.scope !== undefined) result.scope = rule.scope;
    if (rule.reference) result.reference = rule.reference;
    result.explanation = englishText(reason.code, reason.params);
    result.why = reason;
    fired.push(result as unknown as FiredRule);
  }
  return fired;
}
