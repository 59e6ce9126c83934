import { describe, expect, it } from 'vitest';
import { aqlColumn } from '../../src/sampling/aqlColumn.js';
import { AQL_VALUES } from '../../src/sampling/aqlValues.js';

describe('aqlColumn', () => {
  it('finds every printed column by its label', () => {
    expect(AQL_VALUES.map((v) => aqlColumn(v))).toEqual(AQL_VALUES.map((_, i) => i));
  });

  it('matches by decimal value, numbers and strings alike', () => {
    expect([1, '1', '1.0', '1.000', 0.65, '0.650', 0.01, '1e-2', 10].map(aqlColumn)).toEqual([10, 10, 10, 10, 9, 9, 0, 0, 15]);
  });

  it('returns -1 for values that are not columns or not decimals', () => {
    expect([0.3, 15, 0, -1, 'abc', '', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}].map(aqlColumn)).toEqual(
      Array(11).fill(-1),
    );
  });
});
