import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:queue`: cohorts on a BullMQ queue, against a real `redis-server` (which must be installed). */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/**/*.queue.ts'], testTimeout: 300_000, hookTimeout: 180_000 },
});
