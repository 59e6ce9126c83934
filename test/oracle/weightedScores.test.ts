import { describe, expect, it } from 'vitest';
import { defineProfile } from '../../src/index.js';
import { toDecimal } from '../../src/decimal.js';
import { weightedScores } from './weightedScores.js';

const check = (id: string, weight: number) => ({ kind: 'check', id, title: id, causeFamily: 'method', weight }) as const;
const profile = defineProfile({
  id: 'p',
  version: '1',
  title: 'P',
  component: { name: 'X' },
  categories: [
    { id: 'a', title: 'A', weight: 3, criteria: [check('a1', 2), check('a2', 1)] },
    { id: 'b', title: 'B', weight: 1, criteria: [check('b1', 1)] },
  ],
});

describe('weightedScores', () => {
  it('is the weighted mean of weighted means, exactly', () => {
    const s = weightedScores(profile, [100, 50, 0].map(toDecimal), ['pass', 'partial', 'fail']);
    // a = (2×100 + 50)/3 = 83.33…; total = (3 × 83.33… + 0)/4 = 62.5
    expect(s.overall.toString()).toBe('62.5');
    expect(s.categories[0]?.score?.toFixed(6)).toBe('83.333333');
    expect(s.shares.map((d) => d.toFixed(4))).toEqual(['0.5000', '0.2500', '0.2500']);
  });

  it('drops not-applicable criteria and empty categories from the denominators', () => {
    const s = weightedScores(profile, [100, 0, 0].map(toDecimal), ['pass', 'not-applicable', 'not-applicable']);
    expect(s.overall.toString()).toBe('100');
    expect(s.categories[1]?.score).toBeNull();
    expect(s.shares.map((d) => d.toString())).toEqual(['1', '0', '0']);
  });
});
