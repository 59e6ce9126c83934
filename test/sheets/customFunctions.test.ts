import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, ValidationError } from 'supplier-quality';
import { samplingPlan } from '../../src/sampling/index.js';
import { capabilityCell, errorCell, evaluateCell, profileFromRange, samplingPlanCell } from 'supplier-quality/sheets';
import { createIssue } from '../../src/errors/index.js';
import { profileSheets, supplierHeader, supplierRow } from '../../examples/excel/auditSheets.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const json = read('profile.json');
const VALUES = [[5.0], [5.2], [4.9], [5.1], [5.3], [5.0], [4.8], [5.1]];

describe('capabilityCell', () => {
  it('returns the study as a table (values of the stats example, AIAG SPC 2nd ed.)', () => {
    expect(capabilityCell(VALUES, 4.4, 5.6)).toEqual([
      ['n', 8],
      ['mean', 5.05],
      ['sigma within', 0.215299],
      ['sigma overall', 0.160357],
      ['cp', 0.9289],
      ['cpk', 0.8515],
      ['pp', 1.2472],
      ['ppk', 1.1433],
      ['cpm', ''],
      ['cpk lower bound', 0.43],
      ['observed ppm', 0],
      ['expected ppm', 6583.480498],
    ]);
  });

  it('returns one value, reads a row of values and text numbers, skips empty cells', () => {
    expect(capabilityCell(VALUES, 4.4, 5.6, '', 'cpk')).toBe(0.8515);
    expect(capabilityCell([[5.0, 5.2, 4.9, 5.1, '5.3', 5.0, '', 4.8, 5.1]], '4.4', 5.6, null, 'Cpk')).toBe(0.8515);
    expect(capabilityCell(VALUES, '', 5.6, undefined, 'cp')).toBe('');
    expect(capabilityCell(VALUES, 4.4, 5.6, 5, 'cpm')).toBeCloseTo(1.2, 1);
  });

  it('takes several columns as one subgroup per row', () => {
    const study = capabilityCell([[5.0, 5.2], [4.9, 5.1], [5.3, 5.0], [4.8, 5.1]], 4.4, 5.6) as [string, number][];
    expect(Object.fromEntries(study).n).toBe(8);
    expect(Object.fromEntries(study).pp).toBe(1.2472);
  });

  it('returns errors in a cell, in English or Indonesian', () => {
    expect(capabilityCell([[5.0], ['abc'], [true]], 4.4, 5.6)).toBe(
      'Error: values R2C1: "abc" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05). | values R3C1: "TRUE" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).',
    );
    expect(capabilityCell(VALUES, '', '', '', '', 'id')).toBe('Kesalahan: lsl: Isi batas bawah (lsl), batas atas (usl), atau keduanya.');
    expect(capabilityCell(VALUES, 5.6, 4.4)).toBe('Error: usl: The lower limit 5.6 must be below the upper limit 4.4.');
    expect(capabilityCell([[5]], 4, 6)).toMatch(/^Error: data: Needs at least 2 values, got 1\.$/);
    expect(capabilityCell(VALUES, [[1, 2]], 6)).toBe('Error: lsl: Expected one cell, got a range.');
    expect(capabilityCell(VALUES, 4.4, 5.6, '', 'cpkk')).toMatch(/^Error: show: Must be one of: n, mean/);
  });
});

