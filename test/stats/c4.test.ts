import { describe, expect, it } from 'vitest';
import { C4_PRINTED, c4 } from '../../src/stats/c4.js';
import { c4Exact } from '../../src/stats/c4Exact.js';
import { issuesOf } from './helpers.js';

/** standards §3.3 table, c4 column, as printed (n = 2..25). */
const PRINTED: Record<number, string> = {
  2: '0.7979', 3: '0.8862', 4: '0.9213', 5: '0.9400', 6: '0.9515', 7: '0.9594', 8: '0.9650', 9: '0.9693',
  10: '0.9727', 11: '0.9754', 12: '0.9776', 13: '0.9794', 14: '0.9810', 15: '0.9823', 16: '0.9835',
  17: '0.9845', 18: '0.9854', 19: '0.9862', 20: '0.9869', 21: '0.9876', 22: '0.9882', 23: '0.9887',
  24: '0.9892', 25: '0.9896',
};

describe('c4', () => {
  for (let n = 2; n <= 25; n++) {
    it(`n = ${n}: printed ${PRINTED[n]}, exact rounds to it`, () => {
      expect(c4(n).toFixed(4)).toBe(PRINTED[n]);
      expect(C4_PRINTED[n]).toBe(Number(PRINTED[n]));
      expect(c4(n, 'exact')).toBe(c4Exact(n));
      expect(c4(n, 'exact').toFixed(4)).toBe(PRINTED[n]);
    });
  }
  it('has exactly the sizes 2..25 printed', () => {
    expect(Object.keys(C4_PRINTED).map(Number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
  });
  it('exact values match the published 6-decimal list and the SAS value c4(5) = 0.939985603', () => {
    expect(c4(2, 'exact').toFixed(6)).toBe('0.797885');
    expect(c4(25, 'exact').toFixed(5)).toBe('0.98964');
    expect(c4(5, 'exact').toFixed(9)).toBe('0.939985603');
  });
  it('gives exact values beyond 25 but no printed ones', () => {
    expect(c4(100, 'exact')).toBe(c4Exact(100));
    expect(issuesOf(() => c4(26))).toEqual(['n: too_big']);
    expect(issuesOf(() => c4(1, 'exact'))).toEqual(['n: too_small']);
    expect(issuesOf(() => c4(5, 'table' as never))).toEqual(['constants: invalid_value']);
  });
});
