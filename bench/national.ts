import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CohortSummary } from '../src/index.js';
import { screeningEvidence } from './generate.js';
import { mergeCohortSummaries } from './library.js';

/**
 * The national screening, run in a process of its own so that its peak memory is its own:
 * `national.mjs generate <file> <count> <seed>` writes the JSON Lines file (and a side index of byte
 * offsets every 50,000 lines); `national.mjs run <file> <workers>` streams it through one worker per
 * core, merges their cohort summaries and prints a JSON report (wall time, peak and sampled resident
 * memory, the summary's counts) on its last line.
 */

const STEP = 50_000;

/** A record that cannot be evaluated, about one in 5,000: a date that does not exist. */
function invalid(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, auditDate: '2026-02-30' };
}

function generate(file: string, count: number, seed: number): void {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  const offsets: number[] = [];
  let position = 0;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('');
    position += writeSync(fd, text);
    lines = [];
  };
  let pending = 0;
  for (let i = 0; i < count; i++) {
    if (i % STEP === 0) {
      flush();
      pending = 0;
      offsets.push(position);
    }
    const record = screeningEvidence(seed, i);
    const line = `${JSON.stringify(i % 4999 === 4998 ? invalid(record) : record)}\n`;
    lines.push(line);
    pending += line.length;
    if (pending > 1 << 22) {
      flush();
      pending = 0;
    }
  }
  flush();
  closeSync(fd);
  renameSync(partial, file);
  writeFileSync(`${file}.index.json`, JSON.stringify({ count, step: STEP, offsets, bytes: position }));
}

/** Reads the peak resident set size of this process (Linux), in bytes, or null elsewhere. */
function peakRss(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function run(file: string, workers: number, at: string | undefined): Promise<void> {
  const index = JSON.parse(readFileSync(`${file}.index.json`, 'utf8')) as { count: number; step: number; offsets: number[]; bytes: number };
  const tasks = index.offsets.map((start, k) => ({ start, end: index.offsets[k + 1] ?? index.bytes, firstIndex: k * index.step }));
  const samples: Array<{ t: number; records: number; rss: number }> = [];
  const progress = new Array<number>(workers).fill(0);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let maxRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    maxRss = Math.max(maxRss, rss);
    samples.push({ t: Math.round(performance.now() - started), records: progress.reduce((a, b) => a + b, 0), rss });
  }, 200);
  const workerUrl = new URL('./nationalWorker.mjs', import.meta.url);
  const summaries = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      new Promise<CohortSummary>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: { path: file, ...(at ? { at } : {}) } });
        worker.on('error', reject);
        worker.on('message', (message: { type: string; records?: number; summary?: CohortSummary }) => {
          if (message.type === 'progress') progress[w] = message.records ?? 0;
          else if (message.type === 'ready') worker.postMessage(tasks.shift() ?? null);
          else if (message.type === 'summary') {
            progress[w] = message.records ?? 0;
            void worker.terminate();
            resolve(message.summary as CohortSummary);
          }
        });
      }),
    ),
  );
  const merged = summaries.filter((s) => s !== null).reduce((a, b) => mergeCohortSummaries(a, b));
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  const peak = peakRss();
  console.log(
    JSON.stringify({
      file,
      bytes: statSync(file).size,
      records: merged.records,
      evaluated: merged.evaluated,
      invalid: merged.invalid,
      decisions: merged.decisions,
      passRate: merged.passRate,
      workers,
      wallMs: Math.round(wall),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRss: peak ?? maxRss,
      peakRssSource: peak === null ? 'sampled rss' : 'VmHWM',
      sampledMaxRss: maxRss,
      samples,
      summary: merged,
    }),
  );
}

const [command, file, a, b] = process.argv.slice(2);
if (command === 'generate' && file) generate(file, Number(a), Number(b));
else if (command === 'run' && file) {
  if (!existsSync(`${file}.index.json`)) throw new Error(`No index next to ${file}; generate it first`);
  await run(file, Number(a) || cpus().length, b);
} else throw new Error('usage: national.mjs generate <file> <count> <seed> | run <file> [workers] [at]');
