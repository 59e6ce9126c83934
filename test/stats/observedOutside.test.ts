import { describe, expect, it } from 'vitest';
import { observedOutside } from '../../src/stats/observedOutside.js';
import { issuesOf } from './helpers.js';

describe('observedOutside', () => {
  it('counts a value on a limit as inside, decided in decimal', () => {
    expect(observedOutside([10.05, 9.95, 10.0], { lsl: '9.95', usl: '10.05' })).toEqual({ belowLsl: 0, aboveUsl: 0, total: 0 });
    expect(observedOutside([10.05, 9.95], { lsl: 9.95, usl: 10.05 })).toEqual({ belowLsl: 0, aboveUsl: 0, total: 0 });
  });
  it('reads numbers by their shortest text: 0.1 + 0.2 is above a limit of 0.3', () => {
    // 0.1 + 0.2 = 0.30000000000000004 as a double; its text is above 0.3.
    expect(observedOutside([0.1 + 0.2], { usl: '0.3' }).aboveUsl).toBe(1);
    expect(observedOutside([0.3], { usl: 0.3 }).aboveUsl).toBe(0);
  });
  it('decides strings beyond double precision exactly', () => {
    const values = ['10.0500000000000000001', '10.05', '9.9499999999999999999', '9.95'];
    expect(observedOutside(values, { lsl: '9.95', usl: '10.05' })).toEqual({ belowLsl: 1, aboveUsl: 1, total: 2 });
    // A limit with more digits than a double holds.
    expect(observedOutside([10.05], { usl: '10.0499999999999999999' }).aboveUsl).toBe(1);
    expect(observedOutside([10.05], { usl: '10.0500000000000000001' }).aboveUsl).toBe(0);
  });
  it('gives null for a missing side', () => {
    expect(observedOutside([1, 5, 9], { lsl: 2 })).toEqual({ belowLsl: 1, aboveUsl: null, total: 1 });
    expect(observedOutside([1, 5, 9], { usl: 2, lsl: null })).toEqual({ belowLsl: null, aboveUsl: 2, total: 2 });
  });
  it('counts a million values', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i % 1000) / 100);
    // 0.00..9.99 repeated; below 1.00: 100 per 1000; above 9.00: 99 per 1000 (9.00 itself is inside).
    expect(observedOutside(values, { lsl: '1.00', usl: '9.00' })).toEqual({ belowLsl: 100_000, aboveUsl: 99_000, total: 199_000 });
  });
  it('rejects bad values and limits', () => {
    expect(issuesOf(() => observedOutside([1, 'x', Number.NaN], { lsl: 'a', usl: 1 }))).toEqual([
      'lsl: invalid_decimal',
      'values[1]: invalid_decimal',
      'values[2]: not_finite',
    ]);
    expect(issuesOf(() => observedOutside([1], {}))).toEqual(['(root): limits_missing']);
    expect(issuesOf(() => observedOutside([1], { lsl: '2', usl: '1.5' }))).toEqual(['usl: limits_out_of_order']);
  });
});
