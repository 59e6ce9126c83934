import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * `npm run test:fuzz`: the property and adversarial suites with many more runs and a fresh seed
 * (printed on failure; replay with FUZZ_SEED=<seed>), plus the large-input cases the normal suite
 * skips. FUZZ_RUNS sets the runs per property (default 2,000).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/property/**/*.test.ts', 'test/adversarial/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '2000' },
    testTimeout: 600_000,
  },
});
