/** The `lint` command, run in this process through `main`. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { memoryIO } from './fixtures/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const profile = JSON.parse(readFileSync(join(root, 'examples/pump-injector/profile.json'), 'utf8')) as { categories: unknown[] };
const dir = mkdtempSync(join(tmpdir(), 'sq-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const suspicious = join(dir, 'suspicious.json');
writeFileSync(
  suspicious,
  JSON.stringify({
    ...profile,
    categories: [...profile.categories, { id: 'legal', title: 'Legal', weight: 0, criteria: [{ kind: 'check', id: 'nib', title: 'Business licence', severity: 'critical', causeFamily: 'method' }] }],
  }),
);
const invalid = join(dir, 'invalid.json');
writeFileSync(invalid, JSON.stringify({ ...profile, grades: [{ grade: 'A', min: 90 }, { grade: 'B', min: 95 }, { grade: 'C', min: 10 }] }));

async function run(args: string[], stdin = '') {
  const io = memoryIO(root, stdin);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('supplier-quality lint', () => {
  it('exits 0 for a profile without warnings', async () => {
    expect(await run(['lint', 'examples/pump-injector/profile.json'])).toEqual({ code: 0, stdout: 'pump-injector-jp250 2026.1: no warnings.\n', stderr: '' });
  });

  it('exits 1 and prints a line per warning, in English or Bahasa Indonesia', async () => {
    const en = await run(['lint', suspicious]);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe(
      'categories[4].weight: Category "Legal" carries no weight (its weight is 0): its criteria cannot change the score; only knock-outs and rules act on them. [category_weightless]\n' +
        'pump-injector-jp250 2026.1: 1 warning.\n',
    );
    const id = await run(['lint', suspicious, '--lang', 'id']);
    expect(id.stdout.split('\n')[1]).toBe('pump-injector-jp250 2026.1: 1 peringatan.');
  });

  it('leaves out ignored codes and writes JSON', async () => {
    expect((await run(['lint', suspicious, '--ignore', 'category_weightless'])).code).toBe(0);
    const json = await run(['lint', suspicious, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { profile: unknown; warnings: { code: string; path: string }[] };
    expect(report.profile).toEqual({ id: 'pump-injector-jp250', version: '2026.1' });
    expect(report.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['categories[4].weight category_weightless']);
  });

  it('reads standard input', async () => {
    expect((await run(['lint', '-'], readFileSync(suspicious, 'utf8'))).code).toBe(1);
  });

  it('exits 2 with the problems of an invalid profile, or a usage error', async () => {
    const bad = await run(['lint', invalid]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('grades[1].min');
    const usage = await run(['lint', suspicious, '--ignore', 'no_such_code']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--ignore takes lint codes');
    expect((await run(['lint'])).code).toBe(2);
    expect((await run(['lint', '--help'])).stdout).toContain('Usage: supplier-quality lint <profile>');
  });
});
