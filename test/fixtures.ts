import type { CriterionInput, EvidenceInput, ProfileInput } from '../src/index.js';

/** A one-category profile around the given criteria, with defaults for everything else. */
export function profileWith(criteria: CriterionInput[], extra: Partial<ProfileInput> = {}): ProfileInput {
  return {
    id: 'test-profile',
    version: '1',
    title: 'Test profile',
    component: { name: 'Test component' },
    categories: [{ id: 'main', title: 'Main', criteria }],
    ...extra,
  };
}

/** Evidence for supplier `s1` audited on `auditDate` with the given entries. */
export function evidenceWith(entries: EvidenceInput['entries'], auditDate = '2026-11-28'): EvidenceInput {
  return { supplier: { id: 's1', name: 'CV Uji Coba' }, auditDate, entries };
}
