import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
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
