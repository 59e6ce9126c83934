import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { defineProfile, evaluateCohortSync, mergeCohortSummaries } from './library.js';
import type { CohortSummary } from '../src/index.js';
import { screeningProfile } from './profiles.js';

/**
 * A worker of the national screening: it takes byte ranges of the JSON Lines file from the main
 * thread, reads each line by line with blocking reads (it has its own thread), evaluates every record
 * into a cohort summary and merges the summaries of its ranges. Memory stays flat: one read buffer,
 * one line at a time, one summary.
 */

interface Task {
  readonly start: number;
  readonly end: number;
  readonly firstIndex: number;
}

const { path, at } = workerData as { path: string; at?: string };
const profile = defineProfile(screeningProfile);
const BLOCK = 1 << 20;
const buffer = Buffer.allocUnsafe(BLOCK);
let done = 0;

/** Yields the records of the byte range [start, end) of the file, one parsed line at a time. */
function* records(fd: number, start: number, end: number): Generator<unknown> {
  let position = start;
  let carry = '';
  while (position < end) {
    const bytes = readSync(fd, buffer, 0, Math.min(BLOCK, end - position), position);
    if (bytes === 0) break;
    position += bytes;
    let from = 0;
    for (;;) {
      const newline = buffer.indexOf(10, from);
      if (newline < 0 || newline >= bytes) break;
      const text = carry + buffer.toString('utf8', from, newline);
      carry = '';
      from = newline + 1;
      if (text.length > 0) {
        done++;
        yield JSON.parse(text);
      }
    }
    carry += buffer.toString('utf8', from, bytes);
  }
  if (carry.length > 0) {
    done++;
    yield JSON.parse(carry);
  }
}

const fd = openSync(path, 'r');
let summary: CohortSummary | null = null;
const port = parentPort;
if (!port) throw new Error('nationalWorker runs as a worker thread');
port.on('message', (task: Task | null) => {
  if (task === null) {
    closeSync(fd);
    port.postMessage({ type: 'summary', summary, records: done });
    return;
  }
  const part = evaluateCohortSync(profile, records(fd, task.start, task.end), { firstIndex: task.firstIndex, ...(at ? { at } : {}) });
  summary = summary ? mergeCohortSummaries(summary, part) : part;
  port.postMessage({ type: 'progress', records: done });
  port.postMessage({ type: 'ready' });
});
port.postMessage({ type: 'ready' });
