import { describe, expect, it } from 'vitest';
import { controlChartSvg, ruleMark } from '../../../src/report/charts/controlChartSvg.js';
import { controlChart } from '../../../src/stats/index.js';

const drifting = controlChart([6.51, 6.5, 6.52, 6.49, 6.51, 6.5, 6.53, 6.54, 6.55, 6.56, 6.58, 6.6], { rules: 'nelson' });

describe('controlChartSvg', () => {
  const svg = controlChartSvg(drifting, 'en');
  it('draws every point of both panels, the centre lines, limits and the location zones', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-control"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(12 + 11);
    expect(svg.match(/<line class="zone"/g)).toHaveLength(4);
    expect(svg.match(/<line class="(ucl|center|lcl)"/g)).toHaveLength(6);
    expect(svg).toContain('UCL 6.578445455');
    expect(svg).toContain('CL 6.5325');
    // The first moving range is missing: the dispersion series starts at point 2.
    expect(svg).not.toContain('data-point="1" data-rules');
  });
  it('rings the flagged points and marks them with their rules, named in the tooltip', () => {
    // controlChart flags 4, 5, 6, 11 and 12 on the location chart (nelson1, 3, 5, 6).
    const flagged = [...svg.matchAll(/class="point flagged"[^>]*data-point="(\d+)" data-rules="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(flagged).toEqual(['4:nelson5', '5:nelson6', '6:nelson5 nelson6', '11:nelson1 nelson3', '12:nelson1 nelson3 nelson5 nelson6']);
    expect(svg).toContain('>N1 N3 N5 N6</text>');
    expect(svg).toContain('Point 12: 6.6; N1: one point beyond 3σ; N3: 6 points in a row steadily rising or falling');
    expect(svg).toContain('aria-label="Individual values and moving ranges against their control limits: 5 points flagged"');
  });
  it('writes Bahasa Indonesia', () => {
    const id = controlChartSvg(drifting, 'id');
    expect(id).toContain('Titik 12: 6.6; N1: satu titik di luar 3σ');
    expect(id).toContain('Nilai individu dan rentang bergerak terhadap batas kendalinya: 5 titik ditandai');
  });
  it('names the rules shortly; a stable chart rings no point', () => {
    expect([ruleMark('we2'), ruleMark('nelson8')]).toEqual(['WE2', 'N8']);
    const stable = controlChartSvg(controlChart([[1, 2], [2, 3], [1, 3]]), 'en');
    expect(stable).toContain('no point flagged');
    expect(stable).not.toContain('class="point flagged"');
  });
});

describe('controlChartSvg at the ends of the doubles', () => {
  it('places values beyond the doubles (10^310) and below them (10^-330) by their decimals: no NaN, and the points apart', () => {
    const huge = controlChartSvg(controlChart(['1', '2', '1', '3'].map((d) => `${d}${'0'.repeat(310)}`)), 'en');
    expect(huge).not.toContain('NaN');
    const tiny = controlChartSvg(controlChart(['1', '2', '3'].map((d) => `0.${'0'.repeat(330)}${d}`)), 'en');
    expect(tiny).not.toContain('NaN');
    const heights = [...tiny.matchAll(/class="point" cx="[^"]+" cy="([^"]+)" r="3" data-point="\d"/g)].map((m) => m[1]);
    expect(new Set(heights.slice(0, 3)).size).toBe(3);
  });
});
