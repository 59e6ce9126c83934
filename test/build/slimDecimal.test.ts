import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REMOVED_DECIMAL_NAMES, slimDecimalSource } from '../../scripts/slimDecimal.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('slimDecimal (global bundle only)', () => {
  it('removes each method once from the installed decimal.js and keeps a loadable module', async () => {
    const source = readFileSync(join(root, 'node_modules/decimal.js/decimal.mjs'), 'utf8');
    const slim = slimDecimalSource(source);
    expect(slim.length).toBeLessThan(source.length * 0.8);
    const url = `data:text/javascript;base64,${Buffer.from(slim).toString('base64')}`;
    const { default: Decimal } = (await import(url)) as { default: { clone(o: object): new (v: string) => { plus(v: string): { toFixed(): string }; sqrt?: unknown } } };
    const D = Decimal.clone({ precision: 50 });
    expect(new D('10.05').plus('0.1').toFixed()).toBe('10.15');
    expect(new D('2').sqrt).toBeUndefined();
  });

  it('leaves out nothing the library calls: no source file calls a removed Decimal method', () => {
    const names = REMOVED_DECIMAL_NAMES.join('|');
    const call = new RegExp(`(?<!Math)\\.(${names})\\(`);
    const offenders = files(join(root, 'src')).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.slice(root.length)}:${i + 1}` }))
        .filter(({ line }) => call.test(line) && !/^\s*(\*|\/\/)/.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
