import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { parseEvidence } from '../parse/parseEvidence.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { Evidence, EvidenceInput } from '../schema/evidence.js';
import type { Profile, ProfileInput } from '../schema/profile.js';
import { SUPPLIER_FIELDS } from './evidenceFromSheets.js';
import { rectangle, writeOptionsIssues, type OutputCell, type OutputRows } from './outputRows.js';
import { CellWriter, type ProfileWriteOptions } from './profileToSheets.js';
import type { SchemaColumn } from './schemaColumns.js';
import { shortFormCell } from './shortFormWriters.js';
import { appendAll } from '../lists/appendAll.js';

/**
 * Returns suppliers' evidence as a supplier table that `evidenceFromRow` reads back as the same
 * evidence: a header of the supplier columns given (`supplier.id`, `supplier.name`, `auditDate`, …)
 * and one column per criterion of the profile, then one row per supplier with each entry in its
 * kind's short form (docs/sheets.md); a criterion without an entry is an empty cell. Texts a
 * spreadsheet would run as formulas get an apostrophe in front unless `options.raw`.
 * Throws a `ValidationError` when the profile or an evidence does not parse, or naming each value a
 * supplier row cannot carry (a note, a certificate's number, subgroups, process steps, two entries
 * for one criterion, …): nothing is written rather than something lost.
 *
 * @example
 * const evidence = { supplier: { id: 'IKM-0002', name: 'CV Maju Jaya Teknik' }, auditDate: '2026-11-19', entries: [{ criterion: 'nozzle-d', values: ['3.201', '3.198'] }] };
 * supplierRows(pumpInjectorProfile, [evidence]).map((row) => row.slice(0, 4))
 * //=> [['supplier.id', 'supplier.name', 'auditDate', 'nozzle-d'], ['IKM-0002', 'CV Maju Jaya Teknik', '2026-11-19', '3.201 3.198']]
 */
export function supplierRows(profile: Profile | ProfileInput, evidences: readonly (Evidence | EvidenceInput)[], options: ProfileWriteOptions = {}): OutputRows {
  const form = typeof options?.form === 'string' && options.form !== '' ? options.form : 'a supplier row';
  const issues: ValidationIssue[] = [...writeOptionsIssues(options === undefined ? {} : { raw: options?.raw })];
  const parsedProfile = parseProfile(profile);
  if (!parsedProfile.success) throw new ValidationError([...issues, ...parsedProfile.error.issues], 'profile');
  const criteria = parsedProfile.data.categories.flatMap((category) => category.criteria);
  const kinds = new Map(criteria.map((criterion) => [criterion.id, criterion.kind] as const));
  const list = Array.isArray(evidences) ? evidences : [];
  if (!Array.isArray(evidences)) issues.push(createIssue('invalid_type', [], { expected: 'a list of evidence', received: typeof evidences }));
  const writer = new CellWriter(form);
  const rows = list.map((input, i) => {
    const parsed = parseEvidence(input, { profile: parsedProfile.data });
    if (!parsed.success) {
      appendAll(issues, parsed.error.issues.map((issue) => createIssue(issue.code, [i, ...issue.segments], issue.params)));
      return new Map<string, OutputCell>();
    }
    const { entries, ...fields } = parsed.data as unknown as { entries: Record<string, unknown>[] } & Record<string, unknown>;
    const row = writer.row(fields, SUPPLIER_FIELDS as readonly SchemaColumn[], [i]);
    entries.forEach((entry, j) => {
      const id = entry.criterion as string;
      if (row.has(`#${id}`)) {
        issues.push(createIssue('form_cannot_carry', [i, 'entries', j], { form, reason: 'field' }));
        return;
      }
      const kind = kinds.get(id);
      if (kind === undefined) {
        issues.push(createIssue('form_cannot_carry', [i, 'entries', j, 'criterion'], { form, reason: 'field' }));
        return;
      }
      const { cell, refusals } = shortFormCell(kind, entry);
      for (const refusal of refusals) issues.push(createIssue('form_cannot_carry', [i, 'entries', j, ...refusal.path], { form, reason: refusal.reason }));
      row.set(`#${id}`, cell);
    });
    return row;
  });
  appendAll(issues, writer.issues);
  if (issues.length > 0) throw new ValidationError(issues, 'evidence');
  const supplierColumns = SUPPLIER_FIELDS.filter((column) => rows.some((row) => row.has(column.key)));
  const header: OutputCell[] = [...supplierColumns.map((column) => column.key), ...criteria.map((criterion) => criterion.id)];
  const keys = [...supplierColumns.map((column) => column.key), ...criteria.map((criterion) => `#${criterion.id}`)];
  return rectangle([header, ...rows.map((row) => keys.map((key) => row.get(key) ?? ''))], { raw: options?.raw === true });
}