describe('samplingPlanCell', () => {
  it('returns the plan (ISO 2859-1:1999 Table 1, Table 2-A: 1,200 units, level II, AQL 1.0 → J, 80, Ac 2, Re 3)', () => {
    const plan = samplingPlanCell(1200, 1) as [string, unknown][];
    expect(plan.slice(0, 5)).toEqual([['code letter', 'J'], ['sample size', 80], ['ac', 2], ['re', 3], ['hundred percent', false]]);
    expect(samplingPlanCell('1200', '1.0', 2, '', 'sample size')).toBe(80);
  });

  it('reads levels and severities as typed in a cell', () => {
    const tightened = samplingPlan({ lotSize: 500, aql: '0.65', level: 'S-4', inspection: 'tightened' });
    expect(samplingPlanCell(500, 0.65, 's4', 'Tightened', 'ac')).toBe(tightened.acceptanceNumber);
    expect(samplingPlanCell(500, 0.65, 'S-4', 'tightened', 'code letter')).toBe(tightened.codeLetter);
    expect(samplingPlanCell(50, 1, 'III', '', 'hundred percent')).toBe(samplingPlan({ lotSize: 50, aql: 1, level: 'III' }).hundredPercent);
  });

  it('returns errors in a cell', () => {
    expect(samplingPlanCell(0, 1)).toMatch(/^Error: lotSize: /);
    expect(samplingPlanCell(500, 0.3, '', '', '', 'id')).toMatch(/^Kesalahan: aql: AQL 0\.3 bukan kolom tabel sampling/);
    expect(samplingPlanCell(500, 1, 'IV')).toMatch(/^Error: level: Must be one of: /);
  });
});

describe('evaluateCell', () => {
  const header = supplierHeader(json);
  const rows = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => supplierRow(json, read(`evidence/${name}.json`)));

  it('evaluates rows against a profile given as JSON in one cell', () => {
    const expected = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => evaluate(json, read(`evidence/${name}.json`)));
    const out = evaluateCell(JSON.stringify(json), [header], rows) as (string | number)[][];
    expect(out.map((row) => row.slice(0, 3))).toEqual(expected.map((e) => [e.decision, Number(e.score), e.grade]));
    expect(out[2]![3]).toBe(expected[2]!.gaps.map((gap) => `${gap.criterion} (${gap.knockOut ? 'knock-out' : gap.status})`).join('; '));
    expect(out[2]![3]).toMatch(/^throat-d \(knock-out\); leak-test \(knock-out\); /);
  });

  it('evaluates at a given date, against a criteria range', () => {
    const out = evaluateCell(profileSheets(json).Criteria, header, [rows[1]!], new Date(2026, 11, 31)) as (string | number)[][];
    const profile = profileFromRange(profileSheets(json).Criteria);
    if (!profile.success) throw profile.error;
    const e = evaluate(profile.data, read('evidence/maju-jaya.json'), { at: '2026-12-31' });
    expect(out).toEqual([[e.decision, Number(e.score), e.grade, expect.any(String)]]);
  });

  it('returns errors in cells: for the profile, the date, and each bad row', () => {
    expect(evaluateCell('{ "id": 1 }', [header], rows)).toBe(
      'Error: id: Expected a text, got the number 1. | version: This value is required. | title: This value is required. | and 2 more',
    );
    expect(evaluateCell([['id', 'kind'], ['x', 'gauge']], [header], rows)).toMatch(/^Error: profile!B2 \(kind\): Must be one of/);
    expect(evaluateCell(JSON.stringify(json), [header], rows, 'tomorrow')).toBe('Error: at: "tomorrow" is not a calendar date in the form YYYY-MM-DD.');
    const out = evaluateCell(JSON.stringify(json), [header], [[...rows[0]!.slice(0, 3), 'abc'], ['', '', '']], '', 'id') as string[][];
    expect(out).toEqual([
      ['Kesalahan: nozzle-d: "abc" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).', '', '', ''],
      ['', '', '', ''],
    ]);
  });
});

describe('errorCell', () => {
  it('shows the first three problems and how many more', () => {
    const issues = ['a', 'b', 'c', 'd', 'e'].map((key) => createIssue('required', [key]));
    expect(errorCell(new ValidationError(issues))).toBe('Error: a: This value is required. | b: This value is required. | c: This value is required. | and 2 more');
    expect(errorCell(new Error('boom'), 'id')).toBe('Kesalahan: boom');
  });
});
