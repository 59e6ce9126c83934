import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { evaluateCohortAsync, mergeCohortSummaries, type CohortSummary, type Profile, type ValidationIssue } from '../../src/index.js';
import { InputError, UsageError } from '../args.js';
import { describeFsError, readText, type CliIO, type ReadProgress } from '../input.js';
import { cliMessage } from '../messages.js';
import { loadBullMQ, QUEUE_NAME, redisOptions } from './connection.js';
import { inputFiles, shardsOf, type InputFile } from './shards.js';
import type { ShardResult, ShardSettings, ShardSummary, ShardTask } from './summariseShard.js';

/** A cohort run on the queue: where the queue is, what to summarise, and how. */
export interface QueueCohortRequest {
  /** The Redis URL of the queue. */
  readonly url: string;
  /** The language of the coordinator's own messages (default en). */
  readonly lang?: 'en' | 'id';
  readonly profilePath: string;
  /** The parsed profile (the workers parse the same file's text). */
  readonly profile: Profile;
  readonly source: string;
  readonly settings: ShardSettings;
  /** Updated as shards finish: their bytes, and the input's size. */
  readonly progress: ReadProgress;
  /** The run's id; by default derived from the profile, the input files (path, size, time) and the settings. */
  readonly run?: string;
  /** About how many bytes each shard covers. */
  readonly shardBytes: number;
  /** A directory for one JSON Lines file of evaluations per shard. */
  readonly evaluations?: string;
}

/** What the coordinator reports as it goes. */
export interface QueueCohortReport {
  /** A record that failed its check, in input order. */
  readonly problem: (issues: readonly ValidationIssue[], source: string) => Promise<void>;
  /** How many records the finished shards read so far. */
  readonly read: (count: number) => void;
}

/** How often the coordinator looks at the shards it has not got yet, in milliseconds. */
const POLL_MS = 200;
/** How often it checks every missing shard's job (a job Redis lost is added again), in polls. */
const RECONCILE_POLLS = 10;

/**
 * Returns the id of a run: the same profile, input files (path, size, modification time) and settings
 * give the same id, so a restarted coordinator finds the summaries already stored.
 *
 * @example
 * runId('{"id":"p"}', 'profile.json', [{ path: '/data/s.jsonl', size: 10, mtimeMs: 1 }], {}, 8 << 20)
 * //=> 'a 16-digit hex id'
 */
