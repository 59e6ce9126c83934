import { describe, expect, it } from 'vitest';
import { compareRanking, histogramQuantile } from '../../src/cohort/cohortSummary.js';

const histogramOf = (values: number[]) => {
  const map = new Map<number, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
};

describe('histogramQuantile', () => {
  it('gives the Hyndman–Fan definition 7 quantiles (R quantile(type = 7), Excel PERCENTILE.INC)', () => {
    // R: quantile(1:10, c(.1, .25, .5, .75, .9)) → 1.9 3.25 5.5 7.75 9.1
    const h = histogramOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(['0.1', '0.25', '0.5', '0.75', '0.9'].map((p) => histogramQuantile(h, 10, 0, p))).toEqual(['1.9', '3.25', '5.5', '7.75', '9.1']);
    expect(histogramQuantile(h, 10, 0, '0')).toBe('1');
    expect(histogramQuantile(h, 10, 0, '1')).toBe('10');
  });
  it('reads scores as units of the profile places and handles repeats exactly', () => {
    // Scores 80.0, 80.0, 86.6, 91.2 (units of 0.1). R: quantile(c(80, 80, 86.6, 91.2), c(.25, .5, .9)) → 80 83.3 89.82
    const h = histogramOf([800, 800, 866, 912]);
    expect(['0.25', '0.5', '0.9'].map((p) => histogramQuantile(h, 4, 1, p))).toEqual(['80', '83.3', '89.82']);
    expect(histogramQuantile(new Map([[5, 1]]), 1, 1, '0.5')).toBe('0.5');
    expect(histogramQuantile(new Map(), 0, 1, '0.5')).toBeNull();
  });
});

describe('compareRanking', () => {
  const entry = (id: string, units: number, decision: 'approved' | 'conditional' | 'rejected' | 'incomplete', auditDate = '2026-11-20') => ({
    supplier: { id, name: id },
    auditDate,
    score: String(units / 10),
    grade: 'B',
    decision,
    units,
  });
  it('orders by score, then decision, then supplier id, then audit date', () => {
    const list = [
      entry('b', 866, 'conditional'),
      entry('a', 866, 'incomplete'),
      entry('c', 900, 'rejected'),
      entry('a', 866, 'conditional', '2026-12-01'),
      entry('a', 866, 'conditional'),
    ];
    expect([...list].sort(compareRanking).map((e) => `${e.units} ${e.decision} ${e.supplier.id} ${e.auditDate}`)).toEqual([
      '900 rejected c 2026-11-20',
      '866 conditional a 2026-11-20',
      '866 conditional a 2026-12-01',
      '866 conditional b 2026-11-20',
      '866 incomplete a 2026-11-20',
    ]);
  });
});
