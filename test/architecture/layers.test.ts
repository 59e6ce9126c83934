import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The plan's own arithmetic and shapes, which every kind's plan is written with. */
const PLAN_PARTS = ['planParts', 'limit', 'verdict', 'fastContext', 'entryChecks', 'jsonClone'].map((name) => `src/fast/${name}.ts`);

/** The decimal texts of doubles (rounding with an error bound, canonical text): arithmetic on decimals, used by the plan and the statistics alike. */
const DECIMAL_TEXTS = ['decimalText', 'roundedUnits'].map((name) => `src/fast/${name}.ts`);

/**
 * The layers of the library, lowest first. A file may import from its own layer and the layers below
 * it, never from one above, and no chain of imports may come back to where it started. A file belongs
 * to the layer of the longest path below that names it (a folder ends in `/`).
 *
 * Where the code differs from the plain reading (kernel, model, kinds, engine, analysis, domain,
 * locales, adapters), the code has the better shape:
 * - locales sit lowest: the catalogues are tables of sentences that import nothing, and an issue is
 *   worded in both languages when the kernel creates it;
 * - zod issues become the library's issues in the kernel (schemaIssues, fromZodIssues, with the depth
 *   check every schema check starts with), since every layer validates its arguments; the list helpers
 *   (src/lists) import nothing and serve every layer;
 * - the statistics and sampling tables are the standards' own arithmetic: they need only the kernel,
 *   and the kinds decide with them (capability of a measurement, the plan of an attribute inspection);
 * - the model is split around the kinds: the schema parts and the evidence envelope sit below them
 *   (parts); the profile (categories of criteria of every kind), its checks, the readers and the shape
 *   of a result (scoring/evaluation, types only) above them (model);
 * - the gap list and the decisive causes of a result (gaps/gapList, gaps/decisiveCauses) are made by
 *   the engine, with the result;
 * - the schemes build profiles and read evaluations, so they sit beside the analysis, above the engine;
 * - a kind is one folder with its plan, so the plan's arithmetic and shapes (doubles with error
 *   bounds, decimal text, verdicts, the evidence holder) and the shape of an outcome sit below the
 *   kinds, with the parts; the registry of kinds is in the kinds layer, and every stage above reads it.
 */
const LAYERS: ReadonlyArray<readonly [layer: string, paths: readonly string[]]> = [
  ['locales', ['src/locales/']],
  ['kernel', [...DECIMAL_TEXTS, 'src/decimal.ts', 'src/dates/', 'src/units/', 'src/errors/', 'src/lists/', 'src/schema/schemaIssues.ts', 'src/schema/fromZodIssues.ts', 'src/schema/fieldNames.ts', 'src/schema/depthIssues.ts']],
  ['domain', ['src/stats/', 'src/sampling/']],
  ['parts', ['src/schema/primitives.ts', 'src/schema/criterionBase.ts', 'src/schema/evidence.ts', 'src/criteria/outcome.ts', ...PLAN_PARTS]],
  ['kinds', ['src/kinds/', 'src/criteria/']],
  ['model', ['src/schema/', 'src/parse/', 'src/scoring/evaluation.ts']],
  ['engine', ['src/evaluate.ts', 'src/screen.ts', 'src/scoring/', 'src/fast/', 'src/gaps/gapList.ts', 'src/gaps/decisiveCauses.ts']],
  ['analysis', ['src/gaps/', 'src/cohort/', 'src/lint/', 'src/schemes/']],
  ['adapters', ['src/report/', 'src/sheets/', 'src/testing/', 'src/authoring/', 'src/global.ts', 'src/global.full.ts', 'src/index.ts', 'cli/']],
];

/**
 * Import cycles that exist today and are known, each as the exact set of files that import one
 * another. The test fails when one of them changes or disappears, so the list can only shrink: remove
 * an entry once its cycle is gone.
 */
