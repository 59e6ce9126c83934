/**
 * Prints what the global bundles are made of: each bundle's minified bytes, then the bytes each group
 * of sources adds to it (a folder of src/, a file at the top of src/, or an npm package), from
 * esbuild's metafile with the settings of `globalBuild` in tsup.config.ts. The figures in
 * docs/sheets.md "Bundle size" come from here. Run with `npx tsx scripts/bundleSize.ts`, or with
 * `--files` for the twenty largest files of each bundle.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { slimDecimal } from './slimDecimal.js';

const BUNDLES = { 'supplier-quality.global.js': 'src/global.ts', 'supplier-quality.full.global.js': 'src/global.full.ts' } as const;

/**
 * Returns the group a bundled source belongs to: `zod`, `decimal.js`, `date-fns`… for a package,
 * `src/kinds`… for a folder of the library, `src/evaluate.ts`… for a file at its top.
 *
 * @example
 * [groupOf('node_modules/zod/v4/core/schemas.js'), groupOf('src/kinds/metric/plan.ts'), groupOf('src/screen.ts')]
 * //=> ['zod', 'src/kinds', 'src/screen.ts']
 */
export function groupOf(path: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (npm) return npm[1] as string;
  const at = path.indexOf('src/');
  return at < 0 ? path : path.slice(at).split('/').slice(0, 2).join('/');
}

/**
 * Returns esbuild's options for a global bundle, as `globalBuild` in tsup.config.ts sets them: one
 * minified IIFE defining `SupplierQuality`, UTF-8, decimal.js slimmed (scripts/slimDecimal.ts).
 *
 * @example
 * await build({ ...globalBundleOptions(), entryPoints: ['src/global.ts'], outdir: 'out' })
 */
export function globalBundleOptions(): BuildOptions {
  return { bundle: true, format: 'iife', globalName: 'SupplierQuality', minify: true, target: 'es2020', platform: 'browser', charset: 'utf8', plugins: [slimDecimal()] };
}

/** Returns the minified bytes of a global bundle and the bytes each group adds to it, largest first. */
export async function bundleGroups(entry: string): Promise<{ bytes: number; groups: [string, number][]; files: [string, number][] }> {
  const result = await build({ ...globalBundleOptions(), entryPoints: [entry], metafile: true, write: false, outdir: 'dist', logLevel: 'silent' });
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  const groups = new Map<string, number>();
  const files: [string, number][] = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytesInOutput);
    files.push([path.slice(Math.max(0, path.indexOf('src/'))), bytesInOutput]);
  }
  const bySize = (a: [string, number], b: [string, number]) => b[1] - a[1];
  return { bytes: output.bytes, groups: [...groups].sort(bySize), files: files.sort(bySize) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, entry] of Object.entries(BUNDLES)) {
    const { bytes, groups, files } = await bundleGroups(entry);
    console.log(`\n${name} (${entry}): ${bytes.toLocaleString('en')} bytes minified`);
    for (const [group, size] of groups) if (size > 0) console.log(`${size.toLocaleString('en').padStart(9)}  ${group}`);
    if (process.argv.includes('--files')) {
      console.log('  largest files:');
      for (const [file, size] of files.slice(0, 20)) console.log(`${size.toLocaleString('en').padStart(9)}  ${file}`);
    }
  }
}
