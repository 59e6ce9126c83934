import { describe, expect, it } from 'vitest';
import { D2_EXACT, D2_PRINTED, d2 } from '../../src/stats/d2.js';
import { issuesOf } from './helpers.js';

/** standards §3.3 table, d2 column, as printed (n = 2..25). */
const PRINTED: Record<number, string> = {
  2: '1.128', 3: '1.693', 4: '2.059', 5: '2.326', 6: '2.534', 7: '2.704', 8: '2.847', 9: '2.970',
  10: '3.078', 11: '3.173', 12: '3.258', 13: '3.336', 14: '3.407', 15: '3.472', 16: '3.532', 17: '3.588',
  18: '3.640', 19: '3.689', 20: '3.735', 21: '3.778', 22: '3.819', 23: '3.858', 24: '3.895', 25: '3.931',
};

/** standards §3.3 "More digits" list (n = 2..25, 5 decimals). */
const MORE_DIGITS = [
  '1.12838', '1.69257', '2.05875', '2.32593', '2.53441', '2.70436', '2.84720', '2.97003', '3.07751', '3.17287',
  '3.25846', '3.33598', '3.40676', '3.47183', '3.53198', '3.58788', '3.64006', '3.68896', '3.73495', '3.77834',
  '3.81938', '3.85832', '3.89535', '3.93063',
];

describe('d2', () => {
  for (let n = 2; n <= 25; n++) {
    it(`n = ${n}: printed ${PRINTED[n]}, exact ${MORE_DIGITS[n - 2]}`, () => {
      expect(d2(n).toFixed(3)).toBe(PRINTED[n]);
      expect(d2(n, 'printed')).toBe(Number(PRINTED[n]));
      expect(D2_PRINTED[n]).toBe(Number(PRINTED[n]));
      expect(d2(n, 'exact').toFixed(5)).toBe(MORE_DIGITS[n - 2]);
      expect(d2(n, 'exact').toFixed(3)).toBe(PRINTED[n]);
      expect(D2_EXACT[n]).toBe(d2(n, 'exact'));
    });
  }
  it('has exactly the sizes 2..25', () => {
    expect(Object.keys(D2_PRINTED).map(Number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
    expect(Object.keys(D2_EXACT).map(Number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
  });
  it('d2(2) exact is 2/√π to 9 decimals (standards §3.6: 1.128379)', () => {
    expect(d2(2, 'exact')).toBeCloseTo(2 / Math.sqrt(Math.PI), 9);
  });
  it('rejects sizes outside 2..25 and unknown constants', () => {
    expect(issuesOf(() => d2(1))).toEqual(['n: too_small']);
    expect(issuesOf(() => d2(26))).toEqual(['n: too_big']);
    expect(issuesOf(() => d2(2.5))).toEqual(['n: invalid_type']);
    expect(issuesOf(() => d2(5, 'minitab' as never))).toEqual(['constants: invalid_value']);
  });
});
