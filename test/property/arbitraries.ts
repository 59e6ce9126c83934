/**
 * fast-check generators for valid requirement profiles of every criterion kind and matching audit
 * evidence (entries given, missing, not applicable), plus the run settings of the property suite.
 *
 * Run settings: `npm test` runs every property with a fixed seed and a fifth of its runs, `npm run
 * test:slow` all of them (see test/depth.ts);
 * `npm run test:fuzz` sets FUZZ_RUNS (runs per property) and may set FUZZ_SEED (else a fresh seed,
 * printed by fast-check on failure, so any failure can be replayed with FUZZ_SEED=<seed>).
 *
 * A kind's generators are in test/kinds/<kind>/arbitrary.ts (`export const arbitrary`), found here by
 * folder name; test/property/kindCatalogue.test.ts fails while a kind of the registry has none.
 */
/// <reference types="vite/client" />
import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { addCalendarDays } from '../../src/dates/addCalendarDays.js';
import { type CriterionKind } from '../../src/index.js';
import { KIND_NAMES } from '../../src/kinds/registry.js';
import { depth } from '../depth.js';
import { calendarDate, compact, maybe, type Json, type KindArbitraries } from './arbitraryParts.js';

// ---------------------------------------------------------------------------------------------------
// Run settings

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? '');
/** Runs per property in fuzz mode (0 outside it). */
export const FUZZ_RUNS = Number.isInteger(fuzzRuns) && fuzzRuns > 0 ? fuzzRuns : 0;
/** The fixed seed of `npm test`. */
export const SEED = 20261128;
const fuzzSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Number.NaN;

/**
 * Returns fast-check parameters: `runs` with the fixed seed in the suite; FUZZ_RUNS (scaled by
 * `fuzzShare` for expensive properties) with FUZZ_SEED or a fresh seed in fuzz mode.
 */
export function settings(runs: number, fuzzShare = 1): { numRuns: number; seed: number } {
  if (FUZZ_RUNS === 0) return { numRuns: depth(Math.max(10, Math.round(runs / 5)), runs), seed: SEED };
  const seed = Number.isInteger(fuzzSeed) ? fuzzSeed : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  return { numRuns: Math.max(runs, Math.round(FUZZ_RUNS * fuzzShare)), seed };
}

// ---------------------------------------------------------------------------------------------------
// Criterion kinds: each a criterion generator and an evidence-entry generator, in test/kinds/<kind>/arbitrary.ts

export { calendarDate, compact, fixed, type KindArbitraries } from './arbitraryParts.js';

/**
 * The generators of each kind, by the name of its folder under test/kinds/: every folder with an
 * arbitrary.ts, found on disk and imported, so the generators load the same under Vitest and under
 * plain Node (the time-zone suite runs this module in child processes).
 */
