/**
 * The global bundles as a spreadsheet host runs them: built here with the package's own tsup settings;
 * the core bundle loaded with the Apps Script wrappers into a bare node:vm context, its custom
 * functions and menu actions run there, in this process and in child processes under two far-apart
 * time zones. Also holds the core and the full bundle to their size budgets.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { gaugeStudyCell, profileFromSheets } from 'supplier-quality/sheets';
import { evidenceSheets, profileSheets } from '../../examples/excel/auditSheets.js';
import { supplierHeader, supplierRow } from '../fixtures/supplierRow.js';
import { globalBuild } from '../../tsup.config.js';
import { runScenario } from './fixtures/sandbox.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

/**
 * The most the minified core global bundle may weigh, in bytes: the root entry's evaluation API and
 * the `sheets` namespace, with the sentences of both languages (418,974 when this was written). The
 * goal is 210,000; the evaluation alone (define, parse and evaluate, with their sentences in both
 * languages) comes to about 260,000, see docs/sheets.md "Bundle size". This budget catches growth.
 */
const CORE_BUNDLE_BUDGET = 425_000;

/** The most the minified full global bundle may weigh, in bytes (523,602 when this was written). */
const FULL_BUNDLE_BUDGET = 530_000;

const SUPPLIERS = ['injektor-presisi', 'maju-jaya', 'sumber-logam'] as const;
const profile = json('examples/pump-injector/profile.json');
const evidences = SUPPLIERS.map((name) => json(`examples/pump-injector/evidence/${name}.json`));
const date = (text: string) => ({ $date: text }) as unknown as Date;
const header = supplierHeader(profile);
const rows = evidences.map((evidence) => supplierRow(profile, evidence, date));
const profileCell = JSON.stringify(profile);
const sheetsOf = profileSheets(profile);
const VALUES = [[5.0], [5.2], [4.9], [5.1], [5.3], [5.0], [4.8], [5.1]];

const workbook = (evidence: Record<string, unknown>) => ({ ...sheetsOf, ...evidenceSheets(evidence, date) });
const toleranceColumn = sheetsOf.Criteria![0]!.indexOf('tolerance');
const badCriteria = sheetsOf.Criteria!.map((row, r) => (r === 2 ? row.map((cell, c) => (c === toleranceColumn ? '0,05' : cell)) : row));

const scenario = {
  calls: [
    ['SQ_CAPABILITY', [VALUES, 4.4, 5.6]],
    ['SQ_CAPABILITY', [VALUES, 4.4, 5.6, '', 'cpk']],
    ['SQ_CAPABILITY', [[[5.0], ['abc'], [date('2026-01-01')]], 4.4, 5.6]],
    ['SQ_CAPABILITY', [[[5.0], [5.1]], '', '', '', '', 'id']],
    ['SQ_SAMPLING_PLAN', [1200, 1]],
    ['SQ_SAMPLING_PLAN', [1200, '1.0', 'II', '', 'sample size']],
    ['SQ_SAMPLING_PLAN', [0, 1]],
    ['SQ_SAMPLING_PLAN', [500, 0.3, '', '', '', 'id']],
    ['SQ_EVALUATE', [profileCell, [header], rows]],
    ['SQ_EVALUATE', [profileCell, [header], rows, date('2026-12-31')]],
    ['SQ_EVALUATE', [[['{ not json']], [header], rows]],
    ['SQ_EVALUATE', [sheetsOf.Criteria, [header], [rows[1], [], [...rows[1]!.slice(0, 3), 'abc']]]],
    ['SQ_GAUGE_STUDY', [[['part', 'operator', 'trial', 'value'], [1, 'A', 1, 0.2], [1, 'A', 2, 0.3], [2, 'A', 1, 0.9], [2, 'A', 2, 1], [1, 'B', 1, 0.25], [1, 'B', 2, 0.2], [2, 'B', 1, 1.1], [2, 'B', 2, 0.95]]]],
    ['SQ_GAUGE_STUDY', [[[1, 'A', 1, 'x']], '', '', '', '', '', 'id']],
  ],
  actions: [
    ['evaluateWorkbook', workbook(evidences[1]!)],
    ['summariseSuppliers', { ...sheetsOf, Suppliers: [header, ...rows] }],
    ['evaluateWorkbook', { ...workbook(evidences[1]!), Criteria: badCriteria }],
  ],
};

