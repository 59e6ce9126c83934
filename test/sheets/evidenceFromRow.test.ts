import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, type Criterion } from 'supplier-quality';
import { entryFromCell, evidenceFromRow, type SheetIssue } from 'supplier-quality/sheets';
import { supplierHeader, supplierRow } from '../fixtures/supplierRow.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const json = read('profile.json');
const profile = defineProfile(json);
const criterion = (id: string) => profile.categories.flatMap((c) => c.criteria).find((c) => c.id === id) as Criterion;

describe('entryFromCell', () => {
  it('reads the short form of each kind', () => {
    expect(entryFromCell(criterion('throat-d'), '6.50 6.52; 6.49')).toEqual({ criterion: 'throat-d', values: ['6.50', '6.52', '6.49'] });
    expect(entryFromCell(criterion('throat-d'), 6.5)).toEqual({ criterion: 'throat-d', values: [6.5] });
    expect(entryFromCell(criterion('op-training'), 8)).toEqual({ criterion: 'op-training', points: 8 });
    expect(entryFromCell(criterion('op-training'), 'N/A')).toEqual({ criterion: 'op-training', notApplicable: true });
    expect(entryFromCell(criterion('op-training'), '8 6 10')).toEqual({ criterion: 'op-training', results: [8, 6, 10] });
    expect(entryFromCell(criterion('iso-9001'), new Date(2027, 2, 31))).toEqual({ criterion: 'iso-9001', standard: 'ISO 9001', expires: '2027-03-31' });
    expect(entryFromCell(criterion('iso-9001'), 'IATF 16949 2027-03-31')).toEqual({ criterion: 'iso-9001', standard: 'IATF 16949', expires: '2027-03-31' });
    expect(entryFromCell(criterion('defect-ppm'), '17/52000')).toEqual({ criterion: 'defect-ppm', numerator: '17', denominator: '52000' });
    expect(entryFromCell(criterion('on-time-delivery'), 95.5)).toEqual({ criterion: 'on-time-delivery', value: 95.5 });
    expect(entryFromCell(criterion('body-material-cert'), 'approved 2026-03-02')).toEqual({ criterion: 'body-material-cert', status: 'approved', date: '2026-03-02' });
    expect(entryFromCell(criterion('leak-test'), 'no')).toEqual({ criterion: 'leak-test', value: false });
  });
});

describe('evidenceFromRow', () => {
  it('reads back a gauge study, an answer not applicable and per-step results as their JSON evaluates', () => {
    const evidence = read('evidence/maju-jaya.json');
    const entries = (evidence.entries as Record<string, unknown>[]).map((entry) =>
      entry.criterion === 'op-training' ? { criterion: 'op-training', notApplicable: true } : entry.criterion === 'machine-maintenance' ? { criterion: 'machine-maintenance', results: [8, 6, 10] } : entry,
    );
    const full = { ...evidence, entries };
    const row = evidenceFromRow(profile, supplierHeader(json), supplierRow(json, full));
    if (!row.success) throw row.error;
    const fromRow = evaluate(profile, row.data);
    expect(fromRow.criteria.find((c) => c.id === 'nozzle-gauge')?.status).toBe('pass');
    // The rows leave out the auditor, region, notes and certificate details; everything decided is the same.
    const decided = (e: ReturnType<typeof evaluate>) => [e.decision, e.score, e.grade, e.criteria.map((c) => [c.id, c.status, c.score]), e.gaps.map((g) => g.criterion)];
    expect(decided(fromRow)).toEqual(decided(evaluate(profile, full)));
  });

  it('the test rows refuse an entry they have no cell for instead of leaving it out', () => {
    const evidence = read('evidence/maju-jaya.json');
    const odd = { ...evidence, entries: [...(evidence.entries as unknown[]).filter((e) => (e as { criterion: string }).criterion !== 'leak-test'), { criterion: 'leak-test', note: 'seen' }] };
    expect(() => supplierRow(json, odd)).toThrow('leak-test: no supplier-row cell for this entry');
  });

  it.each(['injektor-presisi', 'maju-jaya', 'sumber-logam'])('reads the row of %s, which evaluates as its JSON', (name) => {
    const evidence = read(`evidence/${name}.json`);
    const row = evidenceFromRow(profile, supplierHeader(json), supplierRow(json, evidence));
    if (!row.success) throw row.error;
    const fromRow = evaluate(profile, row.data);
    const fromJson = evaluate(profile, evidence);
    expect([fromRow.decision, fromRow.score, fromRow.grade, fromRow.gaps.map((g) => g.criterion)]).toEqual([
      fromJson.decision,
      fromJson.score,
      fromJson.grade,
      fromJson.gaps.map((g) => g.criterion),
    ]);
  });

  it('leaves empty cells as missing evidence', () => {
    const row = evidenceFromRow(profile, ['id', 'supplier', 'date', 'leak-test', 'op-training'], ['S1', 'CV Satu', '2026-11-19', true, '']);
    if (!row.success) throw row.error;
    expect(row.data).toEqual({ supplier: { id: 'S1', name: 'CV Satu' }, auditDate: '2026-11-19', entries: [{ criterion: 'leak-test', value: true }] });
  });

  it('names the cell of every problem; a header that is no criterion is a warning naming the closest id', () => {
    const header = ['supplier id', 'supplier name', 'audit date', 'leak-tset', 'op-training', 'iso-9001', '# note'];
    const row = evidenceFromRow(profile, header, ['S1', 'CV Satu', '2026-11-19', 'yes', 5, 'soon', 'anything'], { sheet: 'Suppliers', row: 7, headerRow: 3, firstColumn: 2 });
    const issues = row.success ? [] : (row.error.issues as SheetIssue[]);
    expect(issues.map((issue) => [issue.path, issue.header, issue.code])).toEqual([
      ['Suppliers!F7', 'op-training', 'not_a_level'],
      ['Suppliers!G7', 'iso-9001', 'invalid_date'],
    ]);
    // As an entry of JSON evidence for a criterion the profile does not have: a warning, and the record is evaluated.
    const good = evidenceFromRow(profile, header, ['S1', 'CV Satu', '2026-11-19', 'yes', 6, '2027-06-30', 'anything'], { sheet: 'Suppliers', row: 7, headerRow: 3, firstColumn: 2 });
    expect(good.success).toBe(true);
    if (!good.success) return;
    expect(good.warnings.map((w) => [w.path, w.code, w.message])).toEqual([
      ['Suppliers!E3', 'unknown_criterion', 'No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?'],
    ]);
  });
});

describe('evidenceFromRow and a value beyond the header', () => {
  it('is an error naming the cell, not a value dropped', async () => {
    const { evidenceFromRow } = await import('supplier-quality/sheets');
    const profile = { id: 'p', version: '1', title: 'P', component: { name: 'C' }, categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'measurement', id: 'd', title: 'D', unit: 'mm', usl: '5', causeFamily: 'machine' }] }] };
    const read = evidenceFromRow(profile as never, ['supplier id', 'supplier name', 'audit date', 'd'], ['S', 'N', '2026-01-01', '4', '9'], { sheet: 'suppliers.csv', row: 3 });
    expect(read.success ? [] : read.error.issues.map((issue) => [issue.path, issue.code])).toEqual([['suppliers.csv!E3', 'extra_cell']]);
  });
});
