import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import type { CohortSummary, Evaluation, Profile } from '../src/index.js';
import type { Screening } from '../src/screen.js';
import { floatLoop } from './floatLoop.js';
import { fullEvidence, screeningEvidence } from './generate.js';
import { fullProfile, screeningProfile } from './profiles.js';
import { rulesEngineScreen } from './rulesEngine.js';
import { queueCase } from './queue.js';
import { sheetScalingCase, type EvidenceFromSheets } from './sheetScaling.js';
import { lineScalingCase } from './lineScaling.js';
import { pathScalingCase, type PathLibrary } from './pathScaling.js';

/**
 * The benchmark harness (`npm run bench`, `npm run bench -- --small`): seeded synthetic data, four
 * cases measured in one run on one machine, a table on stdout and the results as JSON, ratios as
 * well as absolute figures. The library is bundled first the way the package ships it, so the
 * timings are those of the published code.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const BUILD = join(DATA, 'build');
const SEED = 2026;
const DECISIONS = ['approved', 'conditional', 'rejected', 'incomplete'] as const;

interface Library {
  evaluate(profile: unknown, evidence: unknown, options?: object): Evaluation;
  evaluateExact(profile: Profile, evidence: unknown, options?: object): Evaluation;
  screen(profile: unknown, evidence: unknown, options?: object): Screening;
  defineProfile(input: unknown): Profile;
  evaluateCohortSync(profile: unknown, evidences: Iterable<unknown>, options?: object): CohortSummary;
  evidenceFromSheets: EvidenceFromSheets;
  pathToPass: PathLibrary['pathToPass'];
}

export interface BenchOptions {
  /** A few seconds instead of minutes: small counts, for the test suite. */
  readonly small?: boolean;
  /** Where to write the results (default bench/results.json, or bench/data/results.small.json when small). */
  readonly out?: string;
  /** Cases to skip (screening, full, national, queue, sheetScaling, lineScaling, pathScaling, spreadsheet). */
  readonly skip?: readonly string[];
  /** Where progress lines go (default: stderr). */
  readonly log?: (line: string) => void;
}

interface Timing {
  readonly count: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Records per second of wall time, and per second of CPU time (per core). */
  readonly perSecond: number;
  readonly perCpuSecond: number;
  readonly microsEach: number;
}

function timed(count: number, body: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  body();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { count, wallMs: round(wallMs), cpuMs: round(cpuMs), perSecond: Math.round((count / wallMs) * 1000), perCpuSecond: Math.round((count / cpuMs) * 1000), microsEach: round((wallMs * 1000) / count, 2) };
}

