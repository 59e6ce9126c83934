import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { jsonSyntaxProblem } from '../../cli/jsonSyntax.js';
import { memoryIO } from './fixtures/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PROFILE = 'examples/pump-injector/profile.json';
const UNKNOWN = 'examples/pump-injector/mistakes/unknown-criterion.json';

async function run(args: string[], stdin = '') {
  const io = memoryIO(root, stdin);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('command-line messages', () => {
  it('writes warnings about the evidence on standard error in every output format, and evaluates', async () => {
    const line = 'unknown-criterion.json (warning): entries[3] (leak-tset).criterion: No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?\n';
    for (const format of ['text', 'json', 'md', 'html', 'csv']) {
      const r = await run(['evaluate', PROFILE, UNKNOWN, '--format', format]);
      expect([format, r.code, r.stderr]).toEqual([format, 0, line]);
      // The reports keep them too (JSON: `warnings`; text, md, html: notes on the evidence; CSV: a row after the criteria).
      expect(r.stdout).toContain('leak-tset');
    }
    const id = await run(['evaluate', PROFILE, UNKNOWN, '--lang', 'id']);
    expect(id.stderr).toBe('unknown-criterion.json (peringatan): entries[3] (leak-tset).criterion: Tidak ada kriteria dengan pengenal "leak-tset" dalam profil; maksud Anda "leak-test"?\n');
    const cohort = await run(['cohort', PROFILE, UNKNOWN]);
    expect([cohort.code, cohort.stderr]).toEqual([0, line]);
  });

  it('treats a CSV column for a criterion the profile does not have as JSON treats such an entry: one warning, and evaluates', async () => {
    const csv = 'supplier id,supplier name,audit date,leak-tset,op-training\nS1,CV Satu,2026-11-19,yes,6\nS2,CV Dua,2026-11-19,no,8\n';
    const r = await run(['evaluate', PROFILE, '-', '--format', 'json'], csv);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: stdin!D1 (leak-tset): No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?\n');
    const evaluations = JSON.parse(r.stdout) as { warnings: { path: string; criterion: string }[] }[];
    expect(evaluations.length).toBe(2);
    // Each evaluation keeps the warning of its filled cell, as for an entry of JSON evidence.
    expect(evaluations.map((e) => e.warnings.map((w) => `${w.path} ${w.criterion}`))).toEqual([['entries[0].criterion leak-tset'], ['entries[0].criterion leak-tset']]);
  });

  it('writes every help text and the plan and capability text in the language of --lang', async () => {
    expect((await run(['--help', '--lang', 'id'])).stdout).toMatch(/^supplier-quality: menilai bukti audit pemasok/);
    expect((await run(['help', 'plan', '--lang=id'])).stdout).toMatch(/^Cara pakai: supplier-quality plan/);
    for (const command of ['evaluate', 'validate', 'lint', 'cohort', 'worker', 'plan', 'capability', 'schema']) {
      const [en, id] = [await run([command, '--help']), await run([command, '--help', '--lang', 'id'])];
      expect(en.stdout, command).toMatch(/^Usage: /);
      expect(id.stdout, command).toMatch(/^Cara pakai: /);
      expect(id.code, command).toBe(0);
    }
    const plan = await run(['plan', '--lot', '1200', '--aql', '1.0', '--lang', 'id']);
    expect(plan.stdout).toBe(
      'huruf kode J\nukuran sampel 80\nterima (Ac) 2\ntolak (Re) 3\nLot 1.200 pada tingkat II memberi huruf kode J; inspeksi normal pada AQL 1,0: periksa 80, terima dengan 2 atau kurang yang tidak sesuai, tolak dengan 3 atau lebih.\n',
    );
    const capability = await run(['capability', '-', '--lsl', '3', '--usl', '3.4', '--lang', 'id'], '3.1\n3.2\n3.15\n3.18\n3.22\n3.19\n');
    expect(capability.stdout).toContain('rata-rata 3.173333333   sigma dalam subgrup 0.0443262 (moving-range)');
    expect(capability.stdout).toContain('di luar batas: teramati 0 ppm (0 nilai), diperkirakan 46.229739 ppm (sigma dalam subgrup)');
    expect((await run(['evaluate', 'nothere.json', UNKNOWN, '--lang', 'id'])).stderr.split('\n')[0]).toBe('supplier-quality: tidak dapat membaca nothere.json: berkas atau direktori tidak ada');
    const io = memoryIO(root, '', true);
    await main(['cohort', PROFILE, UNKNOWN, '--lang', 'id'], io);
    expect(io.err()).toContain('1 rekaman');
    const worker = await run(['worker', '--lang', 'id']);
    expect([worker.code, worker.stderr.split('\n')[0]]).toEqual([2, 'supplier-quality: worker memerlukan --queue redis://host:port']);
  });

  it('names the closest known column of a CSV profile, and the kinds a column of another kind belongs to', async () => {
    const csv = 'category,kind,id,title,causeFamily,usl,tolerence\nc,audit-question,q1,Q,man,5,\nc,measurment,m1,M,machine,5,\n';
    const r = await run(['validate', '-'], csv);
    const [column, field, kind, end] = r.stderr.split('\n');
    expect([column, field, end]).toEqual([
      'stdin!G1 (tolerence): Unknown column "tolerence"; did you mean "tolerance"? (Start a header with # to keep a column for notes.)',
      'stdin!F2 (usl): Unknown field "usl" for a criterion of kind "audit-question" (a field of measurement criteria).',
      '',
    ]);
    expect(kind).toMatch(/^stdin!B3 \(kind\): Must be one of: "measurement", "audit-question", .*; did you mean "measurement"\?$/);
    expect((await run(['validate', '-', '--lang', 'id'], csv)).stderr).toContain('Kolom "tolerence" tidak dikenal; maksud Anda "tolerance"?');
  });

  it('names the closest command, option and choice', async () => {
    expect((await run(['evalute'])).stderr).toMatch(/^supplier-quality: unknown command "evalute"; did you mean "evaluate"\?\n/);
    expect((await run(['evaluate', PROFILE, UNKNOWN, '--fromat', 'json'])).stderr).toMatch(/^supplier-quality: unknown option --fromat; did you mean "--format"\?\n/);
    expect((await run(['evaluate', PROFILE, UNKNOWN, '--format', 'jsno'])).stderr).toMatch(/got "jsno"; did you mean "json"\?\n/);
  });

  it('gives a JSON syntax error as line, column and the line with a caret', async () => {
    const r = await run(['validate', '-'], '{\n  "id": "p",\n  "title": "P"\n  "version": "1"\n}\n');
    expect([r.code, r.stderr]).toEqual([2, `supplier-quality: stdin:4:3: not valid JSON: Expected ',' or '}' after property value\n    "version": "1"\n    ^\n`]);
    expect(jsonSyntaxProblem('[1, 2', new SyntaxError('Unexpected end of JSON input'))).toEqual({ line: 1, column: 6, lineText: '[1, 2', reason: 'Unexpected end of JSON input', caret: 5 });
  });

  it('names a JSON Lines record that is not JSON by its line in the file and its column, and checks the other lines', async () => {
    const lines = `\n${JSON.stringify({ supplier: { id: 'a', name: 'A' }, auditDate: '2026-01-01', entries: [] })}\n{"supplier": {"id": "b",, "name": "B"}}\n`;
    const bad = 'stdin:3: Not valid JSON at column 25: Expected double-quoted property name ({"supplier": {"id": "b",, "name": "B"}})\n';
    const validated = await run(['validate', '-', '--profile', PROFILE], lines);
    expect([validated.code, validated.stdout, validated.stderr]).toEqual([2, 'stdin:2: valid evidence\n', bad]);
    const evaluated = await run(['evaluate', PROFILE, '-', '--format', 'json'], lines);
    expect([evaluated.code, evaluated.stderr]).toEqual([2, bad]);
    expect((await run(['validate', '-', '--profile', PROFILE, '--lang', 'id'], lines)).stderr).toBe(
      'stdin:3: Bukan JSON yang sah pada kolom 25: Expected double-quoted property name ({"supplier": {"id": "b",, "name": "B"}})\n',
    );
  });

  it('writes its own sentences in the chosen language: unknown command and option with the closest name, usage, JSON syntax, no supplier, UTF-8', async () => {
    expect((await run(['evalute', '--lang', 'id'])).stderr).toBe('supplier-quality: perintah "evalute" tidak dikenal; maksud Anda "evaluate"?\nJalankan "supplier-quality --help" untuk cara pakai.\n');
    expect((await run(['evaluate', PROFILE, UNKNOWN, '--lang=id', '--fromat', 'json'])).stderr).toBe(
      'supplier-quality: opsi --fromat tidak dikenal; maksud Anda "--format"?\nJalankan "supplier-quality evaluate --help" untuk cara pakai.\n',
    );
    expect((await run(['evaluate', PROFILE, UNKNOWN, '--lang', 'id', '--format', 'jsno'])).stderr).toMatch(/^supplier-quality: --format harus salah satu dari text, .*, diberikan "jsno"; maksud Anda "json"\?\n/);
    expect((await run(['evaluate', PROFILE, '--lang', 'id'])).stderr).toMatch(/^supplier-quality: evaluate memerlukan profil dan sedikitnya satu berkas bukti\n/);
    const json = await run(['validate', '-', '--lang', 'id'], '{\n  "id": "p",\n  "title": "P"\n  "version": "1"\n}\n');
    expect([json.code, json.stderr]).toEqual([2, `supplier-quality: stdin:4:3: bukan JSON yang sah: Expected ',' or '}' after property value\n    "version": "1"\n    ^\n`]);
    const empty = await run(['evaluate', PROFILE, '-', '--lang', 'id'], '');
    expect([empty.code, empty.stderr]).toEqual([2, 'supplier-quality: stdin: tidak ada bukti pemasok (gunakan --allow-empty untuk menerima masukan kosong)\n']);
    const io = memoryIO(root, Buffer.from([0x7b, 0xff, 0x7d]) as unknown as string);
    const bytes = { code: await main(['validate', '-', '--lang', 'id'], io), stderr: io.err() };
    expect(bytes).toEqual({ code: 2, stderr: 'supplier-quality: stdin bukan UTF-8 yang sah: bita tidak sah pada posisi bita 1\n' });
    expect((await run(['evalute'])).stderr).toBe('supplier-quality: unknown command "evalute"; did you mean "evaluate"?\nRun "supplier-quality --help" for usage.\n');
  });

  it('words the queue options in the chosen language too, before any connection', async () => {
    expect((await run(['cohort', PROFILE, UNKNOWN, '--queue', 'http://x', '--lang', 'id'])).stderr).toMatch(/^supplier-quality: --queue harus berupa URL Redis seperti redis:\/\/127\.0\.0\.1:6379, diberikan "http:\/\/x"\n/);
    expect((await run(['cohort', PROFILE, UNKNOWN, '--queue', 'redis://127.0.0.1:1', '--run', 'a b', '--lang', 'id'])).stderr).toMatch(/^supplier-quality: --run harus berupa huruf, angka, /);
    expect((await run(['cohort', PROFILE, '-', '--queue', 'redis://127.0.0.1:1'])).stderr).toMatch(/^supplier-quality: cohort --queue reads files that every worker can read, not standard input\n/);
    expect((await run(['worker'])).stderr).toMatch(/^supplier-quality: worker needs --queue redis:\/\/host:port\n/);
  });
});

