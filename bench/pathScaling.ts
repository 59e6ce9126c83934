/**
 * The path to a pass for a supplier with n failing criteria, at n, 2n, 4n and 8n: doubling the
 * failing criteria should at most about double the time (goal: at most 2.5× per doubling), so
 * `pathToPass` stays close to linear in the criteria.
 */
import type { Evaluation, Profile } from '../src/index.js';
import { smallest } from '../src/lists/smallest.js';

/** What the case calls: the library's entries as the package ships them. */
export interface PathLibrary {
  defineProfile(input: unknown): Profile;
  evaluate(profile: unknown, evidence: unknown, options?: object): Evaluation;
  pathToPass(profile: unknown, evaluation: unknown, options?: object): { next: { criteria: readonly string[] } | null; approval: { criteria: readonly string[] } | null };
}

const CATEGORIES = ['product', 'process', 'quality-system', 'delivery'] as const;

/**
 * Returns a profile of checks in four weighted categories (weights 1 to 3, every 40th critical, every
 * 5th major, effort estimates on every 3rd) with a rule that caps at conditional while three majors
 * fail, and the evaluation of a supplier who fails every check but every 7th: `failing` in all.
 */
export function failingSupplier(lib: PathLibrary, failing: number): { profile: Profile; evaluation: Evaluation } {
  // Every 7th check passes: n checks in all make `failing` fail.
  let n = failing;
  while (n - Math.floor((n + 3) / 7) < failing) n++;
  const criteria = Array.from({ length: n }, (_, i) => ({
    kind: 'check',
    id: `c${String(i).padStart(5, '0')}`,
    title: `Check ${i}`,
    causeFamily: (['man', 'machine', 'method', 'material', 'measurement', 'environment'] as const)[i % 6],
    severity: i % 40 === 0 ? 'critical' : i % 5 === 0 ? 'major' : 'minor',
    weight: 1 + (i % 3),
    ...(i % 3 === 1 ? { effort: { days: 1 + (i % 4), cost: 100 * (1 + (i % 5)), currency: 'IDR' } } : {}),
  }));
  const profile = lib.defineProfile({
    id: 'path-scaling',
    version: '1',
    title: 'Path scaling',
    component: { name: 'Part' },
    categories: CATEGORIES.map((id, k) => ({ id, title: id, weight: k + 1, criteria: criteria.filter((_, i) => i % CATEGORIES.length === k) })),
    rules: [{ id: 'three-majors', when: { type: 'criteria', severity: ['major'], status: ['fail'], atLeast: 3 }, then: { capDecision: 'conditional' } }],
  });
  const entries = criteria.map((c, i) => ({ criterion: c.id, value: i % 7 === 3 }));
  const evaluation = lib.evaluate(profile, { supplier: { id: 'bench', name: 'Bench' }, auditDate: '2026-11-28', entries });
  if (evaluation.gaps.length !== failing) throw new Error(`the bench supplier fails ${evaluation.gaps.length} criteria, not ${failing}`);
  return { profile, evaluation };
}

/** Wall-clock and process CPU milliseconds. */
interface PathTime {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Returns the wall and CPU milliseconds of one path to a pass. */
function pathTiming(lib: PathLibrary, { profile, evaluation }: { profile: Profile; evaluation: Evaluation }): PathTime {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const path = lib.pathToPass(profile, evaluation);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (path.approval === null) throw new Error('the bench supplier has no path to approval');
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Rounds in which every size is timed once, sizes in turn, so a neighbour's burst of load slows them alike. */
const ROUNDS = 9;

/** Returns the median of a list of numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Returns the time of the path to a pass at each number of failing criteria, doubling: the best of
 * nine rounds (after a warm-up round) for the wall time and for the CPU time of the process, and per
 * doubling the median over the rounds of the CPU time at twice the criteria against the time just
 * before it in the same round, so that a neighbour's load on a shared machine slows both alike.
 *
 * @example
 * pathScalingCase(lib, false).ratios
 * //=> [2.05, 1.93, 2.21]
 */
export function pathScalingCase(lib: PathLibrary, small: boolean) {
  const sizes = small ? [50, 100, 200, 400] : [250, 500, 1000, 2000];
  const suppliers = sizes.map((failing) => failingSupplier(lib, failing));
  for (const supplier of suppliers) pathTiming(lib, supplier);
  const rounds = Array.from({ length: ROUNDS }, () => suppliers.map((supplier) => pathTiming(lib, supplier)));
  const round = (x: number) => Math.round(x * 100) / 100;
  const ms = sizes.map((_n, i) => round(smallest(rounds.map((r) => (r[i] as PathTime).ms))));
  const cpuMs = sizes.map((_n, i) => round(smallest(rounds.map((r) => (r[i] as PathTime).cpuMs))));
  const ratios = sizes.slice(1).map((_n, i) => round(median(rounds.map((r) => (r[i + 1] as PathTime).cpuMs / (r[i] as PathTime).cpuMs))));
  return { failing: sizes, ms, cpuMs, ratios, worstRatio: ratios.reduce((a, b) => Math.max(a, b), 0) };
}
