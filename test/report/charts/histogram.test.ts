import { describe, expect, it } from 'vitest';
import { histogramOf } from '../../../src/report/charts/histogram.js';

describe('histogramOf', () => {
  it('cuts the tolerance into ten bins with the limits on bin edges', () => {
    const h = histogramOf(['6.47', '6.50', '6.58'], { lsl: '6.45', usl: '6.55', nominal: '6.5' });
    expect(h.bins.map((b) => [b.from, b.to, b.count, b.outside])).toEqual([
      ['6.47', '6.48', 1, false],
      ['6.5', '6.51', 1, false],
      ['6.58', '6.59', 1, true],
    ]);
    expect([h.lslEdge, h.uslEdge, h.nominalEdge]).toEqual([0, 10, 5]);
    expect([h.first, h.last, h.low, h.high]).toEqual([-1, 13, '6.44', '6.59']);
  });

  it('keeps a value on a limit inside, as the evaluation does', () => {
    const h = histogramOf(['6.55', '6.45', '6.5500001', 6.4499999], { lsl: '6.45', usl: '6.55' });
    expect(h.bins.map((b) => [b.index, b.count, b.outside])).toEqual([
      [-1, 1, true],
      [0, 1, false],
      [9, 1, false],
      [10, 1, true],
    ]);
  });

  it('puts far outliers in the last bin shown', () => {
    const h = histogramOf(['6.5', '99', '-5'], { lsl: '6.45', usl: '6.55' });
    expect(h.bins.map((b) => [b.index, b.overflow])).toEqual([
      [-10, true],
      [5, false],
      [19, true],
    ]);
  });

  it('uses bins of a round width from a one-sided limit', () => {
    const h = histogramOf(['0.8', '1.2', '1.7'], { lsl: null, usl: '1.6' });
    expect(h.width).toBe('0.1');
    expect(h.uslEdge).toBe(0);
    expect(h.bins.map((b) => [b.from, b.outside])).toEqual([
      ['0.8', false],
      ['1.2', false],
      ['1.7', true],
    ]);
    const low = histogramOf(['10', '40'], { lsl: '20', usl: null });
    expect(low.bins.map((b) => [b.from, b.outside])).toEqual([
      ['10', true],
      ['40', false],
    ]);
  });

  it('counts every value once', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (6.4 + (i % 200) / 1000).toFixed(3));
    const h = histogramOf(values, { lsl: '6.45', usl: '6.55' });
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(1000);
    expect(h.bins.filter((b) => b.outside).reduce((a, b) => a + b.count, 0)).toBe(5 * (50 + 49));
  });
});
