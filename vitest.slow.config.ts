import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * `npm run test:slow`: the heavy suites in full (TEST_DEPTH=full, see test/depth.ts): the time-zone
 * suites in child processes, the benchmark harness in its small mode, the fast-route equivalence and
 * property suites with all their generated cases, and every day from 0001 to 9999. `npm test` runs a
 * light version of each.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/**/*.slow.test.ts',
      'test/property/**/*.test.ts',
      'test/fast/evaluateFast.test.ts',
      'test/fast/matchFast.test.ts',
      'test/gaps/pathToPass.test.ts',
      'test/gaps/closingState.test.ts',
      'test/dates/calendarDate.test.ts',
    ],
    exclude: ['**/node_modules/**'],
    env: { TEST_DEPTH: 'full' },
    testTimeout: 240_000,
  },
});
