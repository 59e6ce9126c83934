import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Turns `expression; //=> value` lines of a README code block into checks, then runs the block. */
function runBlock(code: string): string {
  const body = code
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(line);
      return match ? `${match[1]}__check(${JSON.stringify(match[2])}, ${match[2]}, ${match[3]});` : line;
    })
    .join('\n');
  const program = `${body}
function __check(text: string, actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(text + ' gave ' + JSON.stringify(actual) + ', the README says ' + JSON.stringify(expected));
  console.log('ok ' + text);
}`;
  mkdirSync(`${root}/.tmp`, { recursive: true });
  const file = `${root}/.tmp/readme-example.ts`;
  writeFileSync(file, program);
  return execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
}

describe('README', () => {
  const readme = readFileSync(`${root}/README.md`, 'utf8');

  it('has a TypeScript example whose results are what it says', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const out = runBlock(block as string);
    expect(out.match(/^ok /gm)?.length).toBeGreaterThanOrEqual(2);
  });

  it('gives exactly the two set-up commands', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test ');
  });
});
