/**
 * The command line at its boundaries, input by input: nothing evaluated is an error, bytes that are
 * not UTF-8 are an error naming the byte, a byte-order mark changes nothing, command names are own
 * keys, decimal commas are declared, a closed pipe ends quietly and a write error in one line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../cli/index.js';
import { invalidUtf8Offset, StrictUtf8 } from '../../cli/utf8.js';
import { linesOf } from '../../cli/input.js';
import { terminalText } from '../../cli/terminalText.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PROFILE = join(root, 'examples/pump-injector/profile.json');
const EVIDENCE = readFileSync(join(root, 'examples/pump-injector/evidence/maju-jaya.json'), 'utf8');
const RECORD = JSON.stringify(JSON.parse(EVIDENCE));

let dir: string;
const at = (name: string) => join(dir, name);

/** Streams for `main`: standard input from bytes, outputs collected; `fail` makes every write to standard output fail with that error code. */
function streams(stdin: string | Uint8Array = '', fail?: string) {
  let out = '';
  let err = '';
  const sink = (add: (text: string) => void, code?: string) =>
    new Writable({
      write(chunk, _encoding, done) {
        if (code) return done(Object.assign(new Error(`${code}: write failed`), { code }));
        add(String(chunk));
        done();
      },
    });
  const io: CliIO = { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]), stdout: sink((t) => (out += t), fail), stderr: sink((t) => (err += t)), cwd: dir };
  return { io, out: () => out, err: () => err };
}

async function run(args: string[], stdin: string | Uint8Array = '', fail?: string) {
  const s = streams(stdin, fail);
  const code = await main(args, s.io);
  return { code, stdout: s.out(), stderr: s.err() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sq-boundaries-'));
  writeFileSync(at('empty.json'), '');
  writeFileSync(at('empty.jsonl'), '');
  writeFileSync(at('list.json'), '[]');
  writeFileSync(at('junk'), 'this is no evidence\n');
  writeFileSync(at('header.csv'), 'supplier id,supplier name\n');
  mkdirSync(at('none'));
  writeFileSync(at('bom.jsonl'), `\uFEFF${RECORD}\n${RECORD}\n`);
  writeFileSync(at('bom.json'), `\uFEFF${EVIDENCE}`);
  writeFileSync(at('latin1.jsonl'), Buffer.concat([Buffer.from(`${RECORD}\n{"supplier":{"id":"x","name":"Caf`), Buffer.from([0xe9]), Buffer.from('"}}\n')]));
  writeFileSync(at('commas.txt'), '3,2\n3,4\n3,1\n3,3\n');
  writeFileSync(at('dots.txt'), '3.2,3.3\n3.4,3.1\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a run that evaluates no supplier', () => {
  const NO_SUPPLIER = (name: string) => `supplier-quality: ${name}: no supplier evidence found (use --allow-empty to accept an empty input)\n`;
  it.each([
    ['list.json'],
    ['empty.jsonl'],
    ['junk'],
    ['header.csv'],
    ['none'],
  ])('evaluate of %s exits 2, also with --fail-unless-approved', async (name) => {
    for (const extra of [[], ['--fail-unless-approved']]) {
      const r = await run(['evaluate', PROFILE, at(name), ...extra]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', NO_SUPPLIER(at(name))]);
    }
  });

  it('an empty file that should hold JSON is not JSON', async () => {
    const r = await run(['evaluate', PROFILE, at('empty.json')]);
    expect([r.code, r.stderr]).toEqual([2, `supplier-quality: empty.json:1:1: not valid JSON: Unexpected end of JSON input\n  \n  ^\n`]);
  });

  it('empty standard input, and cohort of nothing, exit 2', async () => {
    expect(await run(['evaluate', PROFILE, '-'], '')).toEqual({ code: 2, stdout: '', stderr: NO_SUPPLIER('stdin') });
    expect(await run(['cohort', PROFILE, at('none')])).toEqual({ code: 2, stdout: '', stderr: NO_SUPPLIER(at('none')) });
    expect(await run(['cohort', PROFILE, '-'], '')).toEqual({ code: 2, stdout: '', stderr: NO_SUPPLIER('stdin') });
  });

  it('validate of a file that holds no record exits 2', async () => {
    expect(await run(['validate', at('empty.jsonl'), '--profile', PROFILE])).toEqual({ code: 2, stdout: '', stderr: `supplier-quality: empty.jsonl: no supplier evidence found\n`.replace('empty.jsonl', at('empty.jsonl')) });
  });

  it('--allow-empty accepts an empty input', async () => {
    expect(await run(['evaluate', PROFILE, at('list.json'), '--allow-empty', '--fail-unless-approved'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const cohort = await run(['cohort', PROFILE, at('none'), '--allow-empty', '--format', 'json']);
    expect([cohort.code, JSON.parse(cohort.stdout).evaluated]).toEqual([0, 0]);
  });
});

describe('text that is read', () => {
  it('a byte-order mark is dropped alike by validate and evaluate', async () => {
    const validated = await run(['validate', at('bom.jsonl'), '--profile', PROFILE, '--format', 'json']);
    expect([validated.code, JSON.parse(validated.stdout).map((r: { valid: boolean }) => r.valid)]).toEqual([0, [true, true]]);
    const evaluated = await run(['evaluate', PROFILE, at('bom.jsonl'), '--format', 'json']);
    expect([evaluated.code, JSON.parse(evaluated.stdout).length]).toEqual([0, 2]);
    const json = await run(['evaluate', PROFILE, at('bom.json'), '--format', 'json']);
    expect(json.code).toBe(0);
  });

  it('bytes that are not UTF-8 are an error naming the file and the byte offset', async () => {
    const offset = RECORD.length + 1 + '{"supplier":{"id":"x","name":"Caf'.length;
    for (const command of [['evaluate', PROFILE, at('latin1.jsonl')], ['validate', at('latin1.jsonl'), '--profile', PROFILE], ['cohort', PROFILE, at('latin1.jsonl')]]) {
      const r = await run(command);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `supplier-quality: ${at('latin1.jsonl')} is not valid UTF-8: invalid byte at byte offset ${offset}\n`]);
    }
    const stdin = await run(['evaluate', PROFILE, '-'], Uint8Array.from([0x7b, 0x22, 0xc3, 0x28]));
    expect(stdin.stderr).toBe('supplier-quality: stdin is not valid UTF-8: invalid byte at byte offset 2\n');
  });

  it('finds the first invalid byte, also across chunks and at the end', () => {
    expect(invalidUtf8Offset(Buffer.from('añ€𝄞'))).toBe(-1);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0x62, 0xf0, 0x9d]))).toBe(2);
    const split = new StrictUtf8('x');
    const euro = Buffer.from('a€b');
    expect(split.text(euro.subarray(0, 2)) + split.text(euro.subarray(2, 4)) + split.text(euro.subarray(4)) + split.end()).toBe('a€b');
    const bad = new StrictUtf8('x');
    bad.text(Buffer.from('abc\xe2'.split('').map((c) => c.charCodeAt(0))));
    expect(() => bad.text(Uint8Array.from([0x28]))).toThrow('x is not valid UTF-8: invalid byte at byte offset 3');
    const cut = new StrictUtf8('y');
    cut.text(Uint8Array.from([0x61, 0xe2, 0x82]));
    expect(() => cut.end()).toThrow('y is not valid UTF-8: invalid byte at byte offset 1');
  });

  it('joins a line longer than its chunks once', async () => {
    async function* chunks() {
      yield '{"a":';
      yield '1';
      yield '}\r\n{}\n\n[';
      yield ']';
    }
    const lines = [];
    for await (const line of linesOf(chunks())) lines.push(line);
    expect(lines).toEqual([
      { line: '{"a":1}', number: 1 },
      { line: '{}', number: 2 },
      { line: '', number: 3 },
      { line: '[]', number: 4 },
    ]);
  });
});

