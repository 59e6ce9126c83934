import { linkIssues } from '../kinds/links.js';
import { criterionIssues } from '../criteria/criterionIssues.js';
import { toDecimal } from '../decimal.js';
import { createIssue, pathText, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { decisionForGrade } from './gradeDecision.js';
import type { Profile } from './profile.js';
import { appendAll } from '../lists/appendAll.js';
import { kindOf } from '../kinds/registry.js';

/**
 * Returns the problems of a structurally valid profile that its schema cannot see: ids used twice
 * (equal after NFC normalisation, or differing only in case), limits out of order, no weight anywhere
 * that could give a score, grade bands out of order or not covering every score, a lower grade leading
 * to a better decision, rules naming grades, criteria, categories or audit groups that do not exist.
 *
 * @example
 * profileIssues(profileWithTwoNozzleCriteria).map((issue) => issue.code)
 * //=> ['duplicate_id']
 */
export function profileIssues(profile: Profile): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Ids are one namespace (categories, criteria, rules). Ids equal after Unicode NFC normalisation are
  // the same id; ids that differ only in case are refused too, as spreadsheets and people confuse them.
  const seen = new Map<string, string>();
  const folded = new Map<string, { id: string; at: string }>();
  const claim = (id: string, at: PathSegment[]) => {
    const key = id.normalize('NFC');
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(createIssue('duplicate_id', [...at, 'id'], { id, first }));
      return;
    }
    const other = folded.get(key.toLowerCase());
    if (other !== undefined) {
      issues.push(createIssue('duplicate_id_case', [...at, 'id'], { id, other: other.id, first: other.at }));
      return;
    }
    seen.set(key, pathText(at));
    folded.set(key.toLowerCase(), { id, at: pathText(at) });
  };
  const categoryIds = new Set<string>();
  const criterionIds = new Set<string>();
  /** Element and sub-element ids of each category's audit questions. */
  const groupIds = new Map<string, Set<string>>();

  let categoryWeight = toDecimal(0);
  let scoringWeight = toDecimal(0);
  profile.categories.forEach((category, c) => {
    const at: PathSegment[] = ['categories', c];
    claim(category.id, at);
    categoryIds.add(category.id);
    categoryWeight = categoryWeight.plus(category.weight);
    let weight = toDecimal(0);
    category.criteria.forEach((criterion, k) => {
      const cat: PathSegment[] = [...at, 'criteria', k];
      claim(criterion.id, cat);
      criterionIds.add(criterion.id);
      weight = weight.plus(criterion.weight);
      appendAll(issues, criterionIssues(criterion, cat));
      const points = kindOf(criterion.kind).points;
      if (points !== undefined) {
        const ids = groupIds.get(category.id) ?? new Set<string>();
        for (const id of points.groups(criterion)) ids.add(id);
        groupIds.set(category.id, ids);
      }
    });
    // A category whose criteria weigh nothing is allowed (knock-outs and rules still act on it); lintProfile warns.
    if (!weight.isZero()) scoringWeight = scoringWeight.plus(category.weight);
    if (category.minScore !== undefined) appendAll(issues, percentIssues(category.minScore, [...at, 'minScore']));
  });
  appendAll(issues, linkIssues(profile.categories.flatMap((category, c) => category.criteria.map((criterion, k) => ({ criterion, at: ['categories', c, 'criteria', k] })))));
  if (categoryWeight.isZero()) issues.push(createIssue('weights_zero', ['categories']));
  else if (scoringWeight.isZero()) issues.push(createIssue('no_weight', ['categories']));

  const grades = profile.grades.map((band) => band.grade);
  const gradeSeen = new Set<string>();
  profile.grades.forEach((band, g) => {
    if (gradeSeen.has(band.grade)) issues.push(createIssue('duplicate_grade', ['grades', g, 'grade'], { grade: band.grade }));
    gradeSeen.add(band.grade);
    appendAll(issues, percentIssues(band.min, ['grades', g, 'min']));
    const previous = profile.grades[g - 1];
    if (previous && !toDecimal(band.min).lt(previous.min)) {
      issues.push(createIssue('grade_bands_order', ['grades', g, 'min'], { grade: band.grade, min: band.min }));
    }
  });
  // A lower grade never leads to a better decision, so a lower score can never pass where a higher one fails.
  const DECISION_RANK = { approved: 0, conditional: 1, rejected: 2 } as const;
  profile.grades.forEach((band, g) => {
    const previous = profile.grades[g - 1];
    if (!previous) return;
    const decision = decisionForGrade(band.grade, profile.grades);
    const better = decisionForGrade(previous.grade, profile.grades);
    if (DECISION_RANK[decision] < DECISION_RANK[better]) {
      issues.push(createIssue('grade_decisions_order', ['grades', g, 'decision'], { grade: band.grade, decision, higher: previous.grade, better }));
    }
  });
  const lowest = profile.grades[profile.grades.length - 1];
  if (lowest && !toDecimal(lowest.min).isZero()) {
    issues.push(createIssue('grade_bands_cover', ['grades', profile.grades.length - 1, 'min']));
  }

  profile.rules.forEach((rule, r) => {
    const at: PathSegment[] = ['rules', r];
    claim(rule.id, at);
    if (rule.then.capGrade !== undefined && !grades.includes(rule.then.capGrade)) {
      issues.push(createIssue('unknown_grade', [...at, 'then', 'capGrade'], { grade: rule.then.capGrade, grades: grades.join(', ') }));
    }
    if (rule.then.capGrade === undefined && rule.then.capDecision === undefined && rule.then.incomplete !== true) {
      issues.push(createIssue('required', [...at, 'then', 'capGrade']));
    }
    if (rule.scope !== undefined && !categoryIds.has(rule.scope)) {
      issues.push(createIssue('unknown_category', [...at, 'scope'], { id: rule.scope }));
    }
    const when = rule.when;
    if (when.type !== 'score') {
      (when.categories ?? []).forEach((id, i) => {
        if (!categoryIds.has(id)) issues.push(createIssue('unknown_category', [...at, 'when', 'categories', i], { id }));
      });
    }
    if (when.type === 'score' || when.type === 'category-score' || when.type === 'group-score') {
      appendAll(issues, percentIssues(when.below, [...at, 'when', 'below']));
    }
    if (when.type === 'criteria') {
      (when.criteria ?? []).forEach((id, i) => {
        if (!criterionIds.has(id)) issues.push(createIssue('unknown_criterion', [...at, 'when', 'criteria', i], { id }));
      });
      if (when.scoreBelow !== undefined) appendAll(issues, percentIssues(when.scoreBelow, [...at, 'when', 'scoreBelow']));
    }
    if (when.type === 'group-score' && when.groups !== undefined && when.levels.every((l) => l === 'element' || l === 'sub-element')) {
      // Element and sub-element ids come from the profile; step and product-group ids from the evidence.
      const looked = profile.categories
        .map((c) => c.id)
        .filter((id) => (rule.scope === undefined || rule.scope === id) && (when.categories === undefined || when.categories.includes(id)));
      const known = new Set(looked.flatMap((id) => [...(groupIds.get(id) ?? [])]));
      const categories = looked.length === profile.categories.length ? '' : looked.join(', ');
      when.groups.forEach((id, i) => {
        if (!known.has(id)) issues.push(createIssue('unknown_group', [...at, 'when', 'groups', i], { id, categories, groups: [...known].join(', ') }));
      });
    }
    if (when.type === 'group-coverage' && when.minShare.numerator > when.minShare.denominator) {
      issues.push(createIssue('out_of_range', [...at, 'when', 'minShare', 'numerator'], { minimum: 0, maximum: when.minShare.denominator }));
    }
  });
  return issues;
}

function percentIssues(value: string, at: PathSegment[]): ValidationIssue[] {
  const d = toDecimal(value);
  return d.lt(0) || d.gt(100) ? [createIssue('out_of_range', at, { minimum: 0, maximum: 100 })] : [];
}