export function runId(
  profileText: string,
  profilePath: string,
  files: readonly InputFile[],
  settings: ShardSettings,
  shardBytes: number,
  evaluations?: string,
): string {
  const key = JSON.stringify({
    profile: [basename(profilePath), profileText],
    files: files.map((file) => [file.path, file.size, file.mtimeMs]),
    settings: [settings.at ?? null, settings.top ?? null, settings.fullRanking === true, settings.paths === true],
    shardBytes,
    evaluations: evaluations ?? null,
  });
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * Returns a shard's summary with its invalid records numbered in the whole input: the shard was
 * summarised from 0, and `before` records that passed their check come before it.
 *
 * @example
 * numberedFrom(shardSummary, 5800).invalidRecords.records[0].index
 * //=> 5812 (12 in the shard)
 */
export function numberedFrom(summary: CohortSummary, before: number): CohortSummary {
  if (before === 0 || summary.invalidRecords.records.length === 0) return summary;
  return {
    ...summary,
    invalidRecords: { ...summary.invalidRecords, records: summary.invalidRecords.records.map((record) => ({ ...record, index: record.index + before })) },
  };
}

function isShardResult(value: unknown): value is ShardResult {
  if (typeof value !== 'object' || value === null) return false;
  if ('error' in value) return true;
  return 'summary' in value && Array.isArray((value as ShardSummary).problems) && typeof (value as ShardSummary).read === 'number';
}

/**
 * Runs a cohort on the queue: cuts the input into shard jobs, waits for the workers' summaries and
 * merges them (in shard order, as soon as every earlier shard is in: the numbers of invalid records
 * depend on the records before them), reporting each shard's bad records in input order. Returns
 * the merged summary. A job Redis lost (a restart without persistence) is added again; a shard is
 * merged once however often it ran. Throws the error of a shard that could not be read, as the
 * single pass would.
 *
 * @example
 * const summary = await cohortOnQueue({ url: 'redis://127.0.0.1:6379', profilePath, profile, source: 'suppliers.jsonl', settings: {}, shardBytes: 8 << 20, progress }, io, report);
 * summary.records
 * //=> 100000
 */
export async function cohortOnQueue(request: QueueCohortRequest, io: CliIO, report: QueueCohortReport): Promise<CohortSummary> {
  const connection = redisOptions(request.url);
  if (request.source === '-' || request.profilePath === '-') throw new UsageError({ key: 'queueNoStdin' });
  if (request.run !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(request.run)) throw new UsageError({ key: 'queueRun', params: { value: request.run } });
  const bull = await loadBullMQ();
  const profileText = await readText(request.profilePath, io);
  const files = await inputFiles(request.source, io);
  const progress = request.progress;
  progress.total += files.reduce((sum, file) => sum + file.size, 0);
  const evaluations = request.evaluations === undefined ? undefined : resolve(io.cwd, request.evaluations);
  if (evaluations !== undefined) {
    try {
      await fs.mkdir(evaluations, { recursive: true });
    } catch (error) {
      throw new UsageError({ key: 'cannotWrite', params: { path: request.evaluations, reason: describeFsError(error) } });
    }
  }
  const run = request.run ?? runId(profileText, request.profilePath, files, request.settings, request.shardBytes, evaluations);
  const tty = io.stderr.isTTY === true;

  const queue = new bull.Queue<ShardTask, ShardResult>(QUEUE_NAME, { connection });
  const events = new bull.QueueEvents(QUEUE_NAME, { connection });
  let warned = false;
  const onError = (error: Error) => {
    if (warned) return;
    warned = true;
    io.stderr.write(`${tty ? '\r\x1b[K' : ''}supplier-quality: ${cliMessage({ key: 'queueWaiting', params: { url: request.url, reason: error.message } }, request.lang ?? 'en')}\n`);
  };
  queue.on('error', onError);
  events.on('error', onError);
  const finished = new Set<string>();
  events.on('completed', ({ jobId }) => finished.add(jobId));
  events.on('failed', ({ jobId }) => finished.add(jobId));

  const tasks: ShardTask[] = [];
  const jobId = (index: number) => `${run}-${index}`;
  const jobOptions = { attempts: 5, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: false, removeOnFail: false } as const;
  const enqueue = async (task: ShardTask) => {
    const job = await queue.add('shard', task, { ...jobOptions, jobId: jobId(task.index) });
    const state = await job.getState();
    // A restarted coordinator takes the summaries already stored, and gives a shard that failed one more chance.
    if (state === 'completed') finished.add(jobId(task.index));
    else if (state === 'failed') await job.retry('failed');
  };
  let scanned = false;
  const scanning = (async () => {
    for await (const { path, shard } of shardsOf(files, request.shardBytes)) {
      const task: ShardTask = {
        run,
        index: tasks.length,
        path,
        shard,
        profile: { path: request.profilePath, text: profileText },
        settings: request.settings,
        ...(evaluations !== undefined ? { evaluations } : {}),
      };
      await enqueue(task);
      tasks.push(task);
    }
    scanned = true;
  })();
  let scanError: unknown;
  scanning.catch((error: unknown) => {
    scanError = error;
  });

  const results = new Map<number, ShardResult>();
  let next = 0;
  let before = 0;
  let merged: CohortSummary | undefined;
  let read = 0;
  let failure: Error | undefined;
  const sizes = new Map(files.map((file) => [file.path, file.size]));
  // A malformed row anywhere in a CSV table stops the cohort before any of the table's records, so
  // the bad records of a table's shards are reported once its last shard is in.
  const held: { issues: readonly ValidationIssue[]; source: string }[] = [];

  /** Takes the stored result of a finished shard, once. */
  const take = async (index: number) => {
    if (index < next || results.has(index)) return;
    const job = await bull.Job.fromId<ShardTask, ShardResult>(queue, jobId(index));
    if (!job) return;
    const state = await job.getState();
    if (state === 'failed') failure = new UsageError(`shard ${index} failed on the queue: ${job.failedReason}`);
    if (state !== 'completed') return;
    if (!isShardResult(job.returnvalue)) {
      failure = new UsageError(`shard ${index} of run ${run} holds a result this version cannot read; start the run again with another --run`);
      return;
    }
    results.set(index, job.returnvalue);
    if ('error' in job.returnvalue) return;
    read += job.returnvalue.read;
    progress.bytes += job.returnvalue.bytes;
  };

  try {
    for (let poll = 0; ; poll++) {
      if (poll % RECONCILE_POLLS === 0) {
        const missing = tasks.filter((task) => task.index >= next && !results.has(task.index));
        const states = await Promise.all(missing.map((task) => queue.getJobState(jobId(task.index))));
        for (const [i, task] of missing.entries()) {
          const state = states[i];
          if (state === 'completed' || state === 'failed') finished.add(jobId(task.index));
          else if (state === 'unknown') await enqueue(task);
        }
      }
      const ready = [...finished];
      finished.clear();
      for (const id of ready) {
        if (id.startsWith(`${run}-`)) await take(Number(id.slice(run.length + 1)));
      }
      if (failure !== undefined) throw failure;
      if (scanError !== undefined) throw scanError;
      while (results.has(next) && tasks[next] !== undefined) {
        const result = results.get(next) as ShardResult;
        results.delete(next);
        if ('error' in result) throw result.error.kind === 'input' ? new InputError(result.error.text ?? result.error.message) : new UsageError(result.error.text ?? result.error.message);
        const { path, shard } = tasks[next] as ShardTask;
        for (const problem of result.problems) held.push(problem);
        if (shard.form !== 'csv' || shard.end === sizes.get(path)) {
          for (const { issues, source } of held) await report.problem(issues, source);
          held.length = 0;
        }
        const summary = numberedFrom(result.summary, before);
        before += result.summary.records;
        merged = merged ? mergeCohortSummaries(merged, summary) : summary;
        next++;
      }
      report.read(read);
      if (scanned && next === tasks.length) break;
      await sleep(POLL_MS);
    }
  } finally {
    await Promise.allSettled([events.close(), queue.close()]);
  }
  await scanning;
  return merged ?? (await evaluateCohortAsync(request.profile, [], request.settings));
}
