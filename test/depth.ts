/**
 * How thorough a test run is. `npm test` runs every suite at the light depth (fewer generated cases,
 * property runs and days, the child-process and benchmark suites in a short form), so that every
 * module is exercised in about a minute; `npm run test:slow` (vitest.slow.config.ts) sets
 * TEST_DEPTH=full and runs the heavy suites in full.
 */
export const FULL_DEPTH = process.env.TEST_DEPTH === 'full';

/**
 * Returns `full` in the slow run, else `light`.
 *
 * @example
 * depth(6, 30)
 * //=> 6 under `npm test`, 30 under `npm run test:slow`
 */
export function depth<T>(light: T, full: T): T {
  return FULL_DEPTH ? full : light;
}
