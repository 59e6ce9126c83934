import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: every suite at the light depth (test/depth.ts), the `*.slow.test.ts` suites left to
 * `npm run test:slow`. Test files share their workers' module cache (`isolate: false`): no suite mocks
 * modules or leaves global state behind (a suite that changes the time zone puts it back), and loading
 * the library once per worker instead of once per file is most of the suite's time saved.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^supplier-quality$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^supplier-quality\/(.*)$/, replacement: fileURLToPath(new URL('./src/$1/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.slow.test.ts'],
    isolate: false,
    testTimeout: 60_000,
  },
});
