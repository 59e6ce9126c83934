import { Readable, Writable } from 'node:stream';
import { evidenceRecords, type CliIO, type ReadProgress } from '../cli/input.js';
import { defineProfile, type Profile } from '../src/index.js';

/** A profile with the one measurement the long line answers. */
const profile = (): Profile =>
  defineProfile({
    id: 'long-line',
    version: '1',
    title: 'Long line',
    component: { name: 'Injector body' },
    categories: [{ id: 'product', title: 'Product', criteria: [{ kind: 'measurement', id: 'bore', title: 'Bore', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' }] }],
  });

/** One evidence record on one JSON Lines line of about `megabytes` MB (measured values), as bytes. */
function longLine(megabytes: number): Buffer {
  const count = Math.round((megabytes * 1_000_000) / 9);
  const values = Array.from({ length: count }, (_, i) => `6.5${String(i % 10_000).padStart(4, '0')}`);
  const record = { supplier: { id: 'long-line', name: 'Long line' }, auditDate: '2026-11-28', entries: [{ criterion: 'bore', values }] };
  return Buffer.from(`${JSON.stringify(record)}\n`);
}

/** Milliseconds the command line takes to read the records of standard input (64 KB chunks), and the records read. */
async function readMs(profile: Profile, bytes: Buffer): Promise<number> {
  const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.subarray(i * 65_536, (i + 1) * 65_536));
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const io: CliIO = { stdin: Readable.from(chunks), stdout: sink, stderr: sink, cwd: process.cwd() };
  const progress: ReadProgress = { bytes: 0, total: 0 };
  const start = performance.now();
  for await (const _record of evidenceRecords('-', profile, io, progress));
  return performance.now() - start;
}

/**
 * One JSON Lines record on a long line, read by the command line at `megabytes` MB and at twice that
 * (time should double, not quadruple), against `JSON.parse` of the same line.
 */
export async function lineScalingCase(small: boolean) {
  const megabytes = small ? 5 : 25;
  const checked = profile();
  await readMs(checked, longLine(1));
  const line = longLine(megabytes);
  const ms = await readMs(checked, line);
  const doubled = longLine(megabytes * 2);
  const doubledMs = await readMs(checked, doubled);
  const start = performance.now();
  JSON.parse(doubled.toString('utf8'));
  const parseMs = performance.now() - start;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { megabytes, ms: round(ms), doubledMs: round(doubledMs), ratio: round(doubledMs / ms), jsonParseMs: round(parseMs), againstJsonParse: round(doubledMs / parseMs) };
}