const KNOWN_CYCLES: ReadonlyArray<{ readonly why: string; readonly files: readonly string[] }> = [
];

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The sources of the package's public entries: `.` is src/index.ts, `./stats` is src/stats/index.ts. */
const packageExports = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
const PUBLIC_ENTRIES = Object.entries(packageExports)
  .filter(([, target]) => typeof target === 'object')
  .map(([entry]) => (entry === '.' ? 'src/index.ts' : `src/${entry.slice(2)}/index.ts`));

/**
 * Internal modules the command line still reads, each as `cli file -> src file`. The JSON Schema
 * generator walks the schemas themselves (the kinds' evidence schemas, the decimal and date schemas)
 * to write schema/*.json, and the CSV and queue readers use two list helpers (appending a long list
 * without spreading it, the largest of a long list), and the options reader the closest known name for
 * a mistyped one, and the command line's sentences and help sit in the catalogues beside the
 * library's (one catalogue per language); none of that is for users. The test fails when
 * one of them goes away, so the list can only shrink.
 */
const KNOWN_INNER_IMPORTS: readonly string[] = [
  'cli/args.ts -> src/errors/closestName.ts',
  'cli/help.ts -> src/locales/en.ts',
  'cli/help.ts -> src/locales/id.ts',
  'cli/messages.ts -> src/locales/en.ts',
  'cli/messages.ts -> src/locales/id.ts',
  'cli/csvProfile.ts -> src/lists/appendAll.ts',
  'cli/csvProfile.ts -> src/lists/largest.ts',
  'cli/queue/shards.ts -> src/lists/appendAll.ts',
  'cli/jsonSchema.ts -> src/criteria/criterion.ts',
  'cli/jsonSchema.ts -> src/schema/evidence.ts',
  'cli/jsonSchema.ts -> src/schema/primitives.ts',
  'cli/jsonSchema.ts -> src/schema/profile.ts',
];

/** Every .ts file under a folder, as a path from the repository root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The files a file imports or re-exports from (type imports too), as paths from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...Array.from(text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gms), (m) => m[1] as string),
    ...Array.from(text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm), (m) => m[1] as string),
    ...Array.from(text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g), (m) => m[1] as string),
  ];
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const target = resolve(dirname(join(root, file)), specifier.replace(/\.js$/, '.ts'));
      const found = existsSync(target) ? target : join(resolve(dirname(join(root, file)), specifier), 'index.ts');
      return relative(root, found).split('\\').join('/');
    });
}

/** The index of a file's layer, or -1 when no layer names it. */
function layerOf(file: string): number {
  let best = -1;
  let length = -1;
  LAYERS.forEach(([, paths], index) => {
    for (const path of paths) {
      const names = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (names && path.length > length) [best, length] = [index, path.length];
    }
  });
  return best;
}

/** The strongly connected parts of the import graph with more than one file (Tarjan), files sorted. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) as number, order.get(next) as number));
    }
    if (low.get(file) !== order.get(file)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      part.push(member);
    } while (member !== file);
    if (part.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(part.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return found.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

const files = [...sourceFiles('src'), ...sourceFiles('cli')];
const graph = new Map(files.map((file) => [file, importsOf(file)] as const));

describe('the layers of the library', () => {
  it('name every file of src/ and cli/', () => {
    expect(files.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('are never imported upwards: a file imports only from its own layer and those below', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const [from, to] = [layerOf(file), layerOf(target)];
        if (to > from) upward.push(`${file} (${LAYERS[from]?.[0]}) imports ${target} (${LAYERS[to]?.[0]})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('have no import cycle but the known ones, and every known one still exists as listed', () => {
    expect(cycles(graph)).toEqual(KNOWN_CYCLES.map((cycle) => [...cycle.files].sort()));
  });

  it('let the command line import only the public entries of the package', () => {
    const inner = [...graph]
      .filter(([file]) => file.startsWith('cli/'))
      .flatMap(([file, targets]) => targets.filter((target) => target.startsWith('src/') && !PUBLIC_ENTRIES.includes(target)).map((target) => `${file} -> ${target}`));
    expect([...new Set(inner)].sort()).toEqual([...KNOWN_INNER_IMPORTS].sort());
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through three files and leaves a chain alone', () => {
    const sample = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cycles(sample)).toEqual([['a', 'b', 'c']]);
  });
});