async function timedAsync(count: number, body: () => Promise<number>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const done = await body();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { count: done, wallMs: round(wallMs), cpuMs: round(cpuMs), perSecond: Math.round((done / wallMs) * 1000), perCpuSecond: Math.round((done / cpuMs) * 1000), microsEach: round((wallMs * 1000) / done, 2) };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The full-profile case is timed in this many rounds. */
const ROUNDS = 10;

/** Returns the timing of several timed rounds taken together. */
function combined(rounds: readonly Timing[]): Timing {
  const count = rounds.reduce((n, r) => n + r.count, 0);
  const wallMs = rounds.reduce((n, r) => n + r.wallMs, 0);
  const cpuMs = rounds.reduce((n, r) => n + r.cpuMs, 0);
  return { count, wallMs: round(wallMs), cpuMs: round(cpuMs), perSecond: Math.round((count / wallMs) * 1000), perCpuSecond: Math.round((count / cpuMs) * 1000), microsEach: round((wallMs * 1000) / count, 2) };
}

/**
 * Returns the CPU milliseconds a fixed workload takes (10^8 additions in a loop): a yardstick for how
 * fast this machine ran at the time, to read the absolute figures against (the ratios need none).
 */
function calibration(): number {
  const cpu = process.cpuUsage();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i * 0.5;
  const used = process.cpuUsage(cpu);
  return sum > 0 ? round((used.user + used.system) / 1000) : 0;
}

function machine() {
  const list = cpus();
  return {
    cpuModel: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGb: round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((x) => round(x, 2)),
    date: new Date().toISOString(),
  };
}

/** Bundles the library, the national runner and its worker (and, when asked, the global bundle) into bench/data/build. */
async function bundle(withGlobal: boolean): Promise<void> {
  mkdirSync(BUILD, { recursive: true });
  await build({
    entryPoints: { library: join(ROOT, 'bench/library.ts'), national: join(ROOT, 'bench/national.ts'), nationalWorker: join(ROOT, 'bench/nationalWorker.ts') },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: BUILD,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    logLevel: 'silent',
  });
  if (withGlobal) {
    const { globalBundleOptions } = await import('../scripts/bundleSize.js');
    await build({ ...globalBundleOptions(), entryPoints: { 'supplier-quality.global': join(ROOT, 'src/global.ts') }, outdir: BUILD, logLevel: 'silent' });
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (rank - low);
}

async function screeningCase(lib: Library, small: boolean, log: (line: string) => void) {
  const count = small ? 1_000 : 100_000;
  log(`screening: generating ${count} suppliers`);
  const records = Array.from({ length: count }, (_, i) => screeningEvidence(SEED, i));
  const profile = lib.defineProfile(screeningProfile);
  const floats = floatLoop(profile);
  const engine = rulesEngineScreen(profile);

  const results: Screening[] = new Array<Screening>(count);
  const warm = Math.min(count, 5_000);
  for (let i = 0; i < warm; i++) lib.screen(profile, records[i]);
  for (let i = 0; i < warm; i++) floats(records[i] as Record<string, unknown>);
  log('screening: screen and float loop');
  // The two in alternating rounds of a tenth of the records each, so a neighbour's load on a shared
  // machine slows both alike; the ratio is the median of the rounds' ratios.
  const floatResults: Array<{ decision: number; score: number; grade: number }> = new Array(count);
  const size = Math.ceil(count / ROUNDS);
  const screenRounds: Timing[] = [];
  const floatRounds: Timing[] = [];
  const roundRatios: number[] = [];
  for (let from = 0, k = 0; from < count; from += size, k++) {
    const to = Math.min(count, from + size);
    const runScreen = () => timed(to - from, () => {
      for (let i = from; i < to; i++) results[i] = lib.screen(profile, records[i]);
    });
    const runFloats = () => timed(to - from, () => {
      for (let i = from; i < to; i++) floatResults[i] = floats(records[i] as Record<string, unknown>);
    });
    let screened: Timing;
    let floated: Timing;
    if (k % 2 === 0) {
      screened = runScreen();
      floated = runFloats();
    } else {
      floated = runFloats();
      screened = runScreen();
    }
    screenRounds.push(screened);
    floatRounds.push(floated);
    roundRatios.push(screened.cpuMs / floated.cpuMs);
  }
  const screen = combined(screenRounds);
  const float = combined(floatRounds);
  roundRatios.sort((x, y) => x - y);
  log('screening: json-rules-engine');
  for (let i = 0; i < Math.min(count, 500); i++) await engine.run(records[i] as Record<string, unknown>);
  const engineBudgetMs = small ? 3_000 : 90_000;
  const engineResults: Array<{ decision: number; score: number; grade: number }> = [];
  const rules = await timedAsync(count, async () => {
    const start = performance.now();
    let i = 0;
    for (; i < count; i++) {
      engineResults.push(await engine.run(records[i] as Record<string, unknown>));
      if ((i & 255) === 255 && performance.now() - start > engineBudgetMs) return i + 1;
    }
    return i;
  });

  log('screening: checking decisions');
  let againstEvaluate = 0;
  const checkEvery = small ? 1 : 1;
  for (let i = 0; i < count; i += checkEvery) {
    const full = lib.evaluate(profile, records[i]);
    const s = results[i] as Screening;
    if (full.decision !== s.decision || full.score !== s.score || full.grade !== s.grade) againstEvaluate++;
  }
  const exactSample = small ? 100 : 2_000;
  let againstExact = 0;
  for (let i = 0; i < exactSample; i++) {
    const exact = lib.evaluateExact(profile, records[i]);
    const s = results[i] as Screening;
    if (exact.decision !== s.decision || exact.score !== s.score || exact.grade !== s.grade) againstExact++;
  }
  const differs = (other: Array<{ decision: number; score: number }>, i: number) =>
    DECISIONS[(other[i] as { decision: number }).decision] !== (results[i] as Screening).decision;
  const scoreDiffers = (other: Array<{ decision: number; score: number }>, i: number) =>
    Number((results[i] as Screening).score) !== (other[i] as { score: number }).score;
  let floatDecisions = 0;
  let floatScores = 0;
  for (let i = 0; i < count; i++) {
    if (differs(floatResults, i)) floatDecisions++;
    if (scoreDiffers(floatResults, i)) floatScores++;
  }
  let engineDecisions = 0;
  for (let i = 0; i < engineResults.length; i++) if (differs(engineResults, i)) engineDecisions++;
  const decisions: Record<string, number> = { approved: 0, conditional: 0, rejected: 0, incomplete: 0 };
  for (const r of results) decisions[r.decision] = (decisions[r.decision] ?? 0) + 1;
  return {
    suppliers: count,
    criteria: profile.categories.reduce((n, c) => n + c.criteria.length, 0),
    rulesEngineRules: engine.rules,
    decisions,
    screen,
    floatLoop: float,
    jsonRulesEngine: rules,
    ratios: {
      throughputVsJsonRulesEngine: round(screen.perSecond / rules.perSecond, 1),
      cpuThroughputVsJsonRulesEngine: round(screen.perCpuSecond / rules.perCpuSecond, 1),
      timeVsFloatLoop: round(percentile(roundRatios, 0.5), 2),
      cpuTimeVsFloatLoop: round(screen.cpuMs / float.cpuMs, 2),
    },
    agreement: {
      screenVsEvaluate: { checked: Math.ceil(count / checkEvery), differing: againstEvaluate },
      screenVsExactRoute: { checked: exactSample, differing: againstExact },
      floatLoopDecisionsDiffering: floatDecisions,
      floatLoopScoresDiffering: floatScores,
      jsonRulesEngineDecisionsDiffering: engineDecisions,
      jsonRulesEngineChecked: engineResults.length,
    },
  };
}

function fullCase(lib: Library, small: boolean, log: (line: string) => void) {
  const count = small ? 30 : 10_000;
  log(`full profile: generating ${count} suppliers`);
  const records = Array.from({ length: count }, (_, i) => fullEvidence(SEED, i));
  const profile = lib.defineProfile(fullProfile());
  // Warm-up: the optimising compiler needs a few thousand calls before the code settles.
  for (let i = 0; i < Math.min(count, 3000); i++) lib.evaluate(profile, records[i]);
  log('full profile: evaluate');
  const decisions: Record<string, number> = { approved: 0, conditional: 0, rejected: 0, incomplete: 0 };
  // Timed in ten rounds of a tenth each: on a shared machine a neighbour's load slows some rounds,
  // so the median round tells the code's speed better than the total.
  const size = Math.ceil(count / ROUNDS);
  const rounds: Timing[] = [];
  for (let from = 0; from < count; from += size) {
    const to = Math.min(count, from + size);
    rounds.push(
      timed(to - from, () => {
        for (let i = from; i < to; i++) {
          const d = lib.evaluate(profile, records[i]).decision;
          decisions[d] = (decisions[d] ?? 0) + 1;
        }
      }),
    );
  }
  const evaluate = combined(rounds);
  const byCpu = rounds.map((r) => r.perCpuSecond).sort((a, b) => a - b);
  const sample = small ? 10 : 300;
  log('full profile: exact route');
  for (let i = 0; i < Math.min(sample, 30); i++) lib.evaluateExact(profile, records[i]);
  const exact = timed(sample, () => {
    for (let i = 0; i < sample; i++) lib.evaluateExact(profile, records[i]);
  });
  let differing = 0;
  for (let i = 0; i < sample; i++) if (JSON.stringify(lib.evaluate(profile, records[i])) !== JSON.stringify(lib.evaluateExact(profile, records[i]))) differing++;
  const measured = profile.categories.flatMap((c) => c.criteria).filter((c) => c.kind === 'measurement').length;
  return {
    suppliers: count,
    measuredCharacteristics: measured,
    valuesPerCharacteristic: 125,
    otherCriteria: profile.categories.reduce((n, c) => n + c.criteria.length, 0) - measured,
    decisions,
    evaluate,
    rounds: { count: rounds.length, perCpuSecond: rounds.map((r) => r.perCpuSecond), medianPerCpuSecond: Math.round(percentile(byCpu, 0.5)), bestPerCpuSecond: byCpu[byCpu.length - 1] as number },
    exactRoute: exact,
    ratios: { fastVsExactRoute: round(exact.microsEach / evaluate.microsEach, 1) },
    agreement: { checked: sample, differing },
  };
}

function nationalCase(lib: Library, small: boolean, log: (line: string) => void) {
  const count = small ? 10_000 : 4_400_000;
  const file = join(DATA, `national-s${SEED}-n${count}-v1.jsonl`);
  const runner = join(BUILD, 'national.mjs');
  if (!existsSync(file) || !existsSync(`${file}.index.json`)) {
    log(`national: generating ${count} records into ${file}`);
    execFileSync(process.execPath, [runner, 'generate', file, String(count), String(SEED)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const workers = cpus().length;
  log(`national: screening ${count} records on ${workers} worker threads`);
  const out = execFileSync(process.execPath, [runner, 'run', file, String(workers)], { maxBuffer: 1 << 28, encoding: 'utf8' });
  const report = JSON.parse(out.trim().split('\n').pop() as string) as {
    records: number;
    evaluated: number;
    invalid: number;
    decisions: Record<string, number>;
    wallMs: number;
    cpuMs: number;
    bytes: number;
    peakRss: number;
    peakRssSource: string;
    sampledMaxRss: number;
    samples: Array<{ t: number; records: number; rss: number }>;
    summary: unknown;
  };
  // Memory over the run: resident memory when a quarter, half, three quarters and all of the records were read.
  const at = (share: number) => report.samples.find((s) => s.records >= share * report.records)?.rss ?? report.samples[report.samples.length - 1]?.rss ?? 0;
  const rssByProgress = [0.25, 0.5, 0.75, 1].map((share) => ({ share, rssMb: round(at(share) / 2 ** 20) }));
  // In small mode, the merged summary of the workers' shards is checked against one single-threaded run over the whole file.
  let shardsMergeToWhole: boolean | null = null;
  if (small) {
    const records = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown);
    const whole = lib.evaluateCohortSync(lib.defineProfile(screeningProfile), records);
    shardsMergeToWhole = JSON.stringify(whole) === JSON.stringify(report.summary);
  }
  const first = rssByProgress[0]?.rssMb ?? 0;
  const last = rssByProgress[rssByProgress.length - 1]?.rssMb ?? 0;
  return {
    records: report.records,
    evaluated: report.evaluated,
    invalid: report.invalid,
    fileMb: round(report.bytes / 2 ** 20),
    workers,
    wallMs: report.wallMs,
    cpuMs: report.cpuMs,
    recordsPerSecond: Math.round((report.records / report.wallMs) * 1000),
    /** CPU time of the whole process (main thread and workers) per record, and the cores it kept busy on average. */
    cpuMicrosPerRecord: round((report.cpuMs * 1000) / report.records, 1),
    coresUsed: round(report.cpuMs / report.wallMs, 2),
    peakRssMb: round(report.peakRss / 2 ** 20),
    peakRssSource: report.peakRssSource,
    rssByProgress,
    memoryFlat: last <= first * 1.25 + 16,
    shardsMergeToWhole,
    decisions: report.decisions,
    summary: report.summary,
    file: relative(ROOT, file),
  };
}

/**
 * The national screening on a BullMQ queue, small enough for a minute or two: 200,000 records of the
 * national file's kind, summarised by the built command line in one process and on 1, 2 and 4 worker
 * processes (see bench/queue.ts). Not in the small mode (it needs a redis-server).
 */
async function queueBenchCase(log: (line: string) => void) {
  const count = 200_000;
  const file = join(DATA, `national-s${SEED}-n${count}-v1.jsonl`);
  if (!existsSync(file)) {
    log(`queue: generating ${count} records into ${file}`);
    execFileSync(process.execPath, [join(BUILD, 'national.mjs'), 'generate', file, String(count), String(SEED)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return queueCase(join(ROOT, 'bin', 'supplier-quality.js'), file, count, ROOT, log);
}

/**
 * The first call in a fresh spreadsheet context, as a script host pays it when it starts the script
 * for a recalculation: load the global bundle into a new `node:vm` context, parse the profile JSON,
 * evaluate one supplier. Timed over `contexts` fresh contexts (the first one too), each part and the
 * whole; the median and p99 of the wholes.
 */
function firstCallCase(code: string, profileText: string, evidenceText: string, contexts: number) {
  const load: number[] = [];
  const parse: number[] = [];
  const evaluateMs: number[] = [];
  const whole: number[] = [];
  const decisions = new Set<string>();
  for (let i = 0; i < contexts; i++) {
    const context = createContext({ profileText, evidenceText });
    const t0 = performance.now();
    runInContext(code, context);
    const t1 = performance.now();
    runInContext('var profile = SupplierQuality.defineProfile(JSON.parse(profileText));', context);
    const t2 = performance.now();
    decisions.add(runInContext('SupplierQuality.evaluate(profile, JSON.parse(evidenceText)).decision', context) as string);
    const t3 = performance.now();
    load.push(t1 - t0);
    parse.push(t2 - t1);
    evaluateMs.push(t3 - t2);
    whole.push(t3 - t0);
  }
  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { medianMs: round(percentile(sorted, 0.5), 2), p99Ms: round(percentile(sorted, 0.99), 2), maxMs: round(sorted[sorted.length - 1] as number, 2) };
  };
  return { contexts, decisions: [...decisions], loadBundle: stats(load), parseProfile: stats(parse), evaluate: stats(evaluateMs), whole: stats(whole) };
}

function spreadsheetCase(small: boolean, globalPath: string, log: (line: string) => void) {
  log(`spreadsheet: ${globalPath}`);
  const code = readFileSync(globalPath, 'utf8');
  const context = createContext({});
  runInContext(code, context);
  const profileText = readFileSync(join(ROOT, 'examples/pump-injector/profile.json'), 'utf8');
  const evidenceTexts = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => readFileSync(join(ROOT, `examples/pump-injector/evidence/${name}.json`), 'utf8'));
  Object.assign(context, { profileText, evidenceTexts });
  const firstCall = firstCallCase(code, profileText, evidenceTexts[1] as string, small ? 5 : 100);
  // Objects are made inside the host's realm, as a spreadsheet's script host would give them.
  runInContext('var profile = SupplierQuality.defineProfile(JSON.parse(profileText)); var evidences = evidenceTexts.map(function (t) { return JSON.parse(t); });', context);
  const call = runInContext('(function (i) { return SupplierQuality.evaluate(profile, evidences[i % 3]); })', context) as (i: number) => Evaluation;
  const callParsing = runInContext('(function (i) { return SupplierQuality.evaluate(JSON.parse(profileText), evidences[i % 3]); })', context) as (i: number) => Evaluation;
  const times = (fn: (i: number) => Evaluation, calls: number) => {
    const list: number[] = [];
    for (let i = 1; i <= calls; i++) {
      const start = performance.now();
      fn(i);
      list.push(performance.now() - start);
    }
    list.sort((a, b) => a - b);
    return { calls, medianMs: round(percentile(list, 0.5), 3), p99Ms: round(percentile(list, 0.99), 3), maxMs: round(list[list.length - 1] as number, 3) };
  };
  const calls = small ? 200 : 5_000;
  // Calls 2 to calls + 1 (the optimising compiler tiers the code up during these), then as many again
  // once the code has settled; the decisions of the three suppliers come from the first three calls.
  const firstStart = performance.now();
  const decisions = [call(0).decision];
  const firstMs = performance.now() - firstStart;
  const afterFirst = { ...times(call, calls), firstMs: round(firstMs, 3) };
  decisions.push(call(1).decision, call(2).decision);
  const steady = times(call, calls);
  const profileParsedEachCall = times(callParsing, small ? 100 : 1_000);
  // The machine's own floor: a busy loop as long as the median settled call, timed the same way.
  const spin = (n: number) => {
    let x = 0;
    for (let i = 0; i < n; i++) x += Math.sqrt(i);
    return x;
  };
  for (let i = 0; i < 2_000; i++) spin(10_000);
  const probe = performance.now();
  spin(1e6);
  const spins = Math.max(1, Math.round((steady.medianMs / (performance.now() - probe)) * 1e6));
  const busyLoop = times(() => ({ decision: spin(spins) < 0 ? 'none' : 'ok' }) as unknown as Evaluation, calls);
  return {
    bundle: globalPath.startsWith(ROOT) ? globalPath.slice(ROOT.length) : globalPath,
    bundleKb: round(code.length / 1024),
    decisions,
    firstCall,
    parsedProfile: afterFirst,
    settled: steady,
    profileParsedEachCall,
    busyLoop,
  };
}

/** Runs the benchmark and returns (and writes) its results. */
export async function runBench(options: BenchOptions = {}): Promise<Record<string, unknown>> {
  const small = options.small === true;
  const skip = new Set(options.skip ?? []);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const distGlobal = join(ROOT, 'dist', 'supplier-quality.global.js');
  const useDist = !small && existsSync(distGlobal);
  log('bundling the library');
  await bundle(!useDist);
  const lib = (await import(pathToFileURL(join(BUILD, 'library.mjs')).href)) as Library;
  const before = machine();
  const results: Record<string, unknown> = { mode: small ? 'small' : 'full', machine: before, calibrationMsBefore: small ? null : calibration() };
  const cases: Record<string, unknown> = {};
  if (!skip.has('screening')) cases.screening = await screeningCase(lib, small, log);
  if (!skip.has('full')) cases.full = fullCase(lib, small, log);
  if (!skip.has('national')) cases.national = nationalCase(lib, small, log);
  if (!skip.has('queue') && !small) cases.queue = await queueBenchCase(log);
  if (!skip.has('sheetScaling')) cases.sheetScaling = sheetScalingCase(lib.evidenceFromSheets, small);
  if (!skip.has('lineScaling')) cases.lineScaling = await lineScalingCase(small);
  if (!skip.has('pathScaling')) cases.pathScaling = pathScalingCase(lib, small);
  if (!skip.has('spreadsheet')) cases.spreadsheet = spreadsheetCase(small, useDist ? distGlobal : join(BUILD, 'supplier-quality.global.js'), log);
  results.cases = cases;
  results.loadAverageAfter = loadavg().map((x) => round(x, 2));
  results.calibrationMsAfter = small ? null : calibration();
  results.goals = goals(cases);
  const out = options.out ?? (small ? join(DATA, 'results.small.json') : join(ROOT, 'bench', 'results.json'));
  mkdirSync(dirname(out), { recursive: true });
  const { summary: _summary, ...national } = (cases.national ?? {}) as Record<string, unknown>;
  writeFileSync(out, `${JSON.stringify({ ...results, cases: { ...cases, ...(cases.national ? { national } : {}) } }, null, 2)}\n`);
  return results;
}

interface Goal {
  readonly goal: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

function goals(cases: Record<string, unknown>): Goal[] {
  const list: Goal[] = [];
  const s = cases.screening as ReturnType<typeof screeningCase> extends Promise<infer T> ? T : never;
  if (s) {
    list.push({ goal: 'Screening throughput vs json-rules-engine', target: '≥ 10×', measured: `${s.ratios.throughputVsJsonRulesEngine}×`, met: s.ratios.throughputVsJsonRulesEngine >= 10 });
    list.push({ goal: 'Screening time vs plain float loop (median of alternating rounds)', target: '≤ 4×', measured: `${s.ratios.timeVsFloatLoop}×`, met: s.ratios.timeVsFloatLoop <= 4 });
    const differing = s.agreement.screenVsEvaluate.differing + s.agreement.screenVsExactRoute.differing;
    list.push({ goal: 'Screening decisions identical to the exact path', target: '0 differing', measured: `${differing} of ${s.agreement.screenVsEvaluate.checked}`, met: differing === 0 });
  }
  const f = cases.full as ReturnType<typeof fullCase> | undefined;
  if (f) {
    const r = f.rounds;
    list.push({
      goal: 'Full profile throughput per core (median round, per CPU-second)',
      target: '≥ 5,000 suppliers/s',
      measured: `${r.medianPerCpuSecond}/CPU-s (best round ${r.bestPerCpuSecond}; all ${f.evaluate.count}: ${f.evaluate.perSecond}/s wall, ${f.evaluate.perCpuSecond}/CPU-s)`,
      met: r.medianPerCpuSecond >= 5000,
    });
  }
  const n = cases.national as ReturnType<typeof nationalCase> | undefined;
  if (n) {
    list.push({ goal: `National screening wall time (${n.records} records, ${n.workers} cores)`, target: n.records >= 4_400_000 ? '≤ 60 s' : '≤ 60 s at 4.4 M', measured: `${round(n.wallMs / 1000, 1)} s`, met: n.records >= 4_400_000 ? n.wallMs <= 60_000 : null });
    list.push({ goal: 'National screening peak memory', target: '≤ 300 MB', measured: `${n.peakRssMb} MB`, met: n.peakRssMb <= 300 });
    list.push({ goal: 'National screening memory flat', target: 'flat', measured: n.rssByProgress.map((r) => `${r.rssMb}`).join(' → ') + ' MB', met: n.memoryFlat });
  }
  const sc = cases.sheetScaling as ReturnType<typeof sheetScalingCase> | undefined;
  if (sc) list.push({ goal: `Measurement sheet with subgroups, ${sc.rows} → ${sc.rows * 2} rows`, target: '≤ 2.5× the time', measured: `${sc.ratio}× (${sc.ms} → ${sc.doubledMs} ms)`, met: sc.ratio <= 2.5 });
  const ls = cases.lineScaling as Awaited<ReturnType<typeof lineScalingCase>> | undefined;
  if (ls) list.push({ goal: `One JSON Lines record on a ${ls.megabytes} → ${ls.megabytes * 2} MB line, read by the command line`, target: '≤ 2.5× the time', measured: `${ls.ratio}× (${ls.ms} → ${ls.doubledMs} ms; JSON.parse of the longer line ${ls.jsonParseMs} ms)`, met: ls.ratio <= 2.5 });
  const ps = cases.pathScaling as ReturnType<typeof pathScalingCase> | undefined;
  if (ps) {
    const doublings = ps.failing.slice(1).map((n, i) => `${ps.failing[i]} → ${n}: ${ps.ratios[i]}×`).join(', ');
    list.push({ goal: 'pathToPass, failing criteria doubled (CPU time)', target: '≤ 2.5× the time per doubling', measured: `${doublings} (${ps.cpuMs.join(' / ')} CPU ms)`, met: ps.worstRatio <= 2.5 });
    const largest = ps.failing[ps.failing.length - 1] as number;
    const largestMs = ps.ms[ps.ms.length - 1] as number;
    list.push({ goal: `pathToPass with ${largest} failing criteria (wall time)`, target: largest >= 2000 ? '< 1 s' : '< 1 s at 2,000', measured: `${largestMs} ms (${ps.cpuMs[ps.cpuMs.length - 1]} CPU ms)`, met: largest >= 2000 ? largestMs < 1000 : null });
  }
  const sp = cases.spreadsheet as ReturnType<typeof spreadsheetCase> | undefined;
  if (sp) {
    list.push({ goal: `Spreadsheet call p99, calls 2–${sp.parsedProfile.calls + 1}`, target: '< 2 ms', measured: `${sp.parsedProfile.p99Ms} ms (median ${sp.parsedProfile.medianMs} ms)`, met: sp.parsedProfile.p99Ms < 2 });
    list.push({ goal: 'Spreadsheet call p99, code settled', target: '< 2 ms', measured: `${sp.settled.p99Ms} ms (median ${sp.settled.medianMs} ms; busy-loop floor p99 ${sp.busyLoop.p99Ms} ms)`, met: sp.settled.p99Ms < 2 });
    list.push({ goal: `Spreadsheet first call in a fresh context (load, parse, evaluate; ${sp.firstCall.contexts} contexts)`, target: 'measured', measured: `median ${sp.firstCall.whole.medianMs} ms, p99 ${sp.firstCall.whole.p99Ms} ms`, met: null });
  }
  return list;
}

/** Returns the results as a table of plain text. */
export function resultsTable(results: Record<string, unknown>): string {
  const cases = results.cases as Record<string, Record<string, unknown>>;
  const m = results.machine as ReturnType<typeof machine>;
  const lines: string[] = [];
  lines.push(`supplier-quality benchmark (${results.mode}) — ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.date}`);
  lines.push(`load average before ${m.loadAverage.join(' ')}, after ${(results.loadAverageAfter as number[]).join(' ')}`);
  if (results.calibrationMsBefore !== null) lines.push(`yardstick (10^8 additions, CPU ms) before ${String(results.calibrationMsBefore)}, after ${String(results.calibrationMsAfter)}`);
  const row = (cells: string[]) => lines.push(cells.map((c, i) => (i === 0 ? c.padEnd(46) : c.padStart(14))).join(''));
  const s = cases.screening as Awaited<ReturnType<typeof screeningCase>> | undefined;
  if (s) {
    lines.push('');
    lines.push(`Screening: ${s.suppliers} suppliers × ${s.criteria} criteria`);
    row(['', 'records/s', 'µs/record', 'CPU ms', 'screen() is']);
    row(['screen()', String(s.screen.perSecond), String(s.screen.microsEach), String(s.screen.cpuMs), '']);
    row(['plain float loop (no validation)', String(s.floatLoop.perSecond), String(s.floatLoop.microsEach), String(s.floatLoop.cpuMs), `${s.ratios.timeVsFloatLoop}× its time`]);
    row([`json-rules-engine (${s.rulesEngineRules} rules, ${s.jsonRulesEngine.count} rec.)`, String(s.jsonRulesEngine.perSecond), String(s.jsonRulesEngine.microsEach), String(s.jsonRulesEngine.cpuMs), `${s.ratios.throughputVsJsonRulesEngine}× faster`]);
    lines.push(`  decisions differing from evaluate: ${s.agreement.screenVsEvaluate.differing} of ${s.agreement.screenVsEvaluate.checked}; from the exact route: ${s.agreement.screenVsExactRoute.differing} of ${s.agreement.screenVsExactRoute.checked}; float loop: ${s.agreement.floatLoopDecisionsDiffering} decisions and ${s.agreement.floatLoopScoresDiffering} scores differ`);
  }
  const f = cases.full as ReturnType<typeof fullCase> | undefined;
  if (f) {
    lines.push('');
    lines.push(`Full profile: ${f.suppliers} suppliers, ${f.measuredCharacteristics} characteristics × ${f.valuesPerCharacteristic} values with Cpk + ${f.otherCriteria} criteria`);
    row(['', 'suppliers/s', 'µs/supplier', 'per CPU-s', 'evaluate() is']);
    row(['evaluate() (one core)', String(f.evaluate.perSecond), String(f.evaluate.microsEach), String(f.evaluate.perCpuSecond), '']);
    lines.push(`  per CPU-second in ${f.rounds.count} rounds: median ${f.rounds.medianPerCpuSecond}, best ${f.rounds.bestPerCpuSecond} (${f.rounds.perCpuSecond.join(', ')})`);
    row([`exact route (${f.exactRoute.count} suppliers)`, String(f.exactRoute.perSecond), String(f.exactRoute.microsEach), String(f.exactRoute.perCpuSecond), `${f.ratios.fastVsExactRoute}× faster`]);
    lines.push(`  evaluations differing from the exact route: ${f.agreement.differing} of ${f.agreement.checked}`);
  }
  const n = cases.national as ReturnType<typeof nationalCase> | undefined;
  if (n) {
    lines.push('');
    lines.push(`National screening: ${n.records} JSON Lines records (${n.fileMb} MB), ${n.workers} worker threads, cohort summaries merged`);
    lines.push(`  wall ${round(n.wallMs / 1000, 1)} s (${n.recordsPerSecond} records/s), CPU ${round(n.cpuMs / 1000, 1)} s (${n.cpuMicrosPerRecord} µs/record, ${n.coresUsed} cores busy), peak RSS ${n.peakRssMb} MB (${n.peakRssSource}), RSS at 25/50/75/100 %: ${n.rssByProgress.map((r) => r.rssMb).join(' / ')} MB`);
    lines.push(`  evaluated ${n.evaluated}, invalid ${n.invalid}; ${Object.entries(n.decisions).map(([k, v]) => `${k} ${v}`).join(', ')}${n.shardsMergeToWhole === null ? '' : `; merged shards ${n.shardsMergeToWhole ? 'equal' : 'DIFFER FROM'} one run over the whole file`}`);
  }
  const q = cases.queue as Awaited<ReturnType<typeof queueBenchCase>> | undefined;
  if (q && 'skipped' in q) lines.push('', `National screening on a BullMQ queue: not run, ${q.skipped}`);
  else if (q) {
    lines.push('');
    lines.push(`National screening on a BullMQ queue (the command line, Redis on this machine): ${q.records} JSON Lines records, ${q.shardSize} shards`);
    row(['', 'wall s', 'records/s', 'same output', '']);
    row(['cohort, one process', String(round(q.singleProcess.wallMs / 1000, 1)), String(q.singleProcess.recordsPerSecond), '', '']);
    for (const r of q.runs) row([`cohort --queue, ${r.workers} worker process${r.workers === 1 ? '' : 'es'}`, String(round(r.wallMs / 1000, 1)), String(r.recordsPerSecond), r.identical ? 'yes' : 'NO', '']);
    if (n) lines.push(`  worker_threads (library only, no CLI checks), above: ${n.recordsPerSecond} records/s on ${n.workers} threads`);
  }
  const sc = cases.sheetScaling as ReturnType<typeof sheetScalingCase> | undefined;
  if (sc) {
    lines.push('');
    lines.push(`Measurement sheet with a subgroup column: ${sc.rows} rows ${sc.ms} ms, ${sc.rows * 2} rows ${sc.doubledMs} ms (${sc.ratio}×)`);
  }
  const ls = cases.lineScaling as Awaited<ReturnType<typeof lineScalingCase>> | undefined;
  if (ls) {
    lines.push('');
    lines.push(`One JSON Lines record on one line: ${ls.megabytes} MB ${ls.ms} ms, ${ls.megabytes * 2} MB ${ls.doubledMs} ms (${ls.ratio}×); JSON.parse of the ${ls.megabytes * 2} MB line alone ${ls.jsonParseMs} ms`);
  }
  const ps = cases.pathScaling as ReturnType<typeof pathScalingCase> | undefined;
  if (ps) {
    lines.push('');
    lines.push(`Path to a pass (pathToPass, best of 9 rounds): ${ps.failing.map((n, i) => `${n} failing criteria ${ps.ms[i]} ms (${ps.cpuMs[i]} CPU ms)`).join(', ')}; CPU time ${ps.ratios.map((r) => `${r}×`).join(', ')} per doubling (median of the rounds)`);
  }
  const sp = cases.spreadsheet as ReturnType<typeof spreadsheetCase> | undefined;
  if (sp) {
    lines.push('');
    lines.push(`Spreadsheet call: ${sp.bundle} (${sp.bundleKb} KB) in a node:vm context, pump-injector profile`);
    row(['', 'first ms', 'median ms', 'p99 ms', 'max ms']);
    row([`evaluate, calls 2–${sp.parsedProfile.calls + 1}`, String(sp.parsedProfile.firstMs), String(sp.parsedProfile.medianMs), String(sp.parsedProfile.p99Ms), String(sp.parsedProfile.maxMs)]);
    row([`evaluate, the next ${sp.settled.calls} (code settled)`, '', String(sp.settled.medianMs), String(sp.settled.p99Ms), String(sp.settled.maxMs)]);
    row(['evaluate, profile JSON parsed every call', '', String(sp.profileParsedEachCall.medianMs), String(sp.profileParsedEachCall.p99Ms), String(sp.profileParsedEachCall.maxMs)]);
    row(['busy loop as long as a settled call (floor)', '', String(sp.busyLoop.medianMs), String(sp.busyLoop.p99Ms), String(sp.busyLoop.maxMs)]);
    const fc = sp.firstCall;
    lines.push(`First call in a fresh context, over ${fc.contexts} contexts (decision ${fc.decisions.join(', ')})`);
    row(['', '', 'median ms', 'p99 ms', 'max ms']);
    for (const [name, part] of [['load the bundle', fc.loadBundle], ['parse the profile', fc.parseProfile], ['evaluate one supplier', fc.evaluate], ['all three', fc.whole]] as const) {
      row([name, '', String(part.medianMs), String(part.p99Ms), String(part.maxMs)]);
    }
  }
  lines.push('');
  lines.push('Goals');
  for (const g of results.goals as Goal[]) lines.push(`  ${g.met === null ? '–' : g.met ? '✓' : '✗'} ${g.goal}: ${g.measured} (goal ${g.target})`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const skip = args.filter((a) => a.startsWith('--skip=')).flatMap((a) => a.slice(7).split(','));
  const out = args.find((a) => a.startsWith('--out='))?.slice(6);
  const results = await runBench({ small: args.includes('--small'), skip, ...(out ? { out } : {}) });
  process.stdout.write(`${resultsTable(results)}\n`);
}
