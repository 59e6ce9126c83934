import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, parseEvidence } from 'supplier-quality';
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
  processSteps: sheets['Process steps'],
  audit: sheets['Audit answers'],
  certificates: sheets.Certificates,
  metrics: sheets.Metrics,
  documents: sheets.Documents,
  checks: sheets.Checks,
  gaugeStudies: sheets['Gauge studies'],
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

  it('reads per-step audit results and the process steps, equal to the JSON', () => {
    const json = {
      ...read('evidence/maju-jaya.json'),
      processSteps: [
        { id: 'OP10', title: 'Turning', productGroup: 'PG1' },
        { id: 'OP20', title: 'Drilling', productGroup: 'PG1' },
        { id: 'OP30', productGroup: 'PG2' },
      ],
      entries: (read('evidence/maju-jaya.json').entries as Record<string, unknown>[]).map((entry) =>
        entry.criterion === 'op-training'
          ? { criterion: 'op-training', steps: [{ step: 'OP10', points: 6 }, { step: 'OP20', points: 8 }, { step: 'OP30', points: 10 }], note: 'Two operators untrained' }
          : entry.criterion === 'machine-maintenance'
            ? { criterion: 'machine-maintenance', notApplicable: true, reason: 'No own machines' }
            : entry,
      ),
    };
    const sheets = evidenceSheets(json, localDate);
    expect(sheets['Process steps']).toEqual([
      ['id', 'title', 'product group'],
      ['OP10', 'Turning', 'PG1'],
      ['OP20', 'Drilling', 'PG1'],
      ['OP30', '', 'PG2'],
    ]);
    expect(sheets['Audit answers']).toEqual([
      ['criterion', 'step', 'points', 'results', 'reason', 'note'],
      ['op-training', 'OP10', 6, '', '', 'Two operators untrained'],
      ['op-training', 'OP20', 8, '', '', ''],
      ['op-training', 'OP30', 10, '', '', ''],
      ['machine-maintenance', '', 'n/a', '', 'No own machines', ''],
    ]);
    const result = evidenceFromSheets(asInput(sheets), { profile });
    const parsed = parseEvidence(json, { profile });
    if (!result.success) throw result.error;
    if (!parsed.success) throw parsed.error;
    expect(result.data.processSteps).toEqual(parsed.data.processSteps);
    const audit = (entries: readonly { criterion: string }[]) => entries.filter((e) => ['op-training', 'machine-maintenance'].includes(e.criterion));
    expect(audit(result.data.entries)).toEqual(audit(parsed.data.entries));
    expect(evaluate(profile, result.data).criteria).toEqual(evaluate(profile, json).criteria);
  });

  it('joins the notes of step rows and names the cell of a bad step', () => {
    const supplier = [['supplier id', 'S1'], ['supplier name', 'CV Satu'], ['audit date', '2026-11-19']];
    const good = evidenceFromSheets({
      supplier,
      audit: [['criterion', 'step', 'points', 'note'], ['op-training', 'OP10', 6, 'late'], ['op-training', 'OP20', 8, 'ok']],
    }, { profile });
    if (!good.success) throw good.error;
    expect(good.data.entries).toEqual([{ criterion: 'op-training', steps: [{ step: 'OP10', points: 6 }, { step: 'OP20', points: 8 }], note: 'late; ok' }]);

    const bad = evidenceFromSheets({
      supplier,
      processSteps: [['step', 'title'], ['OP10', 'Turning'], ['OP10', 'Again']],
      audit: [['criterion', 'step', 'points'], ['op-training', 'OP10', 5], ['op-training', 'OP90', 6]],
    }, { profile });
    expect(issuesOf(bad).map((issue) => `${issue.path} ${issue.header ?? ''} ${issue.code}`)).toEqual([
      "'Audit answers'!C2 points not_a_level",
      "'Process steps'!A3 step duplicate_step",
      "'Audit answers'!B3 step unknown_step",
    ]);
    // A step not evaluated is left out: `n/a` is not a step's points.
    const notApplicable = evidenceFromSheets({ supplier, audit: [['criterion', 'step', 'points'], ['op-training', 'OP10', 'n/a']] }, { profile });
    expect(issuesOf(notApplicable).map((issue) => `${issue.path} ${issue.header ?? ''} ${issue.code}`)).toEqual(["'Audit answers'!C2 points invalid_type"]);
  });
});

describe('a measured value beyond the header', () => {
  it('is an error at its cell, not a value left out', async () => {
    const { evidenceFromSheets } = await import('supplier-quality/sheets');
    const read = evidenceFromSheets({
      supplier: [['supplier id', 'S'], ['supplier name', 'N'], ['audit date', '2026-01-01']],
      measurements: [['part', 'throat-d'], [1, 6.5], [2, 6.51, 6.9]],
    });
    expect(read.success ? [] : read.error.issues.map((issue) => [issue.path, issue.code])).toEqual([['Measurements!C3', 'extra_cell']]);
  });
});