describe('command names', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])('%s is an unknown command', async (name) => {
    expect(await run([name])).toEqual({ code: 2, stdout: '', stderr: `supplier-quality: unknown command "${name}"\nRun "supplier-quality --help" for usage.\n` });
  });

  it('help for a name that is no command is the main help', async () => {
    const main = await run(['help']);
    expect((await run(['help', 'constructor'])).stdout).toBe(main.stdout);
  });
});

describe('output', () => {
  it('a closed pipe ends the command quietly', async () => {
    expect(await run(['evaluate', PROFILE, at('bom.jsonl')], '', 'EPIPE')).toEqual({ code: 141, stdout: '', stderr: '' });
  });

  it('a write error is one line and exit 74', async () => {
    expect(await run(['evaluate', PROFILE, at('bom.jsonl')], '', 'ENOSPC')).toEqual({ code: 74, stdout: '', stderr: 'supplier-quality: cannot write the output: no space left on device\n' });
  });

  it('control characters reach the terminal as visible escapes', async () => {
    expect(terminalText('CV \u001b[31mRed\u009b\u202e\tx\r\n')).toBe('CV \\u001B[31mRed\\u009B\\u202E\tx\\u000D\n');
    const r = await run(['\u001b]0;pwned\u0007']);
    expect(r.stderr).toBe('supplier-quality: unknown command "\\u001B]0;pwned\\u0007"\nRun "supplier-quality --help" for usage.\n');
  });
});

describe('capability values with commas', () => {
  it('refuses a comma between digits unless the separator is declared', async () => {
    const r = await run(['capability', at('commas.txt'), '--lsl', '3', '--usl', '4']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `supplier-quality: ${at('commas.txt')}:1: "3,2" has a comma between digits, which may be a decimal comma or a separator: give --decimal-comma (3,2 is 3.2) or --separator comma (3,2 is two values)\n`,
    ]);
  });

  it('reads decimal commas when declared, and commas as separators when declared', async () => {
    const decimal = await run(['capability', at('commas.txt'), '--lsl', '3', '--usl', '4', '--decimal-comma', '--format', 'json']);
    expect([decimal.code, JSON.parse(decimal.stdout).n, JSON.parse(decimal.stdout).mean]).toEqual([0, 4, '3.25']);
    const separated = await run(['capability', at('commas.txt'), '--lsl', '1', '--usl', '5', '--separator', 'comma', '--format', 'json']);
    expect([separated.code, JSON.parse(separated.stdout).n]).toEqual([0, 8]);
    const dots = await run(['capability', at('dots.txt'), '--lsl', '3', '--usl', '4', '--format', 'json']);
    expect([dots.code, JSON.parse(dots.stdout).n]).toEqual([0, 4]);
  });
});
