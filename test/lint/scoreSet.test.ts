import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { addScoreSets, scaleScoreSet, scoreSet, sumsMeet, ZERO_SET, type ScoreSet } from '../../src/lint/scoreSet.js';

const plain = (set: ScoreSet) => set.map((i) => [i.low.toString(), i.high.toString()]);

describe('scoreSet', () => {
  test('sorts and merges overlapping and touching intervals', () => {
    expect(plain(scoreSet([[50, 100], [0, 0], [90, 95], [100, 100], [20, 30], [30, 40]]))).toEqual([
      ['0', '0'],
      ['20', '40'],
      ['50', '100'],
    ]);
  });
});

describe('addScoreSets', () => {
  test('adds every pair: two 0/50 criteria give 0, 50 and 100', () => {
    const half = scoreSet([[0, 0], [50, 50]]);
    expect(plain(addScoreSets(half, half))).toEqual([['0', '0'], ['50', '50'], ['100', '100']]);
    expect(plain(addScoreSets(ZERO_SET, half))).toEqual(plain(half));
  });

  test('an interval fills the gaps it spans', () => {
    expect(plain(addScoreSets(scoreSet([[0, 0], [30, 30]]), scoreSet([[0, 40]])))).toEqual([['0', '70']]);
    expect(plain(addScoreSets(scoreSet([[0, 0], [30, 30]]), scoreSet([[0, 10]])))).toEqual([['0', '10'], ['30', '40']]);
  });

  test('beyond the limit it fills the smallest gaps, so no sum is lost', () => {
    let set: ScoreSet = ZERO_SET;
    for (const step of [1, 2, 4, 8, 16]) set = addScoreSets(set, scoreSet([[0, 0], [step, step]]), 8);
    expect(set.length).toBeLessThanOrEqual(8);
    for (let total = 0; total <= 31; total++) expect(set.some((i) => i.low.lte(total) && i.high.gte(total)), String(total)).toBe(true);
  });

  test('scaleScoreSet multiplies by a share; a zero share gives only 0', () => {
    expect(plain(scaleScoreSet(scoreSet([[0, 0], [100, 100]]), new Decimal('0.25'))))
      .toEqual([['0', '0'], ['25', '25']]);
    expect(plain(scaleScoreSet(scoreSet([[0, 0], [100, 100]]), new Decimal(0)))).toEqual([['0', '0']]);
  });
});

describe('sumsMeet', () => {
  const a = scoreSet([[0, 0], [50, 50]]);
  const b = scoreSet([[0, 0], [25, 25]]);
  test('finds a sum inside the window without forming every sum', () => {
    expect(sumsMeet(a, b, new Decimal(70), new Decimal(80))).toBe(true);
    expect(sumsMeet(a, b, new Decimal(26), new Decimal(49))).toBe(false);
    expect(sumsMeet(a, b, new Decimal(75), new Decimal(75))).toBe(true);
    expect(sumsMeet(a, b, new Decimal(76), new Decimal(200))).toBe(false);
  });
});
