import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate } from '../../src/index.js';
import { renderEvaluation } from '../../src/report/index.js';
import { stabilityChartOf } from '../../src/report/stabilityChart.js';
import { evidenceWith, profileWith } from '../fixtures.js';

// A run of ten above the centre line: Nelson rule 2 flags points 9 and 10 (see test/kinds/measurement/stabilityRequirement.test.ts).
const shifted = [
  10.03, 10.05, 10.02, 10.04, 10.06, 10.03, 10.05, 10.02, 10.04, 10.03,
  9.97, 10.01, 9.95, 9.98, 10.02, 9.96, 9.99, 10.01, 9.97, 9.95, 10.0, 9.98, 10.01, 9.96, 9.99,
];

function evaluated(capability: Record<string, unknown>, values: unknown = shifted) {
  const criterion = { kind: 'measurement', id: 'bore', title: 'Bore', causeFamily: 'machine', unit: 'mm', lsl: '9.85', usl: '10.15', capability: { min: '1.33', minSamples: 20, ...capability } };
  const profile = defineProfile(profileWith([criterion as never]));
  const evidence = evidenceWith([{ criterion: 'bore', values } as never]);
  return { profile, evidence, evaluation: evaluate(profile, evidence) };
}

describe('the control chart of a stability requirement in the HTML report', () => {
  it('draws the chart the decision was made on, flagged points marked with their rules, in both languages', () => {
    const { profile, evidence, evaluation } = evaluated({ requireStable: { rules: ['nelson'] } });
    const html = renderEvaluation(evaluation, { format: 'html', profile, evidence });
    const svg = /<svg[^>]*class="chart chart-control"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect([...svg.matchAll(/class="point flagged"[^>]*data-point="(\d+)" data-rules="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['9:nelson2', '10:nelson2']);
    expect(svg).toContain('UCL 10.09125');
    expect(svg).toContain('CL 10.0048');
    expect(svg).toContain('aria-label="Individual values and moving ranges against their control limits: 2 points flagged"');
    const id = renderEvaluation(evaluation, { format: 'html', lang: 'id', profile, evidence });
    expect(id).toContain('Titik 10: 10.03; N2: 9 titik berturut-turut pada satu sisi garis tengah');
  });

  it('draws subgroups on the chart of the requirement, and nothing without a stability requirement or values', () => {
    const grouped = evaluated({ subgroupSize: 5, requireStable: { rules: ['we1'] } });
    const chart = stabilityChartOf(grouped.evaluation.criteria[0]!.found, shifted);
    const found = (grouped.evaluation.criteria[0]!.found!.capability as { stability: { stable: boolean } }).stability;
    expect(chart).toMatchObject({ chart: 'xbar-r', subgroupSize: 5, stable: found.stable });
    expect(chart?.location.values).toHaveLength(5);
    const plain = evaluated({});
    expect(renderEvaluation(plain.evaluation, { format: 'html', profile: plain.profile, evidence: plain.evidence })).not.toContain('chart-control');
    expect(renderEvaluation(evaluated({ requireStable: {} }).evaluation, { format: 'html' })).not.toContain('chart-control');
  });
});
