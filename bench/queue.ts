import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasRedisServer, startRedisServer, type RedisServer } from '../scripts/redisServer.js';
import { screeningProfile } from './profiles.js';

/**
 * The queue case of the benchmark: the screening profile over a generated JSON Lines file, summarised
 * by the command line itself, once in one process (`cohort`) and then on a BullMQ queue in a
 * `redis-server` of its own with 1, 2 and 4 `worker` processes (`cohort --queue`), the coordinator's
 * wall time measured with the workers already waiting. Every queue run's output is compared with the
 * single process's, byte for byte.
 */

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
}

function run(cli: string, args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, wallMs: Math.round(performance.now() - started) }));
  });
}

/**
 * Runs the queue case over `file` (JSON Lines of the screening profile, `records` lines) with the
 * built command line `cli`, or says why it cannot run (no redis-server).
 */
export async function queueCase(cli: string, file: string, records: number, root: string, log: (line: string) => void) {
  if (!hasRedisServer()) return { skipped: 'redis-server is not installed' };
  const dir = mkdtempSync(join(tmpdir(), 'sq-bench-queue-'));
  const profile = join(dir, 'screening-profile.json');
  writeFileSync(profile, JSON.stringify(screeningProfile));
  const workers: ChildProcess[] = [];
  let redis: RedisServer | undefined;
  try {
    redis = await startRedisServer(dir);
    const url = redis.url;
    log(`queue: ${records} records in one process`);
    const single = await run(cli, ['cohort', profile, file, '--format', 'json']);
    const runs = [];
    for (const count of [1, 2, 4]) {
      for (let i = 0; i < count; i++) workers.push(spawn(process.execPath, [cli, 'worker', '--queue', url], { stdio: 'ignore' }));
      await sleep(1500);
      log(`queue: ${records} records on ${count} worker process${count === 1 ? '' : 'es'}`);
      const queued = await run(cli, ['cohort', profile, file, '--format', 'json', '--queue', url, '--shard-size', '8M', '--run', `bench-${count}-${Date.now()}`]);
      const current = workers.splice(0);
      const stopped = current.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
      for (const worker of current) worker.kill('SIGTERM');
      runs.push({
        workers: count,
        wallMs: queued.wallMs,
        recordsPerSecond: Math.round((records / queued.wallMs) * 1000),
        identical: queued.stdout === single.stdout && queued.stderr === single.stderr && queued.code === single.code,
      });
      await Promise.race([Promise.all(stopped), sleep(10_000)]);
    }
    return {
      records,
      file: relative(root, file),
      shardSize: '8M',
      singleProcess: { wallMs: single.wallMs, recordsPerSecond: Math.round((records / single.wallMs) * 1000) },
      runs,
    };
  } finally {
    for (const worker of workers) worker.kill('SIGKILL');
    await redis?.kill();
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}
