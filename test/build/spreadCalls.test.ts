import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles, spreadCalls } from './spreadCalls.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('calls', () => {
  it('never take a list spread into their arguments (a long list overflows the stack)', () => {
    const found = ['src', 'cli'].flatMap((dir) => sourceFiles(`${root}${dir}`)).flatMap(spreadCalls);
    expect(found.map((place) => place.slice(root.length))).toEqual([]);
  });

  it('the check finds such calls and leaves rest parameters and literals alone', () => {
    const file = fileURLToPath(new URL('./fixtures/spreads.ts.txt', import.meta.url));
    expect(spreadCalls(file).map((place) => place.slice(file.length + 1))).toEqual(['2', '3', '4']);
  });
});
