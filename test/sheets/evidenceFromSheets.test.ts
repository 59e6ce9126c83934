import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate } from 'supplier-quality';
import { evidenceFromSheets, type SheetIssue } from 'supplier-quality/sheets';
import { evidenceSheets } from '../../examples/excel/auditSheets.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const profile = defineProfile(read('profile.json'));
const localDate = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const issuesOf = (result: ReturnType<typeof evidenceFromSheets>) => (result.success ? [] : (result.error.issues as SheetIssue[]));
const asInput = (sheets: Record<string, unknown[][]>) => ({
  supplier: sheets.Supplier!,
  measurements: sheets.Measurements,
  audit: sheets['Audit answers'],
  certificates: sheets.Certificates,
  metrics: sheets.Metrics,
  documents: sheets.Documents,
  checks: sheets.Checks,
}) as Parameters<typeof evidenceFromSheets>[0];

describe('evidenceFromSheets', () => {
  it.each(['injektor-presisi', 'maju-jaya', 'sumber-logam'])('reads the audit of %s with Date cells, evaluated as its JSON', (name) => {
    const json = read(`evidence/${name}.json`);
    const sheets = evidenceFromSheets(asInput(evidenceSheets(json, localDate)), { profile });
    if (!sheets.success) throw sheets.error;
    expect(evaluate(profile, sheets.data).criteria).toEqual(evaluate(profile, json).criteria);
  });

  it('groups measurements into subgroups and takes the unit from the header', () => {
    const result = evidenceFromSheets(
      {
        supplier: [['supplier id', 'S1'], ['supplier name', 'CV Satu'], ['audit date', '2026-11-19']],
        measurements: [
          ['subgroup', 'part', 'throat-d', 'overall-length [in]', '# gauge'],
          ['A', 1, 6.5, 3.3858, 'G1'],
          ['A', 2, 6.51, '', 'G1'],
          ['B', 3, 6.49, 3.3862, 'G2'],
        ],
      },
      { profile },
    );
    if (!result.success) throw result.error;
    expect(result.data.entries).toEqual([
      { criterion: 'throat-d', values: [[6.5, 6.51], [6.49]] },
      { criterion: 'overall-length', values: [[3.3858], [3.3862]], unit: 'in' },
    ]);
  });

  it('reads n/a, several results, yes/no and counts', () => {
    const result = evidenceFromSheets(
      {
        supplier: [['field', 'value'], ['supplier id', 'S1'], ['supplier name', 'CV Satu'], ['audit date', 46345]],
        audit: [['criterion', 'points', 'results', 'reason'], ['op-training', 'n/a', '', 'no operators yet'], ['machine-maintenance', '', '8; 6', '']],
        metrics: [['criterion', 'numerator', 'denominator'], ['defect-ppm', 17, 52000]],
        checks: [['criterion', 'answer'], ['leak-test', 'Ya']],
      },
      { profile },
    );
    if (!result.success) throw result.error;
    expect(result.data.auditDate).toBe('2026-11-19');
    expect(result.data.entries).toEqual([
      { criterion: 'op-training', notApplicable: true, reason: 'no operators yet' },
      { criterion: 'machine-maintenance', results: [8, 6] },
      { criterion: 'defect-ppm', numerator: 17, denominator: 52000 },
      { criterion: 'leak-test', value: true },
    ]);
  });

  it('names the sheet and cell of every problem, in order', () => {
    const result = evidenceFromSheets(
      {
        supplier: { name: 'Pemasok', values: [['supplier id', 'S1'], ['supplier name', 'CV Satu'], ['audit date', '19/11/2026'], ['colour', 'red']] },
        measurements: [['throat-d', 'nozzle-d'], [6.5, 'abc'], [6.51, 3.2]],
        audit: [['criterion', 'points'], ['op-training', 5], ['op-training', 6]],
        certificates: [['criterion', 'standard', 'expires'], ['iso-9001', 'ISO 9001:2015', new Date(2027, 0, 14)]],
        checks: [['criterion', 'value'], ['leak-test', 'maybe']],
      },
      { profile },
    );
    expect(issuesOf(result).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'Pemasok!A4 unrecognized_key',
      'Pemasok!B3 invalid_date',
      'Measurements!B2 invalid_decimal',
      "'Audit answers'!B2 not_a_level",
      "'Audit answers'!A3 duplicate_entry",
      'Checks!B2 invalid_type',
    ]);
    expect(issuesOf(result)[4]!.message).toBe(`Evidence for "op-training" is given twice (first at 'Audit answers'!2:2).`);
  });

  it('warns about columns for criteria the profile does not have', () => {
    const result = evidenceFromSheets(
      { supplier: [['supplier id', 'S1'], ['supplier name', 'CV Satu'], ['audit date', '2026-11-19']], measurements: [['throat-dia'], [6.5]] },
      { profile },
    );
    if (!result.success) throw result.error;
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([['Measurements!A1', 'unknown_criterion']]);
  });
});
