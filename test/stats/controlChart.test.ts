import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlChart } from '../../src/stats/controlChart.js';
import { controlChartFactors } from '../../src/stats/controlChartFactors.js';
import { type RunRule } from '../../src/stats/runRules.js';
import { issuesOf } from './helpers.js';

/**
 * R qcc 3, tests/testthat/test-rules.R: a chart of individual values with centre 0 and σ 1 (limits
 * ±3), and the points each rule's function returns for it. The same series through `controlChart`
 * with `center: 0, sigma: 1` must flag the same points.
 */
const QCC_RULE_CASES: [RunRule, number[], number[]][] = [
  ['we1', [0, 3.2, -3.5, 2.9], [2, 3]],
  ['we2', [0, 2.5, 1.0, 2.6, 0], [4]],
  ['we3', [0, 1.2, 1.3, 0.2, 1.4, 1.5], [6]],
  ['we4', [-1, -1, -1, -1, -1, -1, -1, -1, 1], [8]],
  ['we4', [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3.2], [8]],
  ['we3', [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3.2], [5, 6, 7, 8]],
  ['we2', [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3.2], [3, 4, 5, 6, 7, 8]],
  ['we1', [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3.2], [8]],
  ['nelson1', [0, 3.2, -3.4, 3], [2, 3]],
  ['nelson2', [...Array(10).fill(0.5), -0.5, ...Array(9).fill(-0.5)], [9, 10, 19, 20]],
  ['nelson3', [1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1], [6, 7, 13, 14]],
  ['nelson4', [1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8], [14, 15]],
  ['nelson5', [0, 2.3, 0.4, 2.2, -2.4, -0.2, -2.5], [4, 7]],
  ['nelson6', [1.2, 1.3, 0.2, 1.4, 1.5, -1.2, -1.3, -0.1, -1.4, -1.5], [5, 10]],
  ['nelson7', [...Array(16).fill(0.3), 1.2], [15, 16]],
  ['nelson8', [1.2, -1.3, 1.1, -1.4, 1.5, -1.2, 1.3, -1.1, 0.2], [8]],
  ['nelson8', Array(8).fill(1.2), []],
];

const flagsOf = (values: number[], rule: RunRule) =>
  controlChart(values, { center: 0, sigma: 1, rules: [rule] }).location.flags[0]?.points;

describe('controlChart: run rules as R qcc 3 (tests/testthat/test-rules.R)', () => {
  QCC_RULE_CASES.forEach(([rule, values, expected], i) => {
    it(`case ${i + 1}: ${rule} flags ${JSON.stringify(expected)}`, () => {
      expect(flagsOf(values, rule)).toEqual(expected);
    });
  });
});

describe('controlChart: conventions on the lines (qcc rules.R: strict beyond, inclusive within)', () => {
  it('a point exactly on a limit or a zone line is inside it', () => {
    // 3 on the UCL is not beyond it (rule 1); 2, 2 on the 2σ line are not beyond it (rule 2).
    expect(flagsOf([0, 3, -3, 0], 'nelson1')).toEqual([]);
    expect(flagsOf([0, 2, 2, 0], 'nelson5')).toEqual([]);
    expect(flagsOf([0, 2.0001, 2.0001], 'nelson5')).toEqual([3]);
    // 15 points exactly on the 1σ lines are within 1σ (rule 7).
    expect(flagsOf(Array(15).fill(1), 'nelson7')).toEqual([15]);
  });
  it('a point on the centre line ends a run on one side; equal neighbours end a trend', () => {
    expect(flagsOf([1, 1, 1, 1, 0, 1, 1, 1, 1, 1], 'nelson2')).toEqual([]);
    expect(flagsOf([1, 1, 1, 1, 1, 1, 1, 1, 1], 'nelson2')).toEqual([9]);
    expect(flagsOf([0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6], 'nelson3')).toEqual([]);
    expect(flagsOf([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], 'nelson3')).toEqual([6]);
  });
  it('windows start at the m-th point, and the last point of a window must be beyond', () => {
    expect(flagsOf([2.5, 2.5], 'nelson5')).toEqual([]);
    expect(flagsOf([2.5, 2.5, 0], 'nelson5')).toEqual([]);
    expect(flagsOf([2.5, 0, 2.5], 'nelson5')).toEqual([3]);
  });
  it('decides a point on a limit exactly, to the last digit given', () => {
    // centre 0.1, σ 0.1: UCL is exactly 0.4; the point 0.4 is on it, not beyond.
    expect(controlChart([0.1, 0.4, 0.1], { center: '0.1', sigma: '0.1', rules: ['we1'] }).location.flagged).toEqual([]);
    expect(controlChart([0.1, '0.4000000000000000000001', 0.1], { center: '0.1', sigma: '0.1', rules: ['we1'] }).location.flagged).toEqual([2]);
  });
});

