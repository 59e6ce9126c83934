import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, Why } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import { englishText } from '../messages/en.js';
import type { Profile } from '../schema/profile.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { Rule } from '../schema/rule.js';
import type { FiredRule } from './evaluation.js';

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
  return subject.missingCountsAsFail && c.status === 'missing' && c.kind === 'audit-question';
}

/**
 * Returns the ids of the criteria a criteria condition matches. With `missingEvidence: 'fail'`, a
 * missing criterion matches `status: ['fail']` and a missing audit question `pointsAtMost`, so that
 * leaving evidence out never escapes a rule that the evidence would have triggered.
 */
function matchingCriteria(rule: Rule, subject: RuleSubject): string[] {
  const when = rule.when;
  if (when.type !== 'criteria') return [];
  const named = when.criteria ? new Set(when.criteria) : null;
  const inCategories = when.categories ? new Set(when.categories) : null;
  return subject.criteria
    .filter(
      (c) =>
        (!when.status || statusMatches(when.status, c.status, subject.missingCountsAsFail)) &&
        (!when.severity || when.severity.includes(c.severity)) &&
        (!when.kind || when.kind.includes(c.kind)) &&
        (!when.causeFamily || when.causeFamily.includes(c.causeFamily)) &&
        (when.star === undefined || (c.kind === 'audit-question' && c.star === when.star)) &&
        (when.pointsAtMost === undefined || c.points.some((p) => p <= (when.pointsAtMost as number)) || countsAsZeroPoints(c, subject)) &&
        (when.scoreBelow === undefined || (c.status !== 'not-applicable' && c.score.lt(when.scoreBelow))) &&
        (!named || named.has(c.id)) &&
        (!inCategories || inCategories.has(c.category)),
    )
    .map((c) => c.id);
}

function why(rule: Rule, criteria: readonly string[], categories: readonly string[], score: string): Why {
  return {
    code: 'reason.rule',
    params: { id: rule.id, title: rule.title ?? rule.id, criteria: criteria.join(', '), categories: categories.join(', '), score },
  };
}

/**
 * Returns the rules that fire for an evaluation, each with the criteria or categories that triggered it.
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
    let fires = false;
    if (when.type === 'criteria') {
      criteria = matchingCriteria(rule, subject);
      fires = criteria.length >= when.atLeast;
    } else if (when.type === 'category-score') {
      categories = subject.categories
        .filter((c) => c.score !== null && (!when.categories || when.categories.includes(c.id)) && c.score.lt(when.below))
        .map((c) => c.id);
      fires = categories.length > 0;
    } else {
      fires = subject.score.lt(when.below);
    }
    if (!fires) continue;
    const reason = why(rule, criteria, categories, when.type === 'score' ? subject.score.toString() : '');
    fired.push({
      id: rule.id,
      title: rule.title ?? rule.id,
      effect: { ...rule.then },
      criteria,
      categories,
      ...(rule.reference ? { reference: rule.reference } : {}),
      explanation: englishText(reason.code, reason.params),
      why: reason,
    });
  }
  return fired;
}
