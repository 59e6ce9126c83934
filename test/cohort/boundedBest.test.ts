import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedBest } from '../../src/cohort/boundedBest.js';

describe('boundedBest', () => {
  const desc = (a: number, b: number) => b - a;
  it('keeps the best items, best first', () => {
    const best = boundedBest(3, desc);
    [5, 1, 9, 7, 3, 9].forEach((x) => best.add(x));
    expect(best.values()).toEqual([9, 9, 7]);
    expect(best.size).toBe(3);
    expect(best.limit).toBe(3);
    expect(best.worst()).toBe(7);
  });
  it('keeps everything with an infinite limit and nothing with 0', () => {
    const all = boundedBest(Infinity, desc);
    const none = boundedBest(0, desc);
    [2, 3, 1].forEach((x) => (all.add(x), none.add(x)));
    expect(all.values()).toEqual([3, 2, 1]);
    expect(none.values()).toEqual([]);
    expect(all.worst()).toBe(1);
    expect(none.worst()).toBeUndefined();
  });
  it('equals sorting everything and taking the first items, in any order of arrival', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 20 }), (items, limit) => {
        const best = boundedBest(limit, desc);
        items.forEach((x) => best.add(x));
        expect(best.values()).toEqual([...items].sort(desc).slice(0, limit));
        expect(best.worst()).toBe(best.values().at(-1));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
