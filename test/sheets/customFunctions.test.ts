import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, ValidationError } from 'supplier-quality';
import { samplingPlan } from '../../src/sampling/index.js';
import { capabilityCell, errorCell, evaluateCell, gaugeStudyCell, profileFromRange, samplingPlanCell } from 'supplier-quality/sheets';
import { createIssue } from '../../src/errors/index.js';
import { profileSheets } from '../../examples/excel/auditSheets.js';
import { supplierHeader, supplierRow } from '../fixtures/supplierRow.js';

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

describe('gaugeStudyCell', () => {
  /** The AIAG MSA 4th ed. gauge R&R example (Minitab's GAGEAIAG.MTW): 10 parts, appraisers A, B, C, 3 trials; rows are trials, columns parts. */
  const AIAG: Record<string, number[][]> = {
    A: [[0.29, -0.56, 1.34, 0.47, -0.8, 0.02, 0.59, -0.31, 2.26, -1.36], [0.41, -0.68, 1.17, 0.5, -0.92, -0.11, 0.75, -0.2, 1.99, -1.25], [0.64, -0.58, 1.27, 0.64, -0.84, -0.21, 0.66, -0.17, 2.01, -1.31]],
    B: [[0.08, -0.47, 1.19, 0.01, -0.56, -0.2, 0.47, -0.63, 1.8, -1.68], [0.25, -1.22, 0.94, 1.03, -1.2, 0.22, 0.55, 0.08, 2.12, -1.62], [0.07, -0.68, 1.34, 0.2, -1.28, 0.06, 0.83, -0.34, 2.19, -1.5]],
    C: [[0.04, -1.38, 0.88, 0.14, -1.46, -0.29, 0.02, -0.46, 1.77, -1.49], [-0.11, -1.13, 1.09, 0.2, -1.07, -0.67, 0.01, -0.56, 1.45, -1.77], [-0.15, -0.96, 0.67, 0.11, -1.45, -0.49, 0.21, -0.49, 1.87, -2.16]],
  };
  const range = [
    ['Part', 'Operator', 'Trial', 'Value'],
    ...Object.entries(AIAG).flatMap(([operator, trials]) => trials.flatMap((values, t) => values.map((value, i) => [i + 1, operator, t + 1, value]))),
  ];

  it('returns the study as a block (Minitab "Example of Crossed Gage R&R Study": Total Gage R&R 7.76 % contribution, 27.86 % study variation, 4 distinct categories)', () => {
    const block = gaugeStudyCell(range) as (string | number)[][];
    expect(block[0]).toEqual(['source', 'variance', 'std dev', 'study var', '%contribution', '%study var', '%tolerance']);
    expect(block[1]).toEqual(['gauge r&r', 0.09142853751, 0.3023715223, 1.814229134, 7.76, 27.86, '']);
    expect(block[5]).toEqual(['operator by part', '', '', '', '', '', '']);
    expect(block[6]!.slice(0, 1).concat(block[6]!.slice(4, 6))).toEqual(['part to part', 92.24, 96.04]);
    expect(block.slice(8).map((row) => row.slice(0, 2))).toEqual([
      ['%grr', 27.86],
      ['ndc', 4],
      ['verdict', 'unacceptable'],
      ['level', 'conditional'],
      ['model', 'without-interaction'],
      ['basis', 'study-variation'],
    ]);
  });

  it('with both limits judges %Tolerance (22.68 % of 8, Minitab); shows one value; average and range as the AIAG form (5 distinct categories)', () => {
    expect(gaugeStudyCell(range, -4, 4, '', '', '%grr')).toBe(22.68);
    expect(gaugeStudyCell(range, '-4', '4', 'anova', 0.05, 'verdict')).toBe('unacceptable');
    expect(gaugeStudyCell(range, '', '', 'Average range', '', 'ndc')).toBe(5);
    expect(gaugeStudyCell(range.slice(1), '', '', 'average-range', '', 'model')).toBe('average-range');
  });

  it('returns errors in a cell, named by the row and column of the range, in English or Indonesian', () => {
    expect(gaugeStudyCell([[1, 'A', 1, 'x'], [1, 'A', 2, 2]], '', '', '', '', '', 'id')).toMatch(/^Kesalahan: data R1C4: "x" bukan bilangan desimal berhingga/);
    expect(gaugeStudyCell(range, 4, '', '', '', '')).toMatch(/^Error: usl: /);
    expect(gaugeStudyCell(range, '', '', '', '', 'cpk')).toMatch(/^Error: show: Must be one of: %grr, ndc, verdict, level, model, basis/);
    expect(gaugeStudyCell(range, '', '', '', 2)).toMatch(/^Error: alpha: /);
  });

  it('names a part or operator in a date cell by its calendar date, as the Gauge studies sheet does, whatever the time zone', () => {
    const rows = [new Date(2026, 0, 2), 'P2', 'P3'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => [part, operator, trial, 3.2 + trial / 1000])));
    expect(gaugeStudyCell(rows.slice(1))).toBe('Error: data: Every operator must measure every part the same number of times: part 2026-01-02 by operator A has 1 measurement, most cells 2.');
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