/** R qcc's pistonrings data (qcc data/pistonrings.txt; Montgomery, Introduction to SQC, Table 6.3): 25 subgroups of 5. */
const PISTON_RINGS = readFileSync(new URL('./fixtures/pistonrings.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.trim().split(/\s+/))
  .filter(([, , trial]) => trial === 'TRUE')
  .reduce<string[][]>((groups, [value, sample]) => {
    (groups[Number(sample) - 1] ??= []).push(value as string);
    return groups;
  }, []);

describe('controlChart: the piston rings as R qcc prints them', () => {
  // qcc(diameter[1:25,], type = "xbar" | "R" | "S"): centre, std.dev and limits as printed by R
  // (recorded in the mistat package's test_comparison_with_R.py). qcc estimates σ = R̄/d2 with its
  // 3-decimal d2 table (2.326 for n = 5) and d3 to 7 digits, so its σ lies between our printed and
  // exact σ; given qcc's σ, the limits are qcc's to its printed digits.
  it('X̄: centre 74.00118; with σ 0.009785039 the limits are 73.98805 and 74.0143', () => {
    const chart = controlChart(PISTON_RINGS, { chart: 'xbar-r', sigma: '0.009785039' });
    expect(Number(chart.location.center).toFixed(5)).toBe('74.00118');
    expect(Number(chart.location.lcl).toFixed(5)).toBe('73.98805');
    expect(Number(chart.location.ucl).toFixed(4)).toBe('74.0143');
    // qcc: no point beyond the limits (assertQCCviolations with none).
    expect(chart.location.flags.find((f) => f.rule === 'we1')?.points).toEqual([]);
  });
  it('σ = R̄/d2 = 0.009785 (R̄ 0.02276, R chart centre as qcc) with either constants; R chart 0 … 0.04813', () => {
    for (const constants of ['printed', 'exact'] as const) {
      const chart = controlChart(PISTON_RINGS, { chart: 'xbar-r', constants });
      expect(Number(chart.sigma).toPrecision(4)).toBe('0.009785');
      expect(chart.dispersion.center).toBe('0.02276');
      expect(chart.dispersion.lcl).toBe('0');
    }
    expect(Number(controlChart(PISTON_RINGS, { constants: 'exact' }).dispersion.ucl).toPrecision(4)).toBe('0.04813');
  });
  it('X̄–s (exact c4, as qcc): σ 0.009829977, s centre 0.009240037, limits 0 … 0.01930242', () => {
    const chart = controlChart(PISTON_RINGS, { chart: 'xbar-s', constants: 'exact' });
    expect(Number(chart.sigma).toPrecision(6)).toBe('0.00982998');
    expect(Number(chart.dispersion.center).toPrecision(7)).toBe('0.009240037');
    expect(chart.dispersion.lcl).toBe('0');
    expect(Number(chart.dispersion.ucl).toPrecision(7)).toBe('0.01930242');
  });
  it('printed constants (AIAG worksheets): X̄̄ ± A2·R̄ with A2 = 0.577, R chart up to D4·R̄ with D4 = 2.114', () => {
    const chart = controlChart(PISTON_RINGS);
    // X̄̄ = 74.001176, R̄ = 0.02276: UCL = 74.001176 + 0.577 × 0.02276 = 74.01430852, exactly.
    expect(chart.location.ucl).toBe('74.01430852');
    expect(chart.location.lcl).toBe('73.98804348');
    // R chart: D4 × R̄ = 2.114 × 0.02276 = 0.04811464, exactly.
    expect(chart.dispersion.ucl).toBe('0.04811464');
    expect(controlChartFactors(5)).toMatchObject({ A2: '0.577', D3: '0', D4: '2.114', A3: '1.427', B3: '0', B4: '2.089' });
  });
});

describe('controlChart: individuals (qcc xbar.one, as recorded in mistat test_comparison_with_R.py)', () => {
  // qcc: σ = MR̄/1.128 (its printed d2), limits centre ± 3σ.
  it('viscosity (Montgomery p. 242): centre 33.52333, σ 0.4261651, limits 32.24484 and 34.80183', () => {
    const x = [33.75, 33.05, 34, 33.81, 33.46, 34.02, 33.68, 33.27, 33.49, 33.2, 33.62, 33.0, 33.54, 33.12, 33.84];
    const chart = controlChart(x);
    expect(Number(chart.location.center).toFixed(5)).toBe('33.52333');
    expect(chart.sigma).toBe('0.426165');
    const given = controlChart(x, { sigma: '0.4261651' });
    expect(Number(given.location.lcl).toFixed(5)).toBe('32.24484');
    expect(Number(given.location.ucl).toFixed(5)).toBe('34.80183');
  });
  it('antifreeze water content (Wetherill and Brown, p. 120): 2.569706, σ 0.1794541, 2.031344 … 3.108068, no violation', () => {
    const x = [2.23, 2.53, 2.62, 2.63, 2.58, 2.44, 2.49, 2.34, 2.95, 2.54, 2.6, 2.45, 2.17, 2.58, 2.57, 2.44, 2.38,
      2.23, 2.23, 2.54, 2.66, 2.84, 2.81, 2.39, 2.56, 2.7, 3.0, 2.81, 2.77, 2.89, 2.54, 2.98, 2.35, 2.53];
    const chart = controlChart(x, { rules: 'western-electric' });
    expect(Number(chart.location.center).toFixed(6)).toBe('2.569706');
    expect(chart.sigma).toBe('0.179454');
    const given = controlChart(x, { sigma: '0.1794541', rules: ['we1'] });
    expect(Number(given.location.lcl).toFixed(6)).toBe('2.031344');
    expect(Number(given.location.ucl).toFixed(6)).toBe('3.108068');
    expect(given.location.flagged).toEqual([]);
  });
});

describe('controlChart: input', () => {
  it('lists every problem with its path', () => {
    expect(issuesOf(() => controlChart([1, 'x', 3] as never, { chart: 'bar' as never, sigma: -1, nope: 1 } as never))).toEqual([
      'chart: invalid_value',
      'nope: unrecognized_key',
      'data[1]: invalid_decimal',
      'sigma: not_positive',
    ]);
    expect(issuesOf(() => controlChart([[1, 2], [1, 2, 3]], {}))).toEqual(['data[1]: subgroup_sizes_differ']);
    expect(issuesOf(() => controlChart([1], {}))).toEqual(['data: too_few_values']);
    expect(issuesOf(() => controlChart([[1], [2, 3], Array(26).fill(1)], {}))).toEqual(['data[0]: too_few_values', 'data[1]: subgroup_sizes_differ', 'data[2]: chart_subgroup_too_large']);
    // No rule to test would call any process stable: an empty list is refused.
    expect(issuesOf(() => controlChart([1, 2, 3], { rules: [] }))).toEqual(['rules: too_few_items']);
  });
  it('says what is wrong with a subgroup size in both languages, with no English word in the Indonesian sentence', () => {
    try {
      controlChart([Array(30).fill(1), Array(30).fill(2)], {});
    } catch (error) {
      const [first] = (error as { issues: { message: string; messageId: string }[] }).issues;
      expect(first).toMatchObject({
        message: "A control chart's subgroups hold 2 to 25 values (the range of its constants' tables); this one has 30.",
        messageId: 'Subgrup peta kendali berisi 2 sampai 25 nilai (rentang tabel konstantanya); subgrup ini berisi 30.',
      });
    }
    expect.assertions(1);
  });
  it('gives JSON with a zero-spread note for values without variation', () => {
    const chart = controlChart([5, 5, 5], { rules: 'nelson' });
    expect(chart.notes.map((n) => n.code)).toEqual(['zero_spread']);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
    expect(chart.stable).toBe(true);
  });
});
