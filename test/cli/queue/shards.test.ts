/**
 * Cutting inputs into shards: every record of a JSON Lines file (CRLF and LF, a blank line, a line
 * that is not JSON), a CSV supplier table and a directory is read exactly once across the shards,
 * named by its line in the whole file, and the shards' summaries merged in order are the single
 * pass's summary, byte for byte.
 * (The queue itself, with Redis and worker processes, is tested by `npm run test:queue`.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeCohortSummaries, type CohortSummary } from 'supplier-quality';
import { main, problemsText } from '../../../cli/index.js';
import { evidenceRecords, loadProfile, type ReadProgress } from '../../../cli/input.js';
import { numberedFrom } from '../../../cli/queue/coordinator.js';
import { inputFiles, shardsOf } from '../../../cli/queue/shards.js';
import { summariseShard, type ShardTask } from '../../../cli/queue/summariseShard.js';
import { memoryIO } from '../fixtures/io.js';
import { writeCohort } from './fixtures.js';
import { toCsv } from '../../../cli/csv.js';
import { supplierHeader, supplierRow } from '../../fixtures/supplierRow.js';
import { generateSuppliers } from '../../../examples/link-and-match/generate.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const profilePath = join(root, 'examples/pump-injector/profile.json');
const profileJson = JSON.parse(readFileSync(profilePath, 'utf8')) as Record<string, unknown>;
let dir: string;
let inputs: ReturnType<typeof writeCohort>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sq-shards-'));
  inputs = writeCohort(dir, profileJson, 120);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The records of an input as the single pass reads them: source and outcome. */
async function recordsOf(path: string, shard?: Parameters<typeof evidenceRecords>[4]) {
  const io = memoryIO(root);
  const profile = await loadProfile(profilePath, io);
  const progress: ReadProgress = { bytes: 0, total: 0 };
  const out: string[] = [];
  for await (const record of evidenceRecords(path, profile, io, progress, shard)) {
    out.push(`${record.source} ${record.result.success ? JSON.stringify(record.result.data) : JSON.stringify(record.result.error.issues)}`);
  }
  return out;
}

describe('shardsOf', () => {
  for (const [name, size] of [['one byte', 1], ['20 kB', 20_000], ['whole', 1 << 30]] as const) {
    it(`cuts JSON Lines, CSV and a directory at record boundaries (${name} shards)`, async () => {
      for (const input of [inputs.jsonl, inputs.csv, inputs.mixed]) {
        const whole = await recordsOf(input);
        const files = await inputFiles(input, memoryIO(root));
        const parts: string[] = [];
        let shards = 0;
        for await (const { path, shard } of shardsOf(files, size)) {
          shards += 1;
          parts.push(...(await recordsOf(path, shard)));
        }
        expect(parts).toEqual(whole);
        if (size === 1) expect(shards).toBeGreaterThan(input === inputs.csv ? 40 : 60);
      }
    });
  }

  it('names records by their line in the whole file, and keeps a JSON file whole', async () => {
    const io = memoryIO(root);
    const firstLines: number[] = [];
    for await (const { shard } of shardsOf(await inputFiles(inputs.jsonl, io), 20_000)) firstLines.push(shard.firstLine);
    const text = readFileSync(inputs.jsonl, 'utf8');
    const starts = [0, ...Array.from(text.matchAll(/\n/g), (m) => (m.index as number) + 1)];
    expect(firstLines[0]).toBe(1);
    expect(firstLines.length).toBeGreaterThan(5);
    // Every shard starts at the start of the line it names.
    let k = 0;
    for await (const { shard } of shardsOf(await inputFiles(inputs.jsonl, io), 20_000)) {
      expect(Buffer.byteLength(text.slice(0, starts[(firstLines[k++] as number) - 1]))).toBe(shard.start);
    }
    const broken = (await recordsOf(inputs.jsonl)).find((record) => record.includes('Not valid JSON'));
    expect(broken?.startsWith('cohort.jsonl:42 ')).toBe(true);
    const whole: string[] = [];
    for await (const { path, shard } of shardsOf(await inputFiles(inputs.mixed, io), 1)) if (shard.form === 'json') whole.push(`${path.slice(path.lastIndexOf('/') + 1)} ${shard.start}`);
    expect(whole).toEqual(['b.json 0']);
  });
});

describe('summariseShard', () => {
  it('gives summaries that merge in shard order into the single pass summary, with the same problem lines', async () => {
    for (const input of [inputs.jsonl, inputs.mixed]) {
      const single = memoryIO(root);
      const code = await main(['cohort', profilePath, input, '--format', 'json', '--top', '5'], single);
      const files = await inputFiles(input, memoryIO(root));
      let merged: CohortSummary | undefined;
      let before = 0;
      let problems = '';
      let index = 0;
      for await (const { path, shard } of shardsOf(files, 15_000)) {
        const task: ShardTask = { run: 'test', index: index++, path, shard, profile: { path: profilePath, text: readFileSync(profilePath, 'utf8') }, settings: { top: 5 } };
        const result = await summariseShard(task, memoryIO(root));
        if ('error' in result) throw new Error(result.error.message);
        problems += result.problems.map((problem) => problemsText(problem.issues, problem.source, 'en')).join('');
        const summary = numberedFrom(result.summary, before);
        before += result.summary.records;
        merged = merged ? mergeCohortSummaries(merged, summary) : summary;
      }
      expect(code).toBe(2);
      expect(index).toBeGreaterThan(3);
      expect(`${JSON.stringify(merged, null, 2)}\n`).toBe(single.out());
      expect(problems).toBe(single.err());
    }
  });
});