const kindsFolder = new URL('../kinds/', import.meta.url);
const generators = Object.fromEntries(
  await Promise.all(
    readdirSync(kindsFolder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/arbitrary.ts`, kindsFolder)))
      .map(async (entry) => [entry.name, ((await import(new URL(`${entry.name}/arbitrary.ts`, kindsFolder).href)) as { arbitrary: KindArbitraries }).arbitrary] as const),
  ),
);

/** The kinds of the registry that have no generators (none, checked by test/property/kindCatalogue.test.ts). */
export const KINDS_WITHOUT_GENERATORS = KIND_NAMES.filter((kind) => !Object.hasOwn(generators, kind));

/** The folders with generators that are no kind of the registry (none, checked too). */
export const GENERATORS_WITHOUT_KIND = Object.keys(generators).filter((name) => !(KIND_NAMES as readonly string[]).includes(name));

/** Every criterion kind with its generators, in registry order. */
export const kindCatalogue = Object.fromEntries(KIND_NAMES.flatMap((kind) => (generators[kind] ? [[kind, generators[kind]]] : []))) as Record<CriterionKind, KindArbitraries>;

export const KINDS = Object.keys(kindCatalogue) as CriterionKind[];

/** Returns a deep copy of a generated profile's categories with their criteria linked by each kind that links criteria. */
function linkedCriteria(generated: Json[]): Json[] {
  const categories = JSON.parse(JSON.stringify(generated)) as Json[];
  const criteria = categories.flatMap((category) => category.criteria as Json[]);
  for (const kind of KINDS) kindCatalogue[kind].link?.(criteria);
  return categories;
}


// ---------------------------------------------------------------------------------------------------
// Profiles

/** Options for generated profiles. */
export interface ProfileOptions {
  /** Only the given kinds (default: all). */
  readonly kinds?: readonly CriterionKind[];
  /**
   * Rules whose conditions only ever look at bad results (status fail or missing, low points, low
   * scores), so that a better result can never make a rule fire. For the monotonicity properties.
   */
  readonly monotoneRules?: boolean;
  readonly maxCategories?: number;
  readonly maxCriteria?: number;
}

const ID_SUFFIXES = ['', '', '', '-é', '_x', '.1', ' a', '/b'];

function gradesArb(): fc.Arbitrary<Json[] | undefined> {
  return fc.option(
    fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
      .chain((mins) =>
        // Decisions never better for a lower grade (the profile refuses that): a falling staircase.
        fc.array(fc.nat(2), { minLength: mins.length + 1, maxLength: mins.length + 1 }).map((steps) => {
          const sorted = [...mins].sort((a, b) => b - a).concat(0);
          const decisions = ['approved', 'conditional', 'rejected'];
          let level = 0;
          return sorted.map((min, i) => {
            level = Math.max(level, steps[i] as number);
            // Leave the decision out where the default (approved, conditional, then rejected) is the same.
            const fallback = Math.min(i, 2);
            return compact({ grade: 'ABCDE'[i] as string, min: String(min), decision: level === fallback && i % 2 === 0 ? undefined : decisions[level] });
          });
        }),
      ),
    { nil: undefined },
  );
}

function ruleArb(id: string, criteria: string[], categories: string[], grades: string[], monotone: boolean): fc.Arbitrary<Json> {
  const statuses = monotone ? ['fail', 'missing'] : ['pass', 'partial', 'fail', 'not-applicable', 'missing'];
  const effect = fc
    .record({ capGrade: maybe(fc.constantFrom(...grades)), capDecision: maybe(fc.constantFrom('conditional', 'rejected')) })
    .map((then) => (then.capGrade === undefined && then.capDecision === undefined ? { capDecision: 'conditional' } : compact(then)));
  const when = fc.oneof(
    fc
      .record({
        status: maybe(fc.subarray(statuses, { minLength: 1 })),
        severity: maybe(fc.subarray(['critical', 'major', 'minor'], { minLength: 1 })),
        kind: maybe(fc.subarray(KINDS, { minLength: 1 })),
        star: maybe(fc.boolean()),
        pointsAtMost: maybe(fc.integer({ min: 0, max: 10 })),
        scoreBelow: maybe(fc.integer({ min: 1, max: 100 }).map(String)),
        criteria: maybe(fc.subarray(criteria, { minLength: 1 })),
        categories: maybe(fc.subarray(categories, { minLength: 1 })),
        atLeast: maybe(fc.integer({ min: 1, max: 3 })),
      })
      .map((c) => {
        const condition = compact({ type: 'criteria', ...c });
        // A monotone rule needs a condition that only bad results meet.
        if (monotone && c.status === undefined && c.pointsAtMost === undefined && c.scoreBelow === undefined) condition.status = ['fail'];
        return condition;
      }),
    fc.record({ below: fc.integer({ min: 1, max: 100 }).map(String), categories: maybe(fc.subarray(categories, { minLength: 1 })) }).map((c) => compact({ type: 'category-score', ...c })),
    fc.record({ below: fc.integer({ min: 1, max: 100 }).map(String) }).map((c) => ({ type: 'score', ...c })),
  );
  return fc.record({ when, then: effect, title: maybe(fc.constant('Buyer rule')) }).map((r) => compact({ id, ...r }));
}

/** A valid requirement profile (unparsed JSON) with criteria of the given kinds. */
export function profileArb(options: ProfileOptions = {}): fc.Arbitrary<Json> {
  const kinds = options.kinds ?? KINDS;
  return fc
    .record({
      shape: fc.array(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: options.maxCriteria ?? 5 }), {
        minLength: 1,
        maxLength: options.maxCategories ?? 3,
      }),
      suffix: fc.constantFrom(...ID_SUFFIXES),
    })
    .chain(({ shape, suffix }) => {
      let n = 0;
      const categories = shape.map((kindsHere, c) =>
        fc
          .record({
            criteria: fc.tuple(...kindsHere.map((kind) => kindCatalogue[kind].criterion(`k${n++}${suffix}`))),
            weight: fc.constantFrom<string | number | undefined>(undefined, '1', 2, '0.5', c === 0 ? '1' : '0'),
            minScore: fc.option(fc.integer({ min: 0, max: 90 }).map(String), { nil: undefined, freq: 1 }),
          })
          .map(({ criteria, weight, minScore }) => {
            // Every category needs a positive weight somewhere among its criteria.
            const first = criteria[0] as Json;
            if (criteria.every((k) => String(k.weight ?? '1') === '0')) first.weight = '1';
            return compact({ id: `cat-${c}`, title: `Category ${c}`, weight, minScore, criteria });
          }),
      );
      return fc.tuple(fc.tuple(...categories), gradesArb()).chain(([cats, grades]) => {
        const criteriaIds = cats.flatMap((cat) => (cat.criteria as Json[]).map((k) => k.id as string));
        const categoryIds = cats.map((cat) => cat.id as string);
        const gradeNames = (grades ?? [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }]).map((g) => g.grade as string);
        return fc
          .record({
            places: maybe(fc.integer({ min: 0, max: 4 })),
            decision: maybe(
              fc
                .record({
                  missingEvidence: maybe(fc.constantFrom('incomplete', 'fail')),
                  belowCategoryMinimum: maybe(fc.constantFrom('conditional', 'rejected')),
                  reauditDays: maybe(fc.integer({ min: 0, max: 400 })),
                })
                .map(compact),
            ),
            rules: fc.array(fc.nat(), { maxLength: 3 }).chain((ns) =>
              fc.tuple(...ns.map((_, r) => ruleArb(`rule-${r}`, criteriaIds, categoryIds, gradeNames, options.monotoneRules ?? false))),
            ),
          })
          .map(({ places, decision, rules }) => {
            // All categories at weight 0 would leave no score: give the first one weight.
            if (cats.every((cat) => String(cat.weight ?? '1') === '0')) (cats[0] as Json).weight = '1';
            const linked = linkedCriteria(cats);
            return compact({
              id: 'generated',
              version: '1',
              title: 'Generated profile',
              component: { name: 'Injector body' },
              places,
              categories: linked,
              grades,
              decision,
              rules: rules.length > 0 ? rules : undefined,
            });
          });
      });
    });
}

/** The criteria of a generated profile, in profile order. */
export function criteriaOf(profile: Json): Json[] {
  return (profile.categories as Json[]).flatMap((category) => category.criteria as Json[]);
}

// ---------------------------------------------------------------------------------------------------
// Evidence and whole cases

/**
 * Evidence for a generated profile: each criterion answered (most of the time) or missing. A share of
 * suppliers is good (every entry meets its requirement), a share mixed, the rest anything.
 */
export function evidenceArb(profile: Json, options: { missing?: boolean } = {}): fc.Arbitrary<Json> {
  const criteria = criteriaOf(profile);
  return fc.tuple(calendarDate, fc.constantFrom(0, 0.7, 1)).chain(([auditDate, goodShare]) =>
    fc
      .record({
        entries: fc.tuple(
          ...criteria.map((criterion) => {
            const entryOf = (good: boolean) => kindCatalogue[criterion.kind as CriterionKind].entry(criterion, auditDate, good);
            const entry = goodShare === 0 ? entryOf(false) : goodShare === 1 ? entryOf(true) : fc.oneof({ weight: 7, arbitrary: entryOf(true) }, { weight: 3, arbitrary: entryOf(false) });
            return options.missing === false ? entry : fc.option(entry, { nil: undefined, freq: goodShare === 1 ? 20 : 6 });
          }),
        ),
        unknown: fc.option(fc.constant({ criterion: 'not-in-profile', value: true }), { nil: undefined, freq: 8 }),
        auditor: maybe(fc.constant('Budi Santoso')),
      })
      .map(({ entries, unknown, auditor }) =>
        compact({
          supplier: { id: 'cv-maju', name: 'CV Maju Jaya', region: 'Bekasi' },
          auditDate,
          auditor,
          entries: [...entries, unknown].filter((e) => e !== undefined),
        }),
      ),
  );
}

/** A profile, evidence for it and the evaluation options. */
export interface Case {
  readonly profile: Json;
  readonly evidence: Json;
  readonly options: { at?: string };
}

/** A valid case: a generated profile, evidence for it, and sometimes an evaluation date after the audit. */
export function caseArb(options: ProfileOptions & { missing?: boolean } = {}): fc.Arbitrary<Case> {
  return profileArb(options).chain((profile) =>
    evidenceArb(profile, options).chain((evidence) =>
      fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }).map((after) => ({
        profile,
        evidence,
        options: after === undefined ? {} : { at: addCalendarDays(evidence.auditDate as string, after) },
      })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Hostile values and mutations

/** Values that are not what a field wants, for mutating valid input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e999,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '0x10',
    '1e3',
    '',
    '  ',
    '\u00a0',
    '１２',
    '2026-02-30',
    '2026-13-01',
    '2026-11-28T24:00',
    '2026-11-28T00:00:00+14:00',
    '__proto__',
    'constructor',
    'prototype',
    null,
    true,
    [],
    {},
    'x'.repeat(5000),
    '9'.repeat(401),
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path into a JSON value (objects and arrays), the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** A deep copy of a JSON value with the value at `path` replaced, deleted (`remove`) or given an extra key. */
function mutateAt(value: unknown, path: (string | number)[], how: 'replace' | 'remove' | 'add', replacement: unknown, key: string): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return how === 'replace' ? replacement : copy;
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) {
    // A path through a key the copy does not keep (an own `__proto__` added by an earlier step) leaves the copy as it is.
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const last = path[path.length - 1] as string | number;
  const holder = parent as Record<string | number, unknown>;
  if (how === 'replace') holder[last] = replacement;
  else if (how === 'remove') {
    if (Array.isArray(holder)) holder.splice(last as number, 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
    else holder[last] = replacement;
  }
  return copy;
}

/** A valid JSON value changed in one to three places: a value replaced, a key removed, a key added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const step = fc.record({
    pick: fc.nat(),
    how: fc.constantFrom('replace' as const, 'replace' as const, 'remove' as const, 'add' as const),
    replacement: hostileValue,
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'kind', 'notApplicable', 'values'),
  });
  return fc.tuple(valid, fc.array(step, { minLength: 1, maxLength: 3 })).map(([value, steps]) => {
    let current: unknown = value;
    for (const { pick, how, replacement, key } of steps) {
      const paths = pathsOf(current);
      current = mutateAt(current, paths[pick % paths.length] as (string | number)[], how, replacement, key);
    }
    return current;
  });
}

/**
 * Returns a generated profile without its empty `effort: {}` objects: no cell can mark an empty object
 * as given, so the tabular writers refuse it (tested in test/sheets/profileToSheets.test.ts); every
 * other field goes through sheets and CSV.
 */
export function carriable(input: Json): Json {
  const categories = (input.categories as Json[]).map((category) => ({
    ...category,
    criteria: (category.criteria as Json[]).map(({ effort, ...criterion }) =>
      effort && Object.keys(effort as Json).length > 0 ? { ...criterion, effort } : criterion,
    ),
  }));
  return { ...input, categories };
}
