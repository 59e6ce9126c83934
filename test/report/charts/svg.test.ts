import { describe, expect, it } from 'vitest';
import { categoryChart, measurementChart, scoreBars } from '../../../src/report/charts/svg.js';
import { formatterFor } from '../../../src/report/format.js';
import type { MeasurementView } from '../../../src/report/evaluationView.js';

const en = formatterFor('en');
const id = formatterFor('id');
const lines = [
  { grade: 'A', min: '90', value: 90 },
  { grade: 'B', min: '80', value: 80 },
];
const y2 = (svg: string) => [...svg.matchAll(/class="grade-line"[^>]* y2="(\d+)"/g)].map((m) => Number(m[1]));

describe('categoryChart', () => {
  it('draws the grade band lines across the overall score only, not across the category bars', () => {
    const svg = categoryChart(en, { label: 'Overall score: 86.6 (B)', score: 86.6, decision: 'conditional' }, [
      { id: 'p', title: 'Product', score: '92.0', scoreValue: 92, pointsLost: '1.0', counts: '1 / 0 / 0 / 0' },
      { id: 'q', title: 'Quality', score: '70.0', scoreValue: 70, minScore: '75', minValue: 75, pointsLost: '3.0', counts: '0 / 1 / 0 / 0' },
    ], lines);
    // The overall bar runs from y 39 to 53; the first category row starts at 64.
    expect(svg).toContain('<rect class="bar bar-overall decision-conditional" x="0" y="39"');
    expect(y2(svg)).toEqual([57, 57]);
    expect(svg).toContain('Overall score against the grade bands; category scores against their minimums');
  });

  it('keeps the lines across every bar of a chart of overall scores', () => {
    const bars = [86.6, 91.1].map((value, i) => ({ label: String(value), value, className: 'decision-conditional', data: { row: String(i) } }));
    expect(y2(scoreBars(en, 'chart-scores', 'Before and after', bars, lines))).toEqual([101, 101]);
  });
});

describe('measurementChart', () => {
  const view: MeasurementView = {
    id: 'throat-d',
    title: 'Throat',
    unit: 'mm',
    limits: '6.45–6.55 mm',
    lsl: '6.45',
    usl: '6.55',
    nominal: '6.50',
    n: 5,
    min: '6.48',
    max: '6.58',
    mean: '6.514',
    meanText: '6.514',
    capability: { index: 'Ppk', value: '0.52' },
    values: ['6.48', '6.50', '6.51', '6.50', '6.58'],
    controlChart: null,
  };

  it('labels each bar with its count and gives the limits, count, mean and index in the legend', () => {
    const svg = measurementChart(en, view);
    const counts = [...svg.matchAll(/<text class="bar-count"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([1, 2, 1, 1]);
    expect(svg).toContain('<text class="legend legend-limits" x="0" y="152"><tspan data-item="limits">LSL 6.45 · USL 6.55 mm</tspan></text>');
    expect(svg).toContain('<tspan data-item="n">5 values</tspan><tspan> · </tspan><tspan data-item="mean">mean 6.514 mm</tspan><tspan> · </tspan><tspan data-item="capability">Ppk 0.52</tspan>');
    // The mean, 6.514, lies 7.4 of the chart's 15 bins of 0.01 mm from its left end at 6.44.
    expect(svg).toMatch(/<line class="mean-line" x1="49\.33%"/);
  });

  it('writes the legend in Bahasa Indonesia, and draws the mean on a range chart without values', () => {
    const svg = measurementChart(id, { ...view, meanText: '6,514', capability: null, values: null });
    expect(svg).toContain('chart-range');
    expect(svg).toContain('<tspan data-item="limits">LSL 6,45 · USL 6,55 mm</tspan>');
    expect(svg).toContain('<tspan data-item="n">5 nilai</tspan><tspan> · </tspan><tspan data-item="mean">rata-rata 6,514 mm</tspan></text>');
    expect(svg).toContain('class="mean-line"');
  });
});
