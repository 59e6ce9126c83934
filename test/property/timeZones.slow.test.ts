import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, SEED } from './arbitraries.js';
import { depth } from '../depth.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./evaluateGenerated.ts', import.meta.url));
// In fuzz mode a fresh seed and more cases; in the suite a fixed seed and a few dozen cases.
const seed = FUZZ_RUNS > 0 ? (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000) : SEED;
const count = FUZZ_RUNS > 0 ? Math.max(60, Math.round(FUZZ_RUNS / 5)) : depth(12, 60);

async function evaluationsIn(timeZone: string): Promise<{ zone: string; evaluations: unknown[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, String(seed), String(count)], {
    cwd: root,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { zone: string; evaluations: unknown[] };
}

describe('time zones', () => {
  it(`gives the same evaluations of ${count} generated cases in UTC+14 and UTC−8 (seed ${seed})`, async () => {
    // Both child processes at once.
    const [east, west] = await Promise.all([evaluationsIn('Pacific/Kiritimati'), evaluationsIn('America/Los_Angeles')]);
    // The child processes really ran in those zones.
    expect([east.zone, west.zone]).toEqual(['Pacific/Kiritimati', 'America/Los_Angeles']);
    expect(east.evaluations).toHaveLength(count);
    expect(JSON.stringify(west.evaluations)).toBe(JSON.stringify(east.evaluations));
  });
});
