import type { AttributeInspectionEvidence } from '../kinds/attribute-inspection/schema.js';
import type { AuditQuestionEvidence } from '../kinds/audit-question/schema.js';
import type { CertificateEvidence } from '../kinds/certificate/schema.js';
import type { Criterion } from '../criteria/criterion.js';
import type { MeasurementEvidence } from '../kinds/measurement/schema.js';
import type { MetricEvidence } from '../kinds/metric/schema.js';
import { daysBetween } from '../dates/daysBetween.js';
import { toDecimal } from '../decimal.js';
import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { unitConversionIssues } from '../units/index.js';
import { appendAll } from '../lists/appendAll.js';

/**
 * Returns the problems of an evidence entry, already valid for its kind's schema, against its
 * criterion: the wrong combination of fields, points that are not allowed levels, a not-applicable
 * claim where none is allowed, a zero denominator, a unit that cannot be converted.
 *
 * @example
 * entryIssues(vdaQuestion, { criterion: 'p6-4-1', points: 5 }, ['entries', 3])[0].code
 * //=> 'not_a_level'
 */
export function entryIssues(criterion: Criterion, entry: unknown, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  switch (criterion.kind) {
    case 'audit-question': {
      const e = entry as AuditQuestionEvidence;
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
      break;
    }
    case 'metric': {
      const e = entry as MetricEvidence;
      const byValue = e.value !== undefined;
      const byCount = e.numerator !== undefined || e.denominator !== undefined;
      if (byValue === byCount || (byCount && (e.numerator === undefined || e.denominator === undefined))) {
        issues.push(createIssue('evidence_form', at, { kind: criterion.kind, expected: 'either value, or numerator and denominator' }));
      }
      if (e.denominator !== undefined && toDecimal(e.denominator).lte(0)) issues.push(createIssue('zero_denominator', [...at, 'denominator']));
      if (e.numerator !== undefined && toDecimal(e.numerator).lt(0)) issues.push(createIssue('too_small', [...at, 'numerator'], { minimum: 0 }));
      break;
    }
    case 'measurement': {
      const e = entry as MeasurementEvidence;
      if (e.unit !== undefined) appendAll(issues, unitConversionIssues(e.unit, criterion.unit, [...at, 'unit']));
      break;
    }
    case 'certificate': {
      const e = entry as CertificateEvidence;
      if (e.issued !== undefined && daysBetween(e.issued, e.expires) < 0) {
        issues.push(createIssue('date_after', [...at, 'issued'], { date: e.issued, later: e.expires }));
      }
      break;
    }
    case 'attribute-inspection': {
      const e = entry as AttributeInspectionEvidence;
      e.lots.forEach((lot, i) => {
        if (lot.inspected > lot.lotSize) issues.push(createIssue('too_big', [...at, 'lots', i, 'inspected'], { maximum: lot.lotSize }));
        if (lot.nonconforming > lot.inspected) issues.push(createIssue('too_big', [...at, 'lots', i, 'nonconforming'], { maximum: lot.inspected }));
      });
      break;
    }
    default:
      break;
  }
  return issues;
}
