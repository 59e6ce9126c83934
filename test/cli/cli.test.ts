/**
 * The command line run as a child process on the pump-injector examples, checking output and exit
 * codes: built here with the package's tsup settings and started through bin/supplier-quality.js as
 * an installed package starts it. The other commands run in this process through `main`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { main } from '../../cli/index.js';
import { csvRows, toCsv } from '../../cli/csv.js';

const parseCsv = (text: string) => csvRows(text, 'output.csv').map((entry) => entry.row);
import { profileSheets } from '../../examples/excel/auditSheets.js';
import { supplierHeader, supplierRow } from '../fixtures/supplierRow.js';
import { cliBuild } from '../../tsup.config.js';
import { memoryIO } from './fixtures/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const P = 'examples/pump-injector';
const profile = JSON.parse(readFileSync(join(root, P, 'profile.json'), 'utf8')) as Record<string, unknown>;
const evidence = (name: string) => JSON.parse(readFileSync(join(root, P, 'evidence', `${name}.json`), 'utf8')) as Record<string, unknown>;
const SUPPLIERS = ['injektor-presisi', 'maju-jaya', 'sumber-logam'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let installed: string;

/** Runs the built command line in a child process. */
function cli(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(installed, 'bin/supplier-quality.js'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Runs the command line in this process. */
async function run(args: string[], stdin = '', tty = false) {
  const io = memoryIO(root, stdin, tty);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

let dir: string;
const at = (name: string) => join(dir, name);
const runs: Record<string, Run> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sq-cli-'));
  // Inside the project, so the built file finds the dependencies in node_modules as an install would.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  installed = mkdtempSync(join(root, '.tmp', 'cli-'));
  await build({ ...cliBuild, outDir: join(installed, 'dist'), config: false, silent: true, sourcemap: false });
  mkdirSync(join(installed, 'bin'));
  copyFileSync(join(root, 'bin/supplier-quality.js'), join(installed, 'bin/supplier-quality.js'));
  writeFileSync(join(installed, 'package.json'), '{ "type": "module" }\n');
  const bad = evidence('maju-jaya');
  (bad.entries as Record<string, unknown>[])[6]!.points = 5;
  bad.auditDate = '2026-02-30';
  writeFileSync(at('bad-evidence.json'), JSON.stringify(bad));
  writeFileSync(at('bad-profile.json'), JSON.stringify({ ...profile, version: '', places: 9 }));
  writeFileSync(at('broken.json'), '{ "supplier": ');
  writeFileSync(at('suppliers.csv'), toCsv([supplierHeader(profile), ...SUPPLIERS.map((name) => supplierRow(profile, evidence(name)) as string[])]));
  writeFileSync(at('criteria.csv'), toCsv(profileSheets(profile).Criteria! as string[][]));
  writeFileSync(at('values.txt'), 'diameter\n5.0\n5.2\n4.9\n5.1\n5.3\n5.0\n4.8\n5.1\n');
  const calls: Record<string, [string[], string?]> = {
    text: [['evaluate', `${P}/profile.json`, `${P}/evidence/maju-jaya.json`]],
    json: [['evaluate', `${P}/profile.json`, `${P}/evidence`, '--format', 'json']],
    md: [['evaluate', `${P}/profile.json`, `${P}/evidence/sumber-logam.json`, '--format', 'md']],
    csv: [['evaluate', `${P}/profile.json`, `${P}/evidence/injektor-presisi.json`, '--format', 'csv']],
    stdin: [['evaluate', `${P}/profile.json`, '-'], readFileSync(join(root, P, 'evidence/maju-jaya.json'), 'utf8')],
    strict: [['evaluate', `${P}/profile.json`, `${P}/evidence/maju-jaya.json`, '--fail-unless-approved']],
    badFile: [['evaluate', `${P}/profile.json`, at('bad-evidence.json')]],
    brokenFile: [['evaluate', `${P}/profile.json`, at('broken.json')]],
    missingFile: [['evaluate', `${P}/profile.json`, at('missing.json')]],
    invalidProfile: [['evaluate', at('bad-profile.json'), `${P}/evidence/maju-jaya.json`]],
    usage: [['evaluate', `${P}/profile.json`]],
  };
  const results = await Promise.all(Object.entries(calls).map(async ([name, [args, stdin]]) => [name, await cli(args, stdin)] as const));
  for (const [name, result] of results) runs[name] = result;
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(installed, { recursive: true, force: true });
});

const expected = Object.fromEntries(SUPPLIERS.map((name) => [name, evaluate(profile, evidence(name))]));

describe('supplier-quality evaluate (child process)', () => {
  it('prints the terminal summary', () => {
    expect(runs.text!.code).toBe(0);
    expect(runs.text!.stdout.split('\n')[0]).toBe('CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 17 February 2027');
    // VDA 6.3 (A to B): P6 is 70 % (op-training 6 + machine-maintenance 8 of 20), P6.3 60 %.
    expect(runs.text!.stdout).toContain('VDA 6.3 downgrade to B: a process element or process step below 80 %: P6 70 %. Grade at most B.');
    expect(runs.text!.stdout).toContain('VDA 6.3 downgrade to B: a P6 sub-element below 80 %: P6.3 60 %. Grade at most B.');
    expect(runs.text!.stdout).toContain('1. Operators are qualified and trained for their tasks: 6 of 10 points: requirement partly met; 10 needed.');
    expect(runs.text!.stdout).toContain('3. ISO 9001 certification: ISO 9001:2015 expires on 14 January 2027, only 56 days after 19 November 2026');
    expect(runs.text!.stdout).toContain('To reach “Approved”: close 2 gaps; then score 91.1, grade A.');
    expect(runs.text!.stderr).toBe('');
  });

  it('prints the evaluations of a directory as JSON, byte for byte the library’s', () => {
    expect(runs.json!.code).toBe(0);
    expect(JSON.parse(runs.json!.stdout)).toEqual(SUPPLIERS.map((name) => expected[name]));
  });

  it('prints Markdown', () => {
    expect(runs.md!.code).toBe(0);
    expect(runs.md!.stdout.split('\n').slice(0, 3)).toEqual(['# Supplier evaluation: UD Sumber Logam', '', '**Decision: Rejected** · Score 22.7 · Grade C']);
    expect(runs.md!.stdout).toContain('4 of 32 parts above the upper limit 6.55 mm (worst 6.580 mm).');
  });

  it('prints CSV, one row per criterion', () => {
    expect(runs.csv!.code).toBe(0);
    const rows = parseCsv(runs.csv!.stdout);
    expect(rows[0]!.slice(0, 3)).toEqual(['supplier_id', 'supplier', 'region']);
    expect(rows.length).toBe(1 + 11);
    const column = (name: string) => rows[0]!.indexOf(name);
    expect([rows[1]![0], rows[1]![column('decision')], rows[1]![column('overall_score')], rows[1]![column('criterion_id')]]).toEqual(['IKM-0001', 'Approved', '98.5', 'nozzle-d']);
  });

  it('reads evidence from standard input', () => {
    expect(runs.stdin!.code).toBe(0);
    expect(runs.stdin!.stdout).toBe(runs.text!.stdout);
  });

  it('exits with 1 when asked and the supplier is not approved', () => {
    expect(runs.strict!.code).toBe(1);
    expect(runs.strict!.stdout).toBe(runs.text!.stdout);
  });

  it('reports every problem of a bad evidence file with its path, exit 2, no stack trace', () => {
    expect(runs.badFile!.code).toBe(2);
    expect(runs.badFile!.stdout).toBe('');
    expect(runs.badFile!.stderr).toContain('bad-evidence.json: auditDate: "2026-02-30" is not a calendar date in the form YYYY-MM-DD.');
    expect(runs.brokenFile!.code).toBe(2);
    // Line, column, the line's text and a caret under the column.
    expect(runs.brokenFile!.stderr).toBe('supplier-quality: broken.json:1:15: not valid JSON: Unexpected end of JSON input\n  { "supplier": \n                ^\n');
    for (const r of [runs.badFile!, runs.brokenFile!, runs.missingFile!, runs.invalidProfile!]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file', () => {
    expect(runs.missingFile!.code).toBe(2);
    expect(runs.missingFile!.stderr).toContain(`cannot read ${at('missing.json')}: no such file or directory`);
  });

  it('lists every problem of an invalid profile', () => {
    expect(runs.invalidProfile!.code).toBe(2);
    expect(runs.invalidProfile!.stderr.trim().split('\n')).toEqual([
      `${at('bad-profile.json')}: version: Must not be empty.`,
      `${at('bad-profile.json')}: places: Must be at most 6.`,
    ]);
  });

  it('explains a usage mistake', () => {
    expect(runs.usage!.code).toBe(2);
    expect(runs.usage!.stderr).toBe('supplier-quality: evaluate needs a profile and at least one evidence file\nRun "supplier-quality evaluate --help" for usage.\n');
  });
});

describe('supplier-quality commands', () => {
  it('evaluates a CSV supplier table against a CSV criteria table', async () => {
    const r = await run(['evaluate', at('criteria.csv'), at('suppliers.csv'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { supplier: { id: string } }[]).map((e) => e.supplier.id)).toEqual(['IKM-0001', 'IKM-0002', 'IKM-0003']);
  });

  it('writes to --out and evaluates at --at', async () => {
    const r = await run(['evaluate', `${P}/profile.json`, `${P}/evidence/maju-jaya.json`, '--format', 'json', '--at', '2026-12-31', '--out', at('out.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = JSON.parse(readFileSync(at('out.json'), 'utf8')) as { evaluatedOn: string; score: string };
    expect(written).toEqual(JSON.parse(JSON.stringify(evaluate(profile, evidence('maju-jaya'), { at: '2026-12-31' }))));
    expect(written.evaluatedOn).toBe('2026-12-31');
  });

  it('writes Indonesian text with --lang id', async () => {
    const r = await run(['evaluate', `${P}/profile.json`, `${P}/evidence/maju-jaya.json`, '--lang', 'id']);
    expect(r.stdout.split('\n')[0]).toBe('CV Maju Jaya Teknik   BERSYARAT   skor 86,6   nilai B   audit ulang paling lambat 17 Februari 2027');
  });

  it('validates a profile and lists every problem of a bad one', async () => {
    const good = await run(['validate', `${P}/profile.json`]);
    expect([good.code, good.stdout]).toEqual([0, `${P}/profile.json: valid profile\n`]);
    const bad = await run(['validate', at('bad-profile.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${at('bad-profile.json')}: version: Must not be empty.\n${at('bad-profile.json')}: places: Must be at most 6.\n`);
    const evidenceCheck = await run(['validate', at('bad-evidence.json'), '--profile', `${P}/profile.json`, '--format', 'json']);
    expect(evidenceCheck.code).toBe(2);
    const report = JSON.parse(evidenceCheck.stdout) as { kind: string; issues: { path: string; code: string }[] };
    expect(report.kind).toBe('evidence');
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['auditDate', 'invalid_date'],
      ['entries[6].points', 'not_a_level'],
    ]);
    const csv = await run(['validate', at('suppliers.csv'), '--profile', `${P}/profile.json`]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('summarises a cohort from a directory and from a CSV on standard input', async () => {
    const fromDir = await run(['cohort', `${P}/profile.json`, `${P}/evidence`, '--format', 'json']);
    expect(fromDir.code).toBe(0);
    const summary = JSON.parse(fromDir.stdout) as { evaluated: number; passRate: string; decisions: Record<string, number> };
    expect([summary.evaluated, summary.passRate, summary.decisions]).toEqual([3, '66.67', { approved: 1, conditional: 1, rejected: 1, incomplete: 0 }]);
    const fromStdin = await run(['cohort', `${P}/profile.json`, '-', '--format', 'csv'], readFileSync(at('suppliers.csv'), 'utf8'));
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(0);
    expect(parseCsv(fromStdin.stdout).map((row) => row.slice(0, 2))).toEqual([['rank', 'supplier_id'], ['1', 'IKM-0001'], ['2', 'IKM-0002'], ['3', 'IKM-0003']]);
  });

  it('shows progress on a terminal and reports bad lines of JSON Lines, exit 2', async () => {
    const lines = [...SUPPLIERS.map((name) => JSON.stringify(evidence(name))), '{ broken'].join('\n');
    writeFileSync(at('cohort.jsonl'), lines);
    const r = await run(['cohort', `${P}/profile.json`, at('cohort.jsonl')], '', true);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cohort.jsonl:4: Not valid JSON');
    expect(r.stderr).toMatch(/\r\[#{30}\] 100 %  4 records\n$/);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '2 of 3 suppliers can supply now (1 approved, 1 with conditions); the rest are held back mostly by people (training): of the 1, 1 by people (training), 1 by machines (equipment), 1 by methods.',
      '',
      'Supplier cohort summary: Injector (jet ejector) for the JP-250 shallow-well jet pump',
      '3 suppliers evaluated.',
    ]);
  });

  it('looks up a sampling plan (ISO 2859-1:1999: lot 1,200, level II, AQL 1.0 → J, 80, Ac 2, Re 3)', async () => {
    const r = await run(['plan', '--lot', '1200', '--aql', '1.0']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['code letter J', 'sample size 80', 'accept (Ac) 2', 'reject (Re) 3']);
    const bad = await run(['plan', '--lot', '1200', '--aql', '0.3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plan: aql: AQL 0\.3 is not a column/);
  });

  it('computes process capability from a values file', async () => {
    const r = await run(['capability', at('values.txt'), '--lsl', '4.4', '--usl', '5.6', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ n: 8, cp: '0.9289', cpk: '0.8515', pp: '1.2472', ppk: '1.1433' });
    const text = await run(['capability', '-', '--lsl', '4.4', '--usl', '5.6'], '5.0 5.2 4.9 5.1 5.3 5.0 4.8 5.1');
    expect(text.stdout).toContain('Cpk 0.8515');
    const none = await run(['capability', at('values.txt')]);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, 'supplier-quality: capability needs --lsl, --usl or both']);
  });

  it('prints the JSON Schema files the package ships', async () => {
    const r = await run(['schema', 'profile']);
    expect(r.stdout).toBe(readFileSync(join(root, 'schema/profile.schema.json'), 'utf8'));
    expect((await run(['schema', 'evidence'])).stdout).toBe(readFileSync(join(root, 'schema/evidence.schema.json'), 'utf8'));
  });

  it('has help for every command and rejects unknown options', async () => {
    for (const command of ['evaluate', 'validate', 'cohort', 'plan', 'capability', 'schema']) {
      const r = await run([command, '--help']);
      expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(new RegExp(`^Usage: supplier-quality ${command}`))]);
    }
    expect((await run(['--help'])).stdout).toMatch(/^supplier-quality: score suppliers/);
    const r = await run(['evaluate', `${P}/profile.json`, 'x.json', '--colour']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'supplier-quality: unknown option --colour']);
  });
});
