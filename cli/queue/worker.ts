import { choice, option, parseArgs, UsageError } from '../args.js';
import { cliMessage } from '../messages.js';
import type { CliIO } from '../input.js';
import { loadBullMQ, QUEUE_NAME, redisOptions } from './connection.js';
import { summariseShard, type ShardResult, type ShardTask } from './summariseShard.js';

/** Returns a whole number option within bounds, or its default. */
function wholeOption(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError({ key: 'optionWholeNumberTo', params: { option: `--${name}`, max, value } });
  return Number(value);
}

/**
 * `supplier-quality worker --queue redis://host:port`: takes shard jobs of cohort runs from the queue,
 * summarises each (see `summariseShard`) and stores the summary as the job's return value, until it is
 * stopped (SIGINT or SIGTERM: the shard in hand is finished first). A worker killed mid-shard leaves a
 * job whose lock expires after `--lock-timeout` seconds; another worker then runs it again. A shard
 * whose input cannot be read is stored with that error (the coordinator reports it); other errors are
 * retried.
 *
 * @example
 * await workerCommand(['--queue', 'redis://127.0.0.1:6379'], io)
 * //=> 0, once stopped
 */
export async function workerCommand(argv: readonly string[], io: CliIO, stop: Promise<unknown> = signalled()): Promise<number> {
  const args = parseArgs(argv, ['queue', 'concurrency', 'lock-timeout', 'lang'], []);
  const lang = choice(args, 'lang', ['en', 'id'] as const);
  const url = option(args, 'queue');
  if (url === undefined || args.positional.length > 0) throw new UsageError({ key: 'needs', params: { what: 'worker' } });
  const connection = redisOptions(url);
  const concurrency = wholeOption(option(args, 'concurrency'), 'concurrency', 1, 64);
  const lockMs = wholeOption(option(args, 'lock-timeout'), 'lock-timeout', 30, 3600) * 1000;
  const bull = await loadBullMQ();
  const worker = new bull.Worker<ShardTask, ShardResult>(
    QUEUE_NAME,
    async (job) => summariseShard(job.data, io),
    { connection, concurrency, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 3 },
  );
  let lastError = '';
  worker.on('error', (error) => {
    if (error.message === lastError) return;
    lastError = error.message;
    io.stderr.write(`supplier-quality worker: ${error.message}\n`);
  });
  worker.on('failed', (job, error) => {
    if (job) io.stderr.write(`supplier-quality worker: ${cliMessage({ key: 'workerShardFailed', params: { index: job.data.index, run: job.data.run, reason: error.message } }, lang)}\n`);
  });
  await stop;
  await worker.close();
  return 0;
}

/** Resolves on the first SIGINT or SIGTERM. */
function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
