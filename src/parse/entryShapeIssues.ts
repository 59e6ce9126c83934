import { evidenceSchemaByKind } from '../criteria/criterion.js';
import { createIssue, pathText, type ValidationIssue } from '../errors/index.js';
import type { Evidence } from '../schema/evidence.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import { appendAll } from '../lists/appendAll.js';

/**
 * Returns the problems of evidence entries that no profile can make right: an entry that fits the
 * evidence of no criterion kind (values that are not decimals such as `'0x10'`, `'1e999'` or `NaN`,
 * over a million values, a field no kind has) gets the issues of the kind it comes closest to, and a
 * second entry for one criterion (ids compared in NFC) is a `duplicate_entry`. What `parseEvidence`
 * checks without a profile, so that it refuses everything `evaluate` refuses whatever the profile.
 *
 * @example
 * entryShapeIssues({ supplier: { id: 's', name: 'S' }, auditDate: '2026-11-28', entries: [{ criterion: 'd', values: ['0x10'] }] })[0].code
 * //=> 'invalid_decimal'
 */
export function entryShapeIssues(evidence: Evidence): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstAt = new Map<string, string>();
  evidence.entries.forEach((entry, i) => {
    const at = ['entries', i];
    const id = entry.criterion.normalize('NFC');
    const first = firstAt.get(id);
    if (first !== undefined) {
      issues.push(createIssue('duplicate_entry', [...at, 'criterion'], { id: entry.criterion, first }));
      return;
    }
    firstAt.set(id, pathText(at));
    let closest: ValidationIssue[] | undefined;
    for (const schema of Object.values(evidenceSchemaByKind)) {
      const parsed = schema.safeParse(entry);
      if (parsed.success) return;
      const found = fromZodIssues(parsed.error.issues, entry, at);
      if (closest === undefined || found.length < closest.length) closest = found;
    }
    appendAll(issues, closest ?? []);
  });
  return issues;
}
