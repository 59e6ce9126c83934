import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { defineProfile, evaluateCohortSync, mergeCohortSummaries } from './library.js';
import type { CohortSummary } from '../src/index.js';
import { screeningProfile } from './profiles.js';

/**
 * A worker of the national screening: it takes byte ranges of the JSON Lines file from the main
 * thread (ranges start at a line), reads each itself with large blocking reads (it has its own
 * thread), finds the line ends on the bytes, parses one line at a time, evaluates every record into a
 * cohort summary and merges the summaries of its ranges. Memory stays flat: one read buffer, one line
 * at a time, one summary.
 */

interface Task {
  readonly start: number;
  readonly end: number;
  readonly firstIndex: number;
}

const { path, at } = workerData as { path: string; at?: string };
const profile = defineProfile(screeningProfile);
const BLOCK = 4 << 20;
let buffer = Buffer.allocUnsafe(BLOCK);
let done = 0;

/** Yields the records of the byte range [start, end) of the file, one parsed line at a time. */
function* records(fd: number, start: number, end: number): Generator<unknown> {
  let position = start;
  // Bytes [0, kept) of the buffer are the start of a line whose end has not been read yet.
  let kept = 0;
  while (position < end) {
    if (kept === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, kept);
      buffer = larger;
    }
    const bytes = readSync(fd, buffer, kept, Math.min(buffer.length - kept, end - position), position);
    if (bytes === 0) break;
    position += bytes;
    const filled = kept + bytes;
    let from = 0;
    for (;;) {
      const newline = buffer.indexOf(10, from);
      if (newline < 0 || newline >= filled) break;
      if (newline > from) {
        done++;
        yield JSON.parse(buffer.toString('utf8', from, newline));
      }
      from = newline + 1;
    }
    kept = filled - from;
    if (kept > 0 && from > 0) buffer.copy(buffer, 0, from, filled);
  }
  if (kept > 0) {
    done++;
    yield JSON.parse(buffer.toString('utf8', 0, kept));
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
