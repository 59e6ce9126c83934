import { describe, expect, it } from 'vitest';
import { bissellInterval } from '../../src/stats/bissellInterval.js';
import { issuesOf } from './helpers.js';

const f4 = (x: number): string => x.toFixed(4);

describe('bissellInterval', () => {
  it('Cpk 1.33, n 100, 95 %: two-sided [1.1336, 1.5264], lower one-sided bound 1.1651', () => {
    const r = bissellInterval(1.33, 100, 0.95);
    expect([f4(r.lower), f4(r.upper), f4(r.lowerBound)]).toEqual(['1.1336', '1.5264', '1.1651']);
    expect(r.level).toBe(0.95);
  });
  it('Cpk 1.67, n 125, 95 %: two-sided [1.4541, 1.8859], lower one-sided bound 1.4888', () => {
    const r = bissellInterval(1.67, 125, 0.95);
    expect([f4(r.lower), f4(r.upper), f4(r.lowerBound)]).toEqual(['1.4541', '1.8859', '1.4888']);
  });
  it('Cpk 1.0, n 30, 95 %: two-sided [0.7163, 1.2837], lower one-sided bound 0.7619', () => {
    const r = bissellInterval(1.0, 30, 0.95);
    expect([f4(r.lower), f4(r.upper), f4(r.lowerBound)]).toEqual(['0.7163', '1.2837', '0.7619']);
  });
  it('defaults to 95 % and widens with the level', () => {
    expect(bissellInterval(1.33, 100)).toEqual(bissellInterval(1.33, 100, 0.95));
    const r99 = bissellInterval(1.33, 100, 0.99);
    expect(r99.lower).toBeLessThan(1.1336);
    expect(f4(1.33 - r99.lowerBound)).toBe(f4(2.326347874 * Math.sqrt(1 / 900 + 1.33 ** 2 / 198)));
  });
  it('rejects a non-finite index, n < 2 and a level outside (0, 1)', () => {
    expect(issuesOf(() => bissellInterval(Number.NaN, 1, 1))).toEqual([
      'index: not_finite',
      'n: too_small',
      'level: probability_out_of_range',
    ]);
    expect(issuesOf(() => bissellInterval(1, 10.5))).toEqual(['n: invalid_type']);
  });
});
