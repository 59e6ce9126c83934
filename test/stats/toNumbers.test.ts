import { describe, expect, it } from 'vitest';
import { toNumbers } from '../../src/stats/toNumbers.js';
import { issuesOf } from './helpers.js';

describe('toNumbers', () => {
  it('converts numbers and plain decimal strings', () => {
    expect(toNumbers(['74.0012', 74.0008, ' 73.9995 ', '-0.5', '.25', '3.'])).toEqual([74.0012, 74.0008, 73.9995, -0.5, 0.25, 3]);
  });
  it('lists every value that is not a finite number or a plain decimal', () => {
    expect(issuesOf(() => toNumbers(['1e3', 'abc', Number.NaN, '0x10', '', null as unknown as number]))).toEqual([
      '[0]: invalid_decimal',
      '[1]: invalid_decimal',
      '[2]: not_finite',
      '[3]: invalid_decimal',
      '[4]: invalid_decimal',
      '[5]: invalid_type',
    ]);
  });
});
