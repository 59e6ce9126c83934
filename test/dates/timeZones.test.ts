import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = "import { evaluateExamples } from './examples/pump-injector/demo.ts'; process.stdout.write(JSON.stringify(evaluateExamples()));";

function evaluationsIn(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
}

describe('time zones', () => {
  it('gives byte-identical evaluations in UTC+14, UTC−8 and UTC', () => {
    const kiritimati = evaluationsIn('Pacific/Kiritimati');
    expect(evaluationsIn('America/Los_Angeles')).toBe(kiritimati);
    expect(evaluationsIn('UTC')).toBe(kiritimati);
    expect(JSON.parse(kiritimati)).toHaveLength(3);
  });
});
