import { defineConfig, type Options } from 'tsup';
import { slimDecimal } from './scripts/slimDecimal.js';

/**
 * The library: ESM and CJS with types, the root entry and the subpath entries. The testing helpers are
 * their own entry, so the root entry never loads them (or Vitest's types).
 */
export const libraryBuild: Options = {
  entry: {
    index: 'src/index.ts',
    'stats/index': 'src/stats/index.ts',
    'sampling/index': 'src/sampling/index.ts',
    'schemes/index': 'src/schemes/index.ts',
    'report/index': 'src/report/index.ts',
    'authoring/index': 'src/authoring/index.ts',
    'sheets/index': 'src/sheets/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
};

/**
 * The global bundles `SupplierQuality` for spreadsheet script hosts and plain pages, each one minified
 * IIFE with zod and decimal.js (without the methods the library never calls, see scripts/slimDecimal.ts)
 * inlined: the core (`supplier-quality.global.js`: the root entry's evaluation API and `sheets`, held
 * to its size budget by test/sheets/globalBundle.test.ts) and the full bundle
 * (`supplier-quality.full.global.js`: the core and every other subpath entry but `testing`), loaded
 * instead of the core. UTF-8 output keeps non-ASCII text (↓, –, Indonesian sentences) at its own size.
 */
export const globalBuild: Options = {
  entry: { 'supplier-quality.global': 'src/global.ts', 'supplier-quality.full.global': 'src/global.full.ts' },
  format: ['iife'],
  globalName: 'SupplierQuality',
  minify: true,
  noExternal: [/.*/],
  target: 'es2020',
  platform: 'browser',
  outExtension: () => ({ js: '.js' }),
  esbuildPlugins: [slimDecimal()],
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

/**
 * The command line: Node only, ESM, the library's dependencies left to the package's install; its CSV
 * reader (csv-parse, a dev dependency) bundled in, so the package's runtime dependencies stay zod and
 * decimal.js. `bullmq` (an optional peer dependency) is imported only by the queue commands, at run time.
 */
export const cliBuild: Options = {
  entry: { cli: 'cli/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  noExternal: ['csv-parse'],
  external: ['bullmq'],
};

export default defineConfig([libraryBuild, globalBuild, cliBuild]);