type Results = ReturnType<typeof runScenario>;

let dir: string;
let bundlePath: string;
let bundle: string;
let fullBundle: string;
let wrapper: string;
let here: Results;

function runIn(timeZone: string): Promise<Results> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'test/sheets/fixtures/sandbox.mjs'), bundlePath, join(root, 'examples/google-sheets/Code.gs')], {
      env: { PATH: process.env.PATH ?? '', TZ: timeZone },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Results) : reject(new Error(`exit ${code}: ${err}`))));
    child.stdin.end(JSON.stringify(scenario));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sq-global-'));
  await build({ ...globalBuild, outDir: dir, config: false, silent: true, clean: false });
  bundlePath = join(dir, 'supplier-quality.global.js');
  bundle = readFileSync(bundlePath, 'utf8');
  fullBundle = readFileSync(join(dir, 'supplier-quality.full.global.js'), 'utf8');
  wrapper = read('examples/google-sheets/Code.gs');
  here = runScenario(bundle, wrapper, scenario);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byteSize = (text: string) => Buffer.byteLength(text, 'utf8');
const figure = (text: string) => Number(text.replace(/,/g, ''));
const withinTwoPercent = (stated: number, measured: number) => Math.abs(stated - measured) / measured <= 0.02;

describe('global bundles', () => {
  it('stay within their size budgets', () => {
    const core = statSync(bundlePath).size;
    const full = byteSize(fullBundle);
    console.info(`core global bundle: ${core} bytes, full global bundle: ${full} bytes (minified)`);
    expect(core).toBeLessThanOrEqual(CORE_BUNDLE_BUDGET);
    expect(full).toBeLessThanOrEqual(FULL_BUNDLE_BUDGET);
  });

  it('weigh what the README and docs/sheets.md say, within 2 % (minified and gzipped)', () => {
    const measured = [
      [byteSize(bundle), gzipSync(bundle).length / 1000],
      [byteSize(fullBundle), gzipSync(fullBundle).length / 1000],
    ] as const;
    const readme = /core: ([\d,]+) bytes minified\s+\((\d+) KB gzipped\)[^]*?full bundle[^]*?: ([\d,]+) bytes\s+minified\s+\((\d+) KB gzipped\)/.exec(read('README.md'));
    const sheets = /core bundle[^]*?\*\*([\d,]+) bytes\*\*,\s+(\d+) KB\s+gzipped[^]*?full bundle[^]*?\*\*([\d,]+) bytes\*\*,\s+(\d+) KB\s+gzipped/.exec(read('docs/sheets.md'));
    for (const stated of [readme, sheets]) {
      expect(stated).not.toBeNull();
      const [, coreBytes, coreGzip, fullBytes, fullGzip] = stated!.map(String);
      expect(withinTwoPercent(figure(coreBytes!), measured[0][0]), `core ${coreBytes}`).toBe(true);
      expect(withinTwoPercent(figure(coreGzip!), measured[0][1]), `core gzipped ${coreGzip}`).toBe(true);
      expect(withinTwoPercent(figure(fullBytes!), measured[1][0]), `full ${fullBytes}`).toBe(true);
      expect(withinTwoPercent(figure(fullGzip!), measured[1][1]), `full gzipped ${fullGzip}`).toBe(true);
    }
  });

  it('are each one IIFE defining SupplierQuality, without the decimal.js methods the library never calls', () => {
    for (const code of [bundle, fullBundle]) {
      expect(code.startsWith('"use strict";var SupplierQuality=(()=>{') || code.startsWith('var SupplierQuality=(()=>{')).toBe(true);
      expect(code).not.toContain('3.14159265358979323846264338327950288419716939937510');
      expect(code).not.toMatch(/\brequire\(|\bprocess\.(env|argv|cwd)|(?<![\w$])Buffer\./);
    }
  });

  it('hold the root entry and sheets in the core, and every subpath entry but testing in the full bundle', async () => {
    const namespaces = {
      stats: await import('../../src/stats/index.js'),
      sampling: await import('../../src/sampling/index.js'),
      schemes: await import('../../src/schemes/index.js'),
      report: await import('../../src/report/index.js'),
      authoring: await import('../../src/authoring/index.js'),
      sheets: await import('../../src/sheets/index.js'),
    };
    const rootEntry = await import('../../src/index.js');
    const names = [...Object.keys(rootEntry), ...Object.keys(namespaces)].sort();
    const full = new Function(`${fullBundle}; return SupplierQuality;`)() as Record<string, object>;
    expect(Object.keys(full).sort()).toEqual(names);
    for (const [name, module] of Object.entries(namespaces)) expect(Object.keys(full[name] ?? {}).sort(), name).toEqual(Object.keys(module).sort());
    const core = new Function(`${bundle}; return SupplierQuality;`)() as Record<string, Record<string, unknown>>;
    expect(Object.keys(core).sort()).toEqual(names);
    expect(Object.keys(core.sheets!).sort()).toEqual(Object.keys(namespaces.sheets).sort());
  });

  it('name the full bundle when a script reads a namespace the core leaves out', () => {
    const core = new Function(`${bundle}; return SupplierQuality;`)() as Record<string, Record<string, unknown>>;
    for (const name of ['stats', 'sampling', 'schemes', 'report', 'authoring']) {
      expect(Object.keys(core[name]!)).toEqual([]);
      expect(JSON.stringify(core[name])).toBe('{}');
    }
    expect(() => core.report!.renderEvaluation).toThrow(
      'SupplierQuality.report.renderEvaluation is not in the core global bundle supplier-quality.global.js: load supplier-quality.full.global.js instead of it (it holds the core too).',
    );
    expect(() => core.stats!.processCapability).toThrow(/^SupplierQuality\.stats\.processCapability is not in the core global bundle .*supplier-quality\.full\.global\.js/);
  });

  it('runs in a bare context with no host globals', () => {
    expect(here.globals).toEqual([]);
  });

  it('computes process capability in a cell (AIAG SPC 2nd ed.)', () => {
    const table = here.calls[0] as [string, number | string][];
    expect(Object.fromEntries(table)).toMatchObject({ n: 8, mean: 5.05, cp: 0.9289, cpk: 0.8515, pp: 1.2472, ppk: 1.1433, cpm: '' });
    expect(here.calls[1]).toBe(0.8515);
  });

  it('returns readable errors instead of throwing', () => {
    expect(here.calls[2]).toBe(
      'Error: values R2C1: "abc" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05). | values R3C1: "2026-01-01" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).',
    );
    expect(here.calls[3]).toBe('Kesalahan: lsl: Isi batas bawah (lsl), batas atas (usl), atau keduanya.');
    expect(here.calls[6]).toMatch(/^Error: lotSize: /);
    expect(here.calls[7]).toMatch(/^Kesalahan: aql: AQL 0.3 bukan kolom tabel sampling/);
    expect(here.calls[10]).toMatch(/^Error: The profile is not valid JSON/);
    expect(here.calls[13]).toMatch(/^Kesalahan: data R1C4: "x" bukan bilangan desimal berhingga/);
  });

  it('looks up sampling plans (ISO 2859-1:1999 Table 1 and Table 2-A: lot 1,200, level II, AQL 1.0 → J, n 80, Ac 2, Re 3)', () => {
    expect(here.calls[4]).toEqual([
      ['code letter', 'J'],
      ['sample size', 80],
      ['ac', 2],
      ['re', 3],
      ['hundred percent', false],
      ['explanation', expect.stringMatching(/^Lot 1,200 at level II gives code letter J/)],
    ]);
    expect(here.calls[5]).toBe(80);
    expect((here.calls[12] as unknown[][]).find((row) => row[0] === 'ndc')?.[1]).toBe(gaugeStudyCell([['part', 'operator', 'trial', 'value'], [1, 'A', 1, 0.2], [1, 'A', 2, 0.3], [2, 'A', 1, 0.9], [2, 'A', 2, 1], [1, 'B', 1, 0.25], [1, 'B', 2, 0.2], [2, 'B', 1, 1.1], [2, 'B', 2, 0.95]], '', '', '', '', 'ndc'));
  });

  it('evaluates supplier rows as the library evaluates their JSON evidence', () => {
    const expected = evidences.map((evidence) => evaluate(profile, evidence));
    const got = here.calls[8] as (string | number)[][];
    expect(got.map((row) => row.slice(0, 3))).toEqual(expected.map((e) => [e.decision, Number(e.score), e.grade]));
    expect(got.map((row) => row.slice(0, 3))).toEqual([
      ['approved', 98.5, 'A'],
      ['conditional', 86.6, 'B'],
      ['rejected', 22.7, 'C'],
    ]);
    const later = here.calls[9] as (string | number)[][];
    const atYearEnd = evaluate(profile, evidences[1], { at: '2026-12-31' });
    expect(later[1]!.slice(0, 3)).toEqual([atYearEnd.decision, Number(atYearEnd.score), atYearEnd.grade]);
  });

  it('evaluates against a criteria range, with an error text for a bad row and an empty row for an empty one', () => {
    const compact = profileFromSheets({ criteria: sheetsOf.Criteria! });
    if (!compact.success) throw compact.error;
    const e = evaluate(compact.data, evidences[1]);
    const got = here.calls[11] as (string | number)[][];
    expect(got[0]!.slice(0, 3)).toEqual([e.decision, Number(e.score), e.grade]);
    expect(got[1]).toEqual(['', '', '', '']);
    expect(got[2]![0]).toBe('Error: nozzle-d: "abc" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).');
  });

  it('runs the menu actions on a workbook', () => {
    const [report, cohort, broken] = here.actions as { result: unknown; book: Record<string, unknown[][]> }[];
    expect(report!.result).toBe('conditional');
    expect(report!.book.Report!.slice(2, 5).map((row) => row.slice(0, 2))).toEqual([
      ['Decision', 'Conditional'],
      ['Score', 86.6],
      ['Grade', 'B'],
    ]);
    expect(report!.book.Gaps![1]!.slice(0, 2)).toEqual([1, 'op-training']);
    expect(cohort!.result).toBe(3);
    expect(cohort!.book.Cohort![6]!.slice(0, 2)).toEqual(['pass rate %', 66.67]);
    expect(broken!.result).toBe('thrown: The profile has 1 problem(s); see the Problems sheet.');
    expect(broken!.book.Problems![1]![0]).toBe(
      `Criteria!${String.fromCharCode(65 + toleranceColumn)}3 (tolerance): "0,05" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).`,
    );
  });

  it('gives the same cells under UTC+14 and UTC−8', async () => {
    const [kiritimati, losAngeles] = await Promise.all([runIn('Pacific/Kiritimati'), runIn('America/Los_Angeles')]);
    expect(kiritimati.timezoneOffset).toBe(-840);
    expect(losAngeles.timezoneOffset).toBe(480);
    const { timezoneOffset: _a, ...k } = kiritimati;
    const { timezoneOffset: _b, ...l } = losAngeles;
    const { timezoneOffset: _c, ...h } = here;
    expect(k).toEqual(l);
    expect(k).toEqual(h);
  });
});
