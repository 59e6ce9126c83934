import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluateCohortSync } from '../../src/cohort/evaluateCohort.js';
import type { CohortSummary } from '../../src/cohort/cohortSummary.js';
import { cohortHeadline } from '../../src/report/cohortView.js';
import { formatterFor } from '../../src/report/format.js';
import { pumpProfile } from '../gaps/fixtures.js';

describe('cohortHeadline', () => {
  const summary = evaluateCohortSync(pumpProfile, generateSuppliers(150, 2026));
  const en = formatterFor('en', 'prose');
  const id = formatterFor('id', 'prose');

  it('says how many can supply now and which families hold the rest back, most first', () => {
    expect(cohortHeadline(summary, en)).toBe(
      '31 of 150 suppliers can supply now (2 approved, 29 with conditions); the rest are held back mostly by machines (equipment): ' +
        'of the 119, 92 by machines (equipment), 88 by people (training), 39 by methods, 2 by materials.',
    );
    expect(cohortHeadline(summary, id)).toMatch(/^31 dari 150 pemasok dapat memasok sekarang \(2 disetujui, 29 dengan syarat\); sisanya tertahan terutama oleh mesin \(peralatan\)/);
  });

  it('says so when every supplier can supply, when scores alone hold the rest, and nothing when none was evaluated', () => {
    const all: CohortSummary = { ...summary, decisions: { approved: 4, conditional: 146, rejected: 0, incomplete: 0 } };
    expect(cohortHeadline(all, en)).toBe('150 of 150 suppliers can supply now (4 approved, 146 with conditions).');
    const scoresOnly: CohortSummary = {
      ...summary,
      causes: { ...summary.causes, byCauseFamily: summary.causes.byCauseFamily.map((f) => ({ ...f, suppliers: 0, decisions: { approved: 0, conditional: 0, rejected: 0, incomplete: 0 } })) },
    };
    expect(cohortHeadline(scoresOnly, id)).toBe('31 dari 150 pemasok dapat memasok sekarang (2 disetujui, 29 dengan syarat); 119 lainnya tertahan hanya oleh skornya.');
    expect(cohortHeadline(evaluateCohortSync(pumpProfile, []), en)).toBe('');
  });
});