/** The records of an input read shard by shard, or the first shard's error, as a queue run reports them. */
async function shardedOutcome(path: string, target: number): Promise<{ records: string[]; error?: string; shards: number }> {
  const records: string[] = [];
  let shards = 0;
  for await (const part of shardsOf(await inputFiles(path, memoryIO(root)), target)) {
    shards += 1;
    try {
      records.push(...(await recordsOf(part.path, part.shard)));
    } catch (error) {
      return { records: [], error: (error as Error).message, shards };
    }
  }
  return { records, shards };
}

async function singleOutcome(path: string): Promise<{ records: string[]; error?: string }> {
  try {
    return { records: await recordsOf(path) };
  } catch (error) {
    return { records: [], error: (error as Error).message };
  }
}

/** Every start of a line of a text, in bytes: the cut points a planner can choose from. */
const lineStarts = (bytes: Buffer) => [1, ...Array.from(bytes.entries()).filter(([, b]) => b === 10).map(([i]) => i + 1)];

describe('shardsOf, CSV tables', () => {
  const suppliers = generateSuppliers(9, 2026) as Record<string, unknown>[];
  const names = ['CV "Maju"\nJaya', 'PT Sinar\r\nAbadi', 'UD "Tiga""\rEmpat', 'Line\n\nbreaks, "quoted"', 'plain'];
  const rows = suppliers.map((s, i) => {
    const named = { ...s, supplier: { ...(s.supplier as Record<string, unknown>), name: names[i % names.length] } };
    return supplierRow(profileJson, i === 4 ? { ...named, auditDate: '2026-02-30' } : named) as string[];
  });
  const header = supplierHeader(profileJson);
  const width = header.length;
  /** A table with a byte-order mark, blank rows before the header, CRLF and LF line ends and an empty line. */
  const table = (body: string[][], tail = '') =>
    `\uFEFF\r\n${','.repeat(width - 1)}\n` + toCsv([header, ...body.slice(0, 4)]).replace(/\n(?!Jaya|Abadi|\nbreaks|breaks)/g, '\r\n') + '\n' + toCsv(body.slice(4)) + tail;

  const cases: [string, string][] = [
    ['valid', table(rows)],
    ['semicolons', table(rows).replace(/,/g, ';').replace('\uFEFF\r\n', '\uFEFF')],
    ['a value beyond the header', table(rows.map((row, i) => (i === 6 ? [...row, 'x'] : row)))],
    ['too few cells', table(rows.map((row, i) => (i === 7 ? row.slice(0, 3) : row)))],
    ['a stray quote', table(rows).replace(`\n${rows[5]?.[0]},`, `\n${rows[5]?.[0]}"x,`)],
    ['an unclosed quote', table(rows, '"open,')],
  ];
  for (const [name, text] of cases) {
    it(`reads every row once, with the single pass's lines and messages, wherever it is cut (${name})`, async () => {
      const path = join(dir, `table-${name.replace(/\W/g, '-')}.csv`);
      writeFileSync(path, text);
      const single = await singleOutcome(path);
      if (name === 'valid' || name === 'semicolons') {
        expect(single.error).toBeUndefined();
        expect(single.records.length).toBe(9);
        expect(single.records.filter((record) => !record.includes('"supplier"')).length).toBe(1);
      } else expect(single.error).toMatch(/^table-.*\.csv:\d+: /);
      const bytes = readFileSync(path);
      let most = 0;
      for (const target of [...lineStarts(bytes), 2, 3, bytes.length]) {
        const sharded = await shardedOutcome(path, target);
        most = Math.max(most, sharded.shards);
        expect({ target, ...sharded, shards: 0 }).toEqual({ target, ...single, shards: 0 });
      }
      // The opening up to the header row, each of the nine rows, and the empty line.
      if (name === 'valid') expect(most).toBe(11);
    });
  }

  it('cuts only after the header row and outside quoted cells', async () => {
    const path = join(dir, 'table-cuts.csv');
    writeFileSync(path, table(rows));
    const text = readFileSync(path, 'utf8');
    const cuts: string[] = [];
    for await (const { shard } of shardsOf(await inputFiles(path, memoryIO(root)), 1)) {
      cuts.push(Buffer.from(text).subarray(shard.start, shard.start + 12).toString());
      if (shard.start > 0) expect(shard.opening?.end).toBe(Buffer.byteLength(text.slice(0, text.indexOf('\n', text.indexOf('supplier id')) + 1)));
    }
    expect(cuts[0]?.startsWith('\uFEFF\r\n,')).toBe(true);
    expect(cuts.slice(1).every((start) => /^(\n|[A-Z0-9])/i.test(start))).toBe(true);
  });

  it('keeps a table that is not UTF-8 whole, so its message is the single pass one', async () => {
    const path = join(dir, 'table-latin1.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(table(rows.map((row, i) => (i === 1 ? ['ab"c', ...row.slice(1)] : row)))), Buffer.from([0xe9, 10])]));
    const single = await singleOutcome(path);
    expect(single.error).toMatch(/not valid UTF-8/);
    const sharded = await shardedOutcome(path, 1);
    expect(sharded).toEqual({ ...single, shards: 1 });
  });
});
