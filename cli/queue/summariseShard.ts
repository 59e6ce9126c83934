import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCohortAsync, type CohortOptions, type CohortSummary, type Evidence, type Profile, type ValidationIssue } from '../../src/index.js';
import { InputError, UsageError } from '../args.js';
import type { CliText } from '../messages.js';
import { describeFsError, evidenceRecords, profileOfText, type CliIO, type FileShard, type ReadProgress } from '../input.js';

/** The settings of a cohort that every shard is summarised with (those of the `cohort` command). */
export type ShardSettings = Pick<CohortOptions, 'at' | 'top' | 'fullRanking' | 'paths'>;

/** One shard job: what a worker needs to summarise a byte range of one input file. */
export interface ShardTask {
  /** The run it belongs to. */
  readonly run: string;
  /** Its position among the run's shards, from 0. */
  readonly index: number;
  /** The file, as an absolute path every worker can read. */
  readonly path: string;
  readonly shard: FileShard;
  /** The profile file's name (it gives the form) and text. */
  readonly profile: { readonly path: string; readonly text: string };
  readonly settings: ShardSettings;
  /** A directory every worker can write: each supplier's evaluation goes to a JSON Lines file per shard. */
  readonly evaluations?: string;
}

/** What a worker stores for a shard it read. */
export interface ShardSummary {
  /** The summary of the shard's valid records, numbered from 0 within the shard. */
  readonly summary: CohortSummary;
  /** Records read, valid or not. */
  readonly read: number;
  /** Records that failed their check, named by file and line (or cell) as a single pass names them. */
  readonly problems: ReadonlyArray<{ readonly source: string; readonly issues: readonly ValidationIssue[] }>;
  readonly bytes: number;
}

/** What stops a whole cohort (a file that cannot be read, a JSON file that is not JSON), as the single pass reports it. */
export interface ShardFailure {
  readonly error: { readonly kind: 'input' | 'usage'; readonly message: string; readonly text?: CliText };
}

/** What a worker stores for a shard: its summary, or what stops the cohort. */
export type ShardResult = ShardSummary | ShardFailure;

let cached: { text: string; path: string; profile: Profile } | undefined;

/** Returns the parsed profile of a task, parsing each profile text once per process. */
function profileOf(task: ShardTask): Profile {
  if (cached?.text !== task.profile.text || cached.path !== task.profile.path) {
    cached = { ...task.profile, profile: profileOfText(task.profile.path, task.profile.text) };
  }
  return cached.profile;
}

/** Returns the name of the file that holds a shard's evaluations. */
export const evaluationsFile = (task: Pick<ShardTask, 'run' | 'index'>): string => `${task.run}-${String(task.index).padStart(6, '0')}.jsonl`;

/**
 * Returns the summary of one shard, read and checked exactly as the `cohort` command reads its
 * input, with the records that fail their check listed by their lines in the whole file; or the
 * error that stops a cohort, as the single pass reports it (so it is stored, not retried). The
 * evaluations file, when asked for, is written under a temporary name and renamed when complete,
 * so a shard that is run again replaces it.
 *
 * @example
 * await summariseShard(task, io)
 * //=> { summary: { records: 5811, … }, read: 5812, problems: [{ source: 'suppliers.jsonl:2002', issues: [...] }], bytes: 16777302 }
 */
export async function summariseShard(task: ShardTask, io: CliIO): Promise<ShardResult> {
  const profile = profileOf(task);
  const progress: ReadProgress = { bytes: 0, total: 0 };
  const problems: { source: string; issues: readonly ValidationIssue[] }[] = [];
  let read = 0;
  async function* valid(): AsyncGenerator<Evidence> {
    for await (const record of evidenceRecords(task.path, profile, io, progress, task.shard)) {
      read += 1;
      if (record.result.success) yield record.result.data;
      else problems.push({ source: record.source, issues: record.result.error.issues });
    }
  }
  const file = task.evaluations === undefined ? undefined : join(task.evaluations, evaluationsFile(task));
  const partial = `${file}.${process.pid}.partial`;
  let fd: number | undefined;
  try {
    if (file !== undefined) fd = openSync(partial, 'w');
    const out = fd;
    const summary = await evaluateCohortAsync(profile, valid(), {
      ...task.settings,
      ...(out === undefined ? {} : { onEvaluation: (evaluation) => writeSync(out, `${JSON.stringify(evaluation)}\n`) }),
    });
    if (fd !== undefined) {
      closeSync(fd);
      fd = undefined;
      renameSync(partial, file as string);
    }
    return { summary, read, problems, bytes: task.shard.end - task.shard.start };
  } catch (error) {
    if (error instanceof UsageError) return { error: { kind: error instanceof InputError ? 'input' : 'usage', message: error.message, ...(error.text ? { text: error.text } : {}) } };
    if ((error as { syscall?: string }).syscall !== undefined) return { error: { kind: 'usage', message: `cannot write ${partial}: ${describeFsError(error)}`, text: { key: 'cannotWrite', params: { path: partial, reason: describeFsError(error) } } } };
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
