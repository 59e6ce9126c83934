import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The testing helpers are a separate entry so the main entry never loads them (or Vitest's types).
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { 'supplier-quality.global': 'src/index.ts' },
    format: ['iife'],
    globalName: 'SupplierQuality',
    minify: true,
    noExternal: [/.*/],
    target: 'es2020',
    platform: 'browser',
    outExtension: () => ({ js: '.js' }),
  },
]);
