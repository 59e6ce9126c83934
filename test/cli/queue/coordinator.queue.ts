/**
 * Cohorts on a real queue: a `redis-server` (Debian's package; the suite fails when it is missing)
 * on a free port without persistence, the built command line as one coordinator and three worker
 * processes over a generated cohort, and every fault: a worker killed mid-shard, the coordinator
 * killed and started again, Redis killed and started again, bad records and an unreadable file; and
 * the progress bar on a terminal.
 * In every case the output, the problem lines and the exit code are those of the single pass, byte
 * for byte. Run by `npm run test:queue`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Queue, type Job } from 'bullmq';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/index.js';
import { QUEUE_NAME } from '../../../cli/queue/connection.js';
import { memoryIO } from '../fixtures/io.js';
import { hasRedisServer, startRedisServer, type RedisServer } from '../../../scripts/redisServer.js';
import { cliBuild } from '../../../tsup.config.js';
import { writeCohort } from './fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const P = join(root, 'examples/pump-injector/profile.json');
const profileJson = JSON.parse(readFileSync(P, 'utf8')) as Record<string, unknown>;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let installed: string;
let inputs: ReturnType<typeof writeCohort>;
let url: string;
let redis: RedisServer;
let queue: Queue;
const workers: ChildProcess[] = [];

/** Starts the built command line. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [join(installed, 'bin/supplier-quality.js'), ...args], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

const cli = (args: string[]) => start(args).done;

function startWorker(): ChildProcess {
  const { child } = start(['worker', '--queue', url, '--lock-timeout', '2']);
  workers.push(child);
  return child;
}

/** The jobs of a run in one state. */
async function jobsOf(run: string, state: 'completed' | 'active' | 'wait'): Promise<Job[]> {
  return (await queue.getJobs([state], 0, -1)).filter((job) => job.id?.startsWith(`${run}-`));
}

/** Resolves once a run has at least `count` completed shards. */
async function completed(run: string, count: number): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    if ((await jobsOf(run, 'completed')).length >= count) return;
    await sleep(20);
  }
  throw new Error(`run ${run} did not complete ${count} shards`);
}

const single: Record<string, Run> = {};

beforeAll(async () => {
  if (!hasRedisServer()) throw new Error('redis-server is not installed: install Debian\'s redis-server package (.ci/queue.sh does)');
  dir = mkdtempSync(join(tmpdir(), 'sq-queue-'));
  mkdirSync(join(root, '.tmp'), { recursive: true });
  installed = mkdtempSync(join(root, '.tmp', 'queue-'));
  await build({ ...cliBuild, outDir: join(installed, 'dist'), config: false, silent: true, sourcemap: false });
  mkdirSync(join(installed, 'bin'));
  copyFileSync(join(root, 'bin/supplier-quality.js'), join(installed, 'bin/supplier-quality.js'));
  writeFileSync(join(installed, 'package.json'), '{ "type": "module" }\n');
  inputs = writeCohort(dir, profileJson, 6000);
  redis = await startRedisServer(dir);
  url = redis.url;
  queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
  queue.on('error', () => undefined);
  for (let i = 0; i < 3; i++) startWorker();
  single.json = await cli(['cohort', P, inputs.jsonl, '--format', 'json', '--top', '25']);
  single.md = await cli(['cohort', P, inputs.mixed, '--format', 'md', '--lang', 'id']);
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await queue?.close().catch(() => undefined);
  await redis?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (installed) rmSync(installed, { recursive: true, force: true });
});

const onQueue = (run: string, extra: string[] = []) => ['cohort', P, inputs.jsonl, '--format', 'json', '--top', '25', '--queue', url, '--run', run, '--shard-size', '150k', ...extra];

