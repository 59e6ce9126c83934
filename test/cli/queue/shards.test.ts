/**
 * Cutting inputs into shards: every record of a JSON Lines file (CRLF and LF, a blank line, a line
 * that is not JSON), a CSV supplier table and a directory is read exactly once across the shards,
 * named by its line in the whole file, and the shards' summaries merged in order are the single
 * pass's summary, byte for byte.
 * (The queue itself, with Redis and worker processes, is tested by `npm run test:queue`.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
        if (size === 1) expect(shards).toBeGreaterThan(input === inputs.csv ? 0 : 60);
      }
    });
  }

  it('names records by their line in the whole file, and keeps a CSV table or a JSON file whole', async () => {
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
    for await (const { path, shard } of shardsOf(await inputFiles(inputs.mixed, io), 1)) if (shard.form !== 'jsonl') whole.push(`${path.slice(path.lastIndexOf('/') + 1)} ${shard.start}`);
    expect(whole).toEqual(['b.json 0', 'c.csv 0']);
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
