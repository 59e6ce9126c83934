import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { daysBetween } from '../../dates/daysBetween.js';
import type { CertificateCriterion, CertificateEvidence } from './schema.js';

/**
 * Returns the problems of an evidence entry of this kind, already valid for its schema, against its
 * criterion: an issue date after the expiry date.
 *
 * @example
 * certificateEntryIssues(iso9001, { criterion: 'iso-9001', standard: 'ISO 9001:2015', issued: '2027-01-01', expires: '2026-12-31' }, ['entries', 3])[0].code
 * //=> 'date_after'
 */
export function certificateEntryIssues(criterion: CertificateCriterion, e: CertificateEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (e.issued !== undefined && daysBetween(e.issued, e.expires) < 0) {
    issues.push(createIssue('date_after', [...at, 'issued'], { date: e.issued, later: e.expires }));
  }
  return issues;
}