describe('cohort --queue', () => {
  it('gives the single pass output with a worker killed mid-shard', async () => {
    expect(single.json!.code).toBe(2);
    expect(single.json!.stderr).toContain('cohort.jsonl:2002: Not valid JSON');
    expect(single.json!.stderr).toContain('cohort.jsonl:4002: auditDate');
    const coordinator = start(onQueue('killed-worker'));
    await completed('killed-worker', 2);
    const victim = workers.shift() as ChildProcess;
    const busy = (await jobsOf('killed-worker', 'active')).length;
    victim.kill('SIGKILL');
    startWorker();
    const run = await coordinator.done;
    expect(run).toEqual(single.json);
    const jobs = await jobsOf('killed-worker', 'completed');
    expect(jobs.length).toBeGreaterThan(40);
    // The killed worker's shard stalled and was run again.
    expect(busy).toBeGreaterThanOrEqual(1);
    expect(jobs.filter((job) => job.stalledCounter > 0 || job.attemptsStarted > 1).length).toBeGreaterThanOrEqual(1);
  });

  it('resumes from the stored summaries when the coordinator is killed and started again', async () => {
    const first = start(onQueue('restarted'));
    await completed('restarted', 5);
    first.child.kill('SIGKILL');
    await first.done;
    const before = new Map((await jobsOf('restarted', 'completed')).map((job) => [job.id, job.finishedOn]));
    const again = await cli(onQueue('restarted'));
    expect(again).toEqual(single.json);
    // The shards done before the restart were taken as stored, not run again.
    const after = new Map((await jobsOf('restarted', 'completed')).map((job) => [job.id, job.finishedOn]));
    for (const [id, finishedOn] of before) expect(after.get(id)).toBe(finishedOn);
    // And the same command again prints the result from the stored summaries alone.
    expect(await cli(onQueue('restarted'))).toEqual(single.json);
  });

  it('survives Redis killed and started again mid-run (without persistence: the lost shards are queued again)', async () => {
    const coordinator = start(onQueue('redis-restart'));
    await completed('redis-restart', 5);
    await redis.kill();
    await sleep(500);
    await redis.start();
    const run = await coordinator.done;
    expect(run.stdout).toBe(single.json!.stdout);
    expect(run.code).toBe(single.json!.code);
    // The problem lines as the single pass prints them, after the line that says the queue was lost.
    expect(run.stderr.split('\n').filter((line) => !line.includes('does not answer')).join('\n')).toBe(single.json!.stderr);
  });

  it('reads a directory (JSON Lines, a JSON list, a CSV table with quoted line breaks) as the single pass, in Bahasa Indonesia', async () => {
    const run = await cli(['cohort', P, inputs.mixed, '--format', 'md', '--lang', 'id', '--queue', url, '--shard-size', '20k']);
    expect(single.md!.stderr).toContain('c.csv');
    expect(run).toEqual(single.md);
  });

  it('cuts a CSV table into shards and gives the single pass output, and its message for a malformed row far into it', async () => {
    const alone = await cli(['cohort', P, inputs.csv, '--format', 'json', '--top', '25']);
    const run = await cli(['cohort', P, inputs.csv, '--format', 'json', '--top', '25', '--queue', url, '--shard-size', '50k']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('c.csv!');
    expect((await queue.getJobs(['completed'], 0, -1)).filter((job) => job.data.path === inputs.csv && job.data.shard.start > 0).length).toBeGreaterThan(10);
    expect(run).toEqual(alone);
    const malformed = join(dir, 'malformed.csv');
    const lines = readFileSync(inputs.csv, 'utf8').split('\r\n');
    lines[lines.length - 40] += ',stray';
    writeFileSync(malformed, lines.join('\r\n'));
    const bad = await cli(['cohort', P, malformed, '--queue', url, '--shard-size', '50k']);
    const badAlone = await cli(['cohort', P, malformed]);
    expect(badAlone.stderr).toMatch(/^supplier-quality: malformed\.csv:\d+: column .* has a value beyond the header's last column/m);
    expect(bad).toEqual(badAlone);
  });

  it('writes each supplier\'s evaluation to a file per shard', async () => {
    const out = join(dir, 'evaluations');
    const run = await cli([...onQueue('evaluations', ['--evaluations', out])]);
    expect(run).toEqual(single.json);
    const files = readdirSync(out).sort();
    expect(files.every((name) => /^evaluations-\d{6}\.jsonl$/.test(name))).toBe(true);
    const evaluations = files.flatMap((name) => readFileSync(join(out, name), 'utf8').split('\n').filter(Boolean));
    const summary = JSON.parse(single.json!.stdout) as { evaluated: number };
    expect(evaluations).toHaveLength(summary.evaluated);
    expect(new Set(evaluations.map((line) => (JSON.parse(line) as { supplier: { id: string } }).supplier.id)).size).toBeGreaterThan(5900);
  });

  it('draws a progress bar on standard error when it is a terminal, and only then', async () => {
    const io = memoryIO(dir, '', true);
    const code = await main(['cohort', P, inputs.jsonl, '--format', 'json', '--top', '25', '--queue', url, '--shard-size', '100k'], io);
    expect(code).toBe(single.json!.code);
    expect(io.out()).toBe(single.json!.stdout);
    expect(io.err()).toMatch(/\[#{30}\] 100 %  6000 records\n$/);
    expect(io.err()).toContain('cohort.jsonl:2002: Not valid JSON');
  });

  it('stops on a file that cannot be read, as the single pass does', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'a.jsonl'), readFileSync(inputs.jsonl, 'utf8').split('\n').slice(0, 50).join('\n'));
    writeFileSync(join(broken, 'b.json'), '{ "supplier": ');
    const alone = await cli(['cohort', P, broken]);
    const run = await cli(['cohort', P, broken, '--queue', url]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('b.json:1:15: not valid JSON');
    expect(run).toEqual(alone);
  });

  it('says in one line that bullmq is needed when it is not installed (exit 2)', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'sq-no-bullmq-'));
    try {
      for (const name of readdirSync(installed)) {
        if (name !== 'node_modules') spawnSync('cp', ['-r', join(installed, name), bare]);
      }
      mkdirSync(join(bare, 'node_modules'));
      // The package's dependencies as an install gives them, without the optional bullmq.
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      for (const name of Object.keys(pkg.dependencies)) {
        mkdirSync(join(bare, 'node_modules', name, '..'), { recursive: true });
        symlinkSync(join(root, 'node_modules', name), join(bare, 'node_modules', name));
      }
      for (const args of [['cohort', P, inputs.jsonl, '--queue', url], ['worker', '--queue', url]]) {
        const child = spawnSync(process.execPath, [join(bare, 'bin/supplier-quality.js'), ...args], { encoding: 'utf8' });
        expect(child.status).toBe(2);
        expect(child.stdout).toBe('');
        expect(child.stderr).toBe('supplier-quality: the queue commands need the bullmq package; install it with "npm install bullmq"\n');
      }
      // Without --queue the command line needs no bullmq.
      const plain = spawnSync(process.execPath, [join(bare, 'bin/supplier-quality.js'), 'cohort', P, inputs.mixed, '--format', 'md', '--lang', 'id'], { encoding: 'utf8' });
      expect({ code: plain.status, stdout: plain.stdout, stderr: plain.stderr }).toEqual(single.md);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
