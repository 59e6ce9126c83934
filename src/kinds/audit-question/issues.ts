import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { auditThresholds, type AuditQuestionCriterion, type AuditQuestionEvidence } from './schema.js';

/**
 * Returns the problems a criterion of this kind has beyond its schema: levels given twice or none
 * above 0, pass or fail points that are not levels.
 *
 * @example
 * auditQuestionCriterionIssues({ kind: 'audit-question', levels: [0, 4, 6, 8, 10], passPoints: 7, ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'not_a_level'
 */
export function auditQuestionCriterionIssues(criterion: AuditQuestionCriterion, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const levels = criterion.levels;
  if (new Set(levels).size !== levels.length) issues.push(createIssue('duplicate_level', [...at, 'levels']));
  const { max } = auditThresholds(criterion);
  if (max === 0) issues.push(createIssue('too_small', [...at, 'levels'], { minimum: 'one level above 0' }));
  if (criterion.passPoints !== undefined && !levels.includes(criterion.passPoints)) {
    issues.push(createIssue('not_a_level', [...at, 'passPoints'], { points: criterion.passPoints, levels: levels.join(', ') }));
  }
  if (criterion.failBelow !== undefined && !levels.includes(criterion.failBelow)) {
    issues.push(createIssue('not_a_level', [...at, 'failBelow'], { points: criterion.failBelow, levels: levels.join(', ') }));
  }
  return issues;
}

/**
 * Returns the problems of an evidence entry of this kind, already valid for its schema, against its
 * criterion: not exactly one of points, results, steps or a not-applicable claim, steps where the question is not answered per step, points that are not levels, a step given twice, a not-applicable claim where none is allowed.
 *
 * @example
 * auditQuestionEntryIssues(vdaQuestion, { criterion: 'p6-4-1', points: 5 }, ['entries', 3])[0].code
 * //=> 'not_a_level'
 */
export function auditQuestionEntryIssues(criterion: AuditQuestionCriterion, e: AuditQuestionEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const levels = criterion.levels;
  const given = [e.points !== undefined, e.results !== undefined, e.steps !== undefined, e.notApplicable === true].filter(Boolean).length;
  if (given !== 1) {
    issues.push(createIssue('evidence_form', at, { kind: criterion.kind, expected: 'exactly one of points, results, steps or notApplicable: true' }));
  }
  if (e.steps !== undefined && criterion.perStep !== true) {
    issues.push(createIssue('evidence_form', [...at, 'steps'], { kind: criterion.kind, expected: 'points or results (this question is not answered per process step)' }));
  }
  const stepSeen = new Set<string>();
  e.steps?.forEach((s, i) => {
    if (!levels.includes(s.points)) issues.push(createIssue('not_a_level', [...at, 'steps', i, 'points'], { points: s.points, levels: levels.join(', ') }));
    if (stepSeen.has(s.step)) issues.push(createIssue('duplicate_step', [...at, 'steps', i, 'step'], { step: s.step }));
    stepSeen.add(s.step);
  });
  if (e.points !== undefined && !levels.includes(e.points)) {
    issues.push(createIssue('not_a_level', [...at, 'points'], { points: e.points, levels: levels.join(', ') }));
  }
  e.results?.forEach((points, i) => {
    if (!levels.includes(points)) issues.push(createIssue('not_a_level', [...at, 'results', i], { points, levels: levels.join(', ') }));
  });
  if (e.notApplicable === true && !criterion.allowNotApplicable) {
    issues.push(createIssue('not_applicable_not_allowed', [...at, 'notApplicable'], { id: criterion.id }));
  }
  return issues;
}
