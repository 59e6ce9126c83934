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
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
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

