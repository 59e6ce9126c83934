import { describe, expect, it } from 'vitest';
import { meetsIndex } from '../../src/stats/meetsIndex.js';
import { processCapabilityValues } from '../../src/stats/processCapabilityValues.js';
import { issuesOf, SUBGROUPS } from './helpers.js';

describe('meetsIndex', () => {
  it('compares index ≥ minimum in decimal, the bound included', () => {
    expect(meetsIndex(1.33, '1.33')).toBe(true);
    expect(meetsIndex(1.33, 1.33)).toBe(true);
    expect(meetsIndex(1.3299, '1.33')).toBe(false);
    expect(meetsIndex(1.3299999999999998, '1.33')).toBe(false);
    expect(meetsIndex(1.67, '1.67')).toBe(true);
  });
  it('uses the full double, not the 4-decimal report: Ppk 1.330025 meets 1.33', () => {
    const r = processCapabilityValues(SUBGROUPS, { lsl: 9.4, usl: 10.6 });
    expect(r.ppk?.toFixed(6)).toBe('1.330025');
    expect(meetsIndex(r.ppk as number, '1.33')).toBe(true);
    expect(meetsIndex(r.ppk as number, '1.3301')).toBe(false);
  });
  it('does not suffer from binary rounding: 0.1 + 0.2 meets 0.3, 0.7 does not meet 0.70000000000000001', () => {
    expect(meetsIndex(0.1 + 0.2, '0.3')).toBe(true);
    expect(meetsIndex(0.7, '0.70000000000000001')).toBe(false);
    expect(meetsIndex('1.3300', '1.33')).toBe(true);
  });
  it('rejects non-finite values', () => {
    expect(issuesOf(() => meetsIndex(Number.NaN, '1.33'))).toEqual(['index: not_finite']);
    expect(issuesOf(() => meetsIndex(1, 'abc'))).toEqual(['minimum: invalid_decimal']);
  });
});
