import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaugeStudy, gaugeStudySummary } from '../../src/stats/gaugeStudy.js';
import { readGaugeStudyInput, type GaugeMeasurement } from '../../src/stats/gaugeStudyInput.js';
import { summaryOfStudy } from '../oracle/kindEvaluations.js';
import { Exact, issuesOf } from './helpers.js';

/**
 * The AIAG MSA 4th ed. gauge R&R example (chapter III, section B, data collection sheet): 10 parts,
 * appraisers A, B, C, 3 trials; the same data as Minitab's sample worksheet GAGEAIAG.MTW. Rows are
 * trials, columns parts 1..10.
 */
const AIAG: Record<string, number[][]> = {
  A: [
    [0.29, -0.56, 1.34, 0.47, -0.8, 0.02, 0.59, -0.31, 2.26, -1.36],
    [0.41, -0.68, 1.17, 0.5, -0.92, -0.11, 0.75, -0.2, 1.99, -1.25],
    [0.64, -0.58, 1.27, 0.64, -0.84, -0.21, 0.66, -0.17, 2.01, -1.31],
  ],
  B: [
    [0.08, -0.47, 1.19, 0.01, -0.56, -0.2, 0.47, -0.63, 1.8, -1.68],
    [0.25, -1.22, 0.94, 1.03, -1.2, 0.22, 0.55, 0.08, 2.12, -1.62],
    [0.07, -0.68, 1.34, 0.2, -1.28, 0.06, 0.83, -0.34, 2.19, -1.5],
  ],
  C: [
    [0.04, -1.38, 0.88, 0.14, -1.46, -0.29, 0.02, -0.46, 1.77, -1.49],
    [-0.11, -1.13, 1.09, 0.2, -1.07, -0.67, 0.01, -0.56, 1.45, -1.77],
    [-0.15, -0.96, 0.67, 0.11, -1.45, -0.49, 0.21, -0.49, 1.87, -2.16],
  ],
};
const aiagRows: GaugeMeasurement[] = Object.entries(AIAG).flatMap(([operator, trials]) =>
  trials.flatMap((values, t) => values.map((value, i) => ({ part: i + 1, operator, trial: t + 1, value }))),
);
const fixed = (text: string | null | undefined, places: number) => Number(text).toFixed(places);

describe('gaugeStudy, ANOVA: Minitab "Example of Crossed Gage R&R Study" (GAGEAIAG.MTW, tolerance 8)', () => {
  const study = gaugeStudy(aiagRows, { tolerance: 8 });
  it('two-way table with interaction: Part 9 88.3619 9.81799 F 492.291; Operator 2 3.1673 1.58363 F 79.406; Part*Operator 18 0.3590 0.01994 F 0.434 p 0.974; Repeatability 60 2.7589 0.04598; Total 89 94.6471', () => {
    const [part, operator, interaction, repeatability, total] = study.anova!.withInteraction;
    expect([part!.df, fixed(part!.ss, 4), fixed(part!.ms, 5), fixed(part!.f, 3)]).toEqual([9, '88.3619', '9.81799', '492.291']);
    expect([operator!.df, fixed(operator!.ss, 4), fixed(operator!.ms, 5), fixed(operator!.f, 3)]).toEqual([2, '3.1673', '1.58363', '79.406']);
    expect([interaction!.df, fixed(interaction!.ss, 4), fixed(interaction!.ms, 5), fixed(interaction!.f, 3), fixed(interaction!.p, 3)]).toEqual([18, '0.3590', '0.01994', '0.434', '0.974']);
    expect([repeatability!.df, fixed(repeatability!.ss, 4), fixed(repeatability!.ms, 5)]).toEqual([60, '2.7589', '0.04598']);
    expect([total!.df, fixed(total!.ss, 4)]).toEqual([89, '94.6471']);
  });
  it('p 0.974 ≥ 0.05: the interaction is removed; Repeatability 78 3.1179 0.03997, F Part 245.614, Operator 39.617', () => {
    expect(study.model).toBe('without-interaction');
    const [part, operator, repeatability] = study.anova!.withoutInteraction!;
    expect(fixed(part!.f, 3)).toBe('245.614');
    expect(fixed(operator!.f, 3)).toBe('39.617');
    expect([repeatability!.df, fixed(repeatability!.ss, 4), fixed(repeatability!.ms, 5)]).toEqual([78, '3.1179', '0.03997']);
  });
  it('VarComp: Total Gage R&R 0.09143 (7.76 %), Repeatability 0.03997 (3.39), Reproducibility = Operator 0.05146 (4.37), Part-To-Part 1.08645 (92.24), Total 1.17788', () => {
    const c = study.components;
    expect([fixed(c.gaugeRR.variance, 5), c.gaugeRR.contribution]).toEqual(['0.09143', '7.76']);
    expect([fixed(c.repeatability.variance, 5), c.repeatability.contribution]).toEqual(['0.03997', '3.39']);
    expect([fixed(c.reproducibility.variance, 5), c.reproducibility.contribution]).toEqual(['0.05146', '4.37']);
    expect(c.operator.variance).toBe(c.reproducibility.variance);
    expect(c.partOperator).toBeNull();
    expect([fixed(c.partToPart.variance, 5), c.partToPart.contribution]).toEqual(['1.08645', '92.24']);
    expect(fixed(c.total.variance, 5)).toBe('1.17788');
  });
  it('%Study Var (6 × SD): Total Gage R&R 1.81423 (27.86 %), Repeatability 18.42, Reproducibility 20.90, Part-To-Part 96.04; %Tolerance 22.68; 4 distinct categories', () => {
    const c = study.components;
    expect([fixed(c.gaugeRR.studyVariation, 5), c.gaugeRR.studyPercent, c.gaugeRR.tolerancePercent]).toEqual(['1.81423', '27.86', '22.68']);
    expect([c.repeatability.studyPercent, c.reproducibility.studyPercent, c.partToPart.studyPercent]).toEqual(['18.42', '20.9', '96.04']);
    expect(study.ndc).toBe(4);
  });
  it('AIAG verdict: 27.86 % is conditionally acceptable, but 4 distinct categories are fewer than 5', () => {
    expect(study.verdict).toEqual({ basis: 'study-variation', percent: '27.86', level: 'conditional', minimumCategories: 5, categoriesMet: false, result: 'unacceptable' });
    expect(gaugeStudy(aiagRows, { tolerance: 8, basis: 'tolerance', minimumCategories: 4 }).verdict).toMatchObject({ percent: '22.68', level: 'conditional', result: 'conditional' });
  });
});

describe('gaugeStudy, ANOVA: R SixSigma ss.rr(time1, prototype, operator, data = ss.data.rr, lsl = 0.7, usl = 1.8)', () => {
  /**
   * ss.data.rr (SixSigma; Cano, Moguerza and Redchuk, Six Sigma with R, chapter 5): 3 prototypes × 3
   * operators × 3 runs of time1. Its printed form shows the first 10 values (op #1 throughout, and
   * 1.34 for prot #1 by op #2); the other cells are the one set of two-decimal values that agrees
   * with every figure the package prints about them: the cell means and standard deviations to 3
   * digits, the summary (min 0.900, quartiles 1.130, 1.270, 1.560, max 1.770, mean 1.324),
   * var(time1) = 0.06624815 and the ANOVA table below. The order of the runs within a cell does not
   * enter the study. Expected figures: the reference page of ss.rr (SixSigma 0.11).
   */
  const cells: Record<string, number[]> = {
    '1 1': [1.27, 0.9, 1.09], '2 1': [1.12, 1.09, 1.15], '3 1': [1.73, 1.28, 1.77],
    '1 2': [1.34, 1.27, 1.32], '2 2': [1.0, 1.14, 1.24], '3 2': [1.64, 1.65, 1.77],
    '1 3': [1.09, 1.09, 1.26], '2 3': [1.15, 1.15, 1.48], '3 3': [1.44, 1.64, 1.68],
  };
  const rows = Object.entries(cells).flatMap(([cell, values]) => {
    const [prototype, operator] = cell.split(' ');
    return values.map((value, run) => ({ part: `prot #${prototype}`, operator: `op #${operator}`, trial: run + 1, value }));
  });
  const study = gaugeStudy(rows, { lsl: 0.7, usl: 1.8 });
  it('complete model: prototype 2 1.2007 0.6004 F 28.797 p 0.00422; operator 2 0.0529 0.0265 1.270 0.37415; interaction 4 0.0834 0.0208 0.974 0.44619; repeatability 18 0.3854 0.0214; total 26 1.7225', () => {
    const t = study.anova!.withInteraction;
    expect(t.map((r) => [r.df, fixed(r.ss, 4)])).toEqual([[2, '1.2007'], [2, '0.0529'], [4, '0.0834'], [18, '0.3854'], [26, '1.7225']]);
    expect(t.slice(0, 4).map((r) => fixed(r.ms, 4))).toEqual(['0.6004', '0.0265', '0.0208', '0.0214']);
    expect(t.slice(0, 3).map((r) => fixed(r.f, 3))).toEqual(['28.797', '1.270', '0.974']);
    expect(t.slice(0, 3).map((r) => fixed(r.p, 5))).toEqual(['0.00422', '0.37415', '0.44619']);
  });
  it('p 0.44619 ≥ 0.05: reduced model prototype F 28.174 p 8.56e-07, operator 1.242 0.308, repeatability 22 0.4688 0.0213', () => {
    expect(study.model).toBe('without-interaction');
    const [prototype, operator, repeatability] = study.anova!.withoutInteraction!;
    expect([fixed(prototype!.f, 3), Number(prototype!.p).toPrecision(3)]).toEqual(['28.174', '8.56e-7']);
    expect([fixed(operator!.f, 3), fixed(operator!.p, 3)]).toEqual(['1.242', '0.308']);
    expect([repeatability!.df, fixed(repeatability!.ss, 4), fixed(repeatability!.ms, 4)]).toEqual([22, '0.4688', '0.0213']);
  });
  it('Gage R&R: VarComp and %Contrib, StdDev, StudyVar (6 SD), %StudyVar, %Tolerance as printed; 2 distinct categories', () => {
    const c = study.components;
    const line = (x: typeof c.total) => [fixed(x.variance, 10), x.contribution, fixed(x.stdDev, 8), fixed(x.studyVariation, 7), x.studyPercent, x.tolerancePercent];
    expect(line(c.gaugeRR)).toEqual(['0.0218822671', '25.38', '0.14792656', '0.8875594', '50.38', '80.69']);
    expect(line(c.repeatability)).toEqual(['0.0213087542', '24.71', '0.14597518', '0.8758511', '49.71', '79.62']);
    expect(line(c.reproducibility)).toEqual(['0.0005735129', '0.67', '0.02394813', '0.1436888', '8.16', '13.06']);
    expect(line(c.operator)).toEqual(line(c.reproducibility));
    expect(line(c.partToPart)).toEqual(['0.0643389450', '74.62', '0.25365123', '1.5219074', '86.38', '138.36']);
    expect(line(c.total)).toEqual(['0.0862212121', '100', '0.29363449', '1.7618069', '100', '160.16']);
    expect(study.ndc).toBe(2);
    expect(study.verdict).toMatchObject({ percent: '50.38', level: 'unacceptable', result: 'unacceptable' });
  });
});

describe('gaugeStudy, average and range: AIAG MSA 4th ed. gauge R&R report of the same data', () => {
  // AIAG's worksheet: EV 0.20188, AV 0.22963, GRR 0.30575, PV 1.10456, TV 1.14610 (from the
  // rounded R̄̄ 0.3417, X̄diff 0.4446, Rp 3.511); %EV 17.6, %AV 20.0, %GRR 26.7, %PV 96.4, ndc 5.
  const study = gaugeStudy(aiagRows, { method: 'average-range' });
  const c = study.components;
  it('EV, AV, GRR, PV, TV to 3 decimals; %EV, %AV, %GRR, %PV to 1; ndc 5', () => {
    expect([c.repeatability, c.reproducibility, c.gaugeRR, c.partToPart, c.total].map((x) => fixed(x.stdDev, 3))).toEqual(['0.202', '0.230', '0.306', '1.105', '1.146']);
    expect([c.repeatability, c.reproducibility, c.gaugeRR, c.partToPart].map((x) => fixed(x.studyPercent, 1))).toEqual(['17.6', '20.0', '26.7', '96.4']);
    expect(study.ndc).toBe(5);
    expect(study.anova).toBeNull();
    expect(study.verdict?.result).toBe('conditional');
  });
});

describe('gaugeStudy: the alpha that pools the interaction', () => {
  // 4 parts × 2 operators × 2 trials; SS(part × operator) = 0.241875 on 3 df, SS(repeatability) =
  // 0.165 on 8 df: F = 3.90909, p = 0.0546423 (P(F(3, 8) > 3.90909), checked with SciPy's f.sf).
  const rows: GaugeMeasurement[] = [
    [10.0, 10.2, 10.5, 10.3], [12.1, 12.0, 11.8, 11.9], [9.0, 9.3, 9.6, 9.5], [11.0, 11.3, 11.0, 11.2],
  ].flatMap((values, i) => values.map((value, j) => ({ part: `P${i + 1}`, operator: j < 2 ? 'A' : 'B', trial: (j % 2) + 1, value })));
  it('p 0.0546 ≥ 0.05: pooled (current Minitab, SixSigma); p < 0.25: kept (older Minitab, qualityTools)', () => {
    const minitab = gaugeStudy(rows);
    expect(minitab.anova!.withInteraction[2]).toMatchObject({ source: 'part-operator', df: 3, ss: '0.241875', f: '3.90909' });
    expect(fixed(minitab.anova!.withInteraction[2]!.p, 7)).toBe('0.0546423');
    expect(minitab.model).toBe('without-interaction');
    const older = gaugeStudy(rows, { alpha: 0.25 });
    expect(older.model).toBe('with-interaction');
    expect(older.anova!.withoutInteraction).toBeNull();
    // With the interaction: σ²(part × operator) = (MS_int − MS_rep)/r = (0.080625 − 0.020625)/2 = 0.03.
    expect(older.components.partOperator?.variance).toBe('0.03');
    expect(older.alpha).toBe('0.25');
  });
  it('decides a %GRR of exactly 10 % as acceptable (exact fractions, no rounding before the comparison)', () => {
    // Average and range, every cell 0, 1, 0: R̄̄ = 1, X̄diff = 0, so GRR = EV = 1 × K1 = 0.5908 and
    // 6 × GRR over a tolerance of 35.448 is exactly 10 %.
    const rows = ['A', 'B'].flatMap((operator) => [1, 2].flatMap((part) => [0, 1, 0].map((value, t) => ({ part, operator, trial: t + 1, value }))));
    const at = (tolerance: string) =>
      gaugeStudy(rows, { method: 'average-range', tolerance, basis: 'tolerance', minimumCategories: 1 }).verdict;
    expect(at('35.448')).toMatchObject({ percent: '10', level: 'acceptable' });
    expect(at('35.4479')).toMatchObject({ percent: '10', level: 'conditional' });
    expect(at('11.816')).toMatchObject({ percent: '30', level: 'conditional' });
    expect(at('11.8159')).toMatchObject({ percent: '30', level: 'unacceptable' });
  });
});

describe('gaugeStudy, ANOVA with the interaction kept: the R gageRR package README example', () => {
  // gageRR (warrenjonahb/gageRR, README): 2 parts × 2 operators × 2 trials; it keeps the interaction
  // whatever its p-value, as alpha 0.99 does here. SS operator 5e-07, part 4.805e-06, repeatability
  // 3.33e-06, operator × part 8e-08, total 8.715e-06; VarComp repeatability 8.325e-07,
  // reproducibility 1.05e-07, total GRR 9.375e-07, part 1.18125e-06, total 2.11875e-06; %Study Var of
  // GRR 66.51901 %, %Tolerance (LSL 0, USL 0.040) 14.523688 %.
  const measure = [0.0172, 0.0177, 0.0155, 0.0159, 0.0174, 0.0181, 0.0152, 0.0176];
  const rows = measure.map((value, i) => ({ part: `SerialNumber_0${(Math.floor(i / 2) % 2) + 1}`, operator: `Operator_0${Math.floor(i / 4) + 1}`, value }));
  const study = gaugeStudy(rows, { alpha: 0.99, lsl: 0, usl: '0.040' });
  it('has the printed sums of squares and variance components', () => {
    expect(study.model).toBe('with-interaction');
    expect(study.anova!.withInteraction.map((row) => row.ss)).toEqual(['0.000004805', '0.0000005', '0.00000008', '0.00000333', '0.000008715']);
    const c = study.components;
    expect([c.repeatability, c.reproducibility, c.gaugeRR, c.partToPart, c.total].map((x) => x.variance)).toEqual(['0.0000008325', '0.000000105', '0.0000009375', '0.00000118125', '0.00000211875']);
    expect(c.partOperator?.variance).toBe('0');
    expect(Number(c.gaugeRR.stdDev).toPrecision(7)).toBe('0.0009682458');
  });
  it('has the printed %Study Var and %Tolerance', () => {
    expect(study.components.gaugeRR.studyPercent).toBe('66.52');
    expect(study.components.gaugeRR.tolerancePercent).toBe('14.52');
    expect(study.components.partToPart.studyPercent).toBe('74.67');
  });
});

describe('gaugeStudy: input', () => {
  it('lists every problem with its path', () => {
    expect(issuesOf(() => gaugeStudy([{ part: 1, operator: 'A', value: 'x' }] as never, { alpha: 2, nope: true } as never))).toEqual([
      'nope: unrecognized_key',
      'data[0].value: invalid_decimal',
      'alpha: probability_out_of_range',
    ]);
    const unbalanced = aiagRows.slice(1);
    expect(issuesOf(() => gaugeStudy(unbalanced))).toContain('data: unbalanced_study');
    expect(issuesOf(() => gaugeStudy([...aiagRows, { ...aiagRows[0]! }]))).toContain('data[90].trial: duplicate_trial');
    expect(issuesOf(() => gaugeStudy(aiagRows, { basis: 'tolerance' }))).toEqual(['basis: tolerance_missing']);
    // Trials numbered from 0: the rows of trial 0 (the first of each operator's three rows of ten parts) are refused.
    const firstTrials = [0, 30, 60].flatMap((start) => Array.from({ length: 10 }, (_, i) => start + i));
    expect(issuesOf(() => gaugeStudy(aiagRows.map((row) => ({ ...row, trial: (row.trial as number) - 1 }))))).toEqual(firstTrials.map((i) => `data[${i}].trial: too_small`));
  });
  it('gives plain JSON', () => {
    const study = gaugeStudy(aiagRows, { lsl: -4, usl: 4 });
    expect(JSON.parse(JSON.stringify(study))).toEqual(study);
    expect(study.tolerance).toBe('8');
  });
});

describe('gaugeStudy: a design of many parts and operators that share no cells', () => {
  it('lists the first unbalanced cells and counts the rest, instead of one issue per part-by-operator pair', () => {
    // 20,000 rows, each its own part and operator: 10,000 × 10,000 cells, all but 10,000 empty.
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      { part: `p${i}`, operator: `o${i}`, trial: 1, value: 1 },
      { part: `p${i}`, operator: `o${i}`, trial: 2, value: 2 },
    ]).flat();
    const issues = issuesOf(() => gaugeStudy(rows));
    expect(issues.filter((issue) => issue === 'data: unbalanced_study')).toHaveLength(500);
    expect(issues.at(-1)).toBe('(root): more_issues');
    try {
      gaugeStudy(rows);
    } catch (error) {
      const more = (error as { issues: { code: string; params: Record<string, unknown> }[] }).issues.at(-1)!;
      expect(more.params.count).toBe(String(10_000 * 10_000 - 10_000 - 500));
    }
  });
});

describe('gaugeStudy: one measurement short', () => {
  it('names the one cell that differs from most cells, not every cell that differs from the first', () => {
    // AIAG study without its first row (part 1, operator A, trial 1): that cell has 2 measurements, the other 29 have 3.
    try {
      gaugeStudy(aiagRows.slice(1));
    } catch (error) {
      const issues = (error as { issues: { code: string; message: string; messageId: string; params: Record<string, unknown> }[] }).issues;
      expect(issues.map((issue) => [issue.code, issue.params])).toEqual([['unbalanced_study', { part: '1', operator: 'A', count: 2, expected: 3 }]]);
      expect(issues[0]!.message).toBe('Every operator must measure every part the same number of times: part 1 by operator A has 2 measurements, most cells 3.');
      expect(issues[0]!.messageId).toBe('Setiap operator harus mengukur setiap komponen dengan jumlah ulangan yang sama: komponen 1 oleh operator A memiliki 2 pengukuran, sebagian besar sel 3.');
    }
    expect.assertions(3);
  });
});

describe('gaugeStudy: perfect repeatability', () => {
  // Every trial repeats its operator's reading exactly (repeatability 0), but operator B reads odd parts 0.1 high and even parts 0.1 low: an operator-by-part interaction.
  const rows = studyRows(5, (part) => String(part)).map((row) => ({ ...row, value: row.operator === 'A' ? row.value : String(Number(row.value) + (Number(String(row.part).slice(1)) % 2 === 1 ? 0.1 : -0.1)) }));
  const study = gaugeStudy(rows);
  it('keeps an interaction over a repeatability of 0 (an infinite F, p 0) instead of pooling it into repeatability', () => {
    expect(study.model).toBe('with-interaction');
    const [, , interaction, repeatability] = study.anova!.withInteraction;
    expect([interaction!.ms, interaction!.f, interaction!.p, repeatability!.ms]).toEqual(['0.012', null, '0', '0']);
    // SS(int) = r·Σ(cell − part − operator + grand)² = 2·(3·2·0.04² + 2·2·0.06²) = 0.048 on 4 df: MS(int) 0.012. Expected mean
    // squares with the interaction: σ²(part × operator) = MS(int)/r = 0.006, σ²(operator) = max(0, (MS(op) − MS(int))/(p·r)) = 0 (MS(op) 0.002).
    expect(study.components.repeatability.variance).toBe('0');
    expect(study.components.partOperator?.variance).toBe('0.006');
    expect(study.components.operator.variance).toBe('0');
    expect(study.components.gaugeRR.variance).toBe('0.006');
  });
  it('explains a pooled interaction without a p-value when nothing but the parts varies', () => {
    const flat = gaugeStudy(studyRows(5, (part) => String(part)));
    expect([flat.model, flat.anova!.withInteraction[2]!.p]).toEqual(['without-interaction', null]);
  });
});

describe('gaugeStudy: names of any length', () => {
  it('shortens a part or operator name in its sentences as every sentence shortens a user text', () => {
    const long = 'x'.repeat(100_000);
    const rows = [
      { part: long, operator: 'A', value: 1 }, { part: long, operator: 'A', value: 2 },
      { part: 'p', operator: 'A', value: 1 }, { part: 'p', operator: 'A', value: 1 },
      { part: long, operator: `${long}B`, value: 1 }, { part: long, operator: `${long}B`, value: 2 },
      { part: 'p', operator: `${long}B`, trial: 3, value: 2 }, { part: 'p', operator: `${long}B`, trial: 3, value: 2 },
    ];
    try {
      gaugeStudy(rows);
    } catch (error) {
      const issues = (error as { issues: { code: string; message: string; messageId: string }[] }).issues;
      expect(issues.map((issue) => issue.code)).toEqual(['duplicate_trial']);
      for (const issue of issues) expect([issue.message.length < 400, issue.messageId.length < 400]).toEqual([true, true]);
    }
    try {
      gaugeStudy(rows.slice(0, 7));
    } catch (error) {
      const issues = (error as { issues: { code: string; message: string }[] }).issues;
      expect(issues.map((issue) => issue.code)).toEqual(['unbalanced_study']);
      expect(issues[0]!.message).toContain(`part p by operator ${'x'.repeat(80)}… has 1 measurement, most cells 2.`);
    }
    expect.assertions(4);
  });
});

describe('gaugeStudySummary', () => {
  const balanced = fc
    .record({ parts: fc.integer({ min: 2, max: 10 }), operators: fc.integer({ min: 2, max: 3 }), trials: fc.integer({ min: 2, max: 3 }), places: fc.integer({ min: 0, max: 4 }) })
    .chain(({ parts, operators, trials, places }) =>
      fc.array(fc.integer({ min: -20_000, max: 20_000 }), { minLength: parts * operators * trials, maxLength: parts * operators * trials }).map((values) =>
        values.map((v, i) => ({
          part: `P${i % parts}`,
          operator: `O${Math.floor(i / parts) % operators}`,
          trial: Math.floor(i / (parts * operators)) + 1,
          value: (v / 10 ** places).toFixed(places),
        })),
      ),
    );
  const options = fc.record({
    method: fc.constantFrom('anova' as const, 'average-range' as const),
    basis: fc.constantFrom('study-variation' as const, 'tolerance' as const),
    alpha: fc.constantFrom('0.05', '0.25'),
    studyVariation: fc.constantFrom('6', '5.15'),
    tolerance: fc.constantFrom('0.5', '8', '40'),
    minimumCategories: fc.integer({ min: 1, max: 8 }),
  });

  it('gives the same figures for values far beyond the normal doubles (1e-300 and 1e+300 in scale)', () => {
    const scaled = (value: number | string, exponent: number) => new Exact(value).times(new Exact(10).pow(exponent)).toFixed();
    const shifted = (exponent: number) => aiagRows.map((row) => ({ ...row, value: scaled(row.value as number, exponent) }));
    for (const exponent of [-300, 300]) {
      const rows = shifted(exponent);
      const options = { basis: 'tolerance' as const, tolerance: scaled(8, exponent) };
      const summary = gaugeStudySummary(readGaugeStudyInput(rows, options));
      expect(summary).toEqual(summaryOfStudy(gaugeStudy(rows, options)));
      expect(summary.verdict?.percent).toBe('22.68');
    }
  });

  it('gives the same model, interaction p-value, %GRR component, distinct categories and verdict as gaugeStudy', () => {
    fc.assert(
      fc.property(balanced, options, (rows, opts) => {
        expect(gaugeStudySummary(readGaugeStudyInput(rows, opts))).toEqual(summaryOfStudy(gaugeStudy(rows, opts)));
      }),
      { numRuns: 150 },
    );
  });
});

/** A study of `parts` parts, operators A and B, 2 trials, with `value(part, trial)`. */
const studyRows = (parts: number, value: (part: number, trial: number) => string): GaugeMeasurement[] =>
  Array.from({ length: parts }, (_, i) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part: `P${i + 1}`, operator, trial, value: value(i + 1, trial) })))).flat();

describe('gaugeStudy: extreme values', () => {
  it('counts the distinct categories of parts far apart measured with a fine gauge exactly, without reading them from a double', () => {
    // Parts 10^20 apart, trials 0.1 apart: σ_part/σ_GRR about 10^21, past the doubles' whole numbers.
    const study = gaugeStudy(studyRows(5, (part, trial) => `${part}${'0'.repeat(20)}.${trial}`));
    expect(study.ndc).toBe(Number.MAX_SAFE_INTEGER);
    expect(study.verdict).toMatchObject({ percent: '0', result: 'acceptable' });
    // 1e300-sized texts and 400-digit texts: figures, never a RangeError.
    const huge = gaugeStudy(studyRows(3, (part, trial) => `${part}${'0'.repeat(300)}.${trial}`));
    expect(huge.ndc).toBe(Number.MAX_SAFE_INTEGER);
    expect(JSON.parse(JSON.stringify(huge))).toEqual(huge);
    // Just below the doubles' limit the count is exact: 1.41 × σ_part/σ_GRR = 1.41 × 10^12 × √(some ratio).
    const exact = gaugeStudy(studyRows(5, (part, trial) => `${part}${'0'.repeat(10)}.${trial}`));
    expect(exact.ndc).toBe(373_050_934_860);
  });
  it('does not find a gauge acceptable on %Tolerance from a study whose values do not vary at all: it tells no part from another', () => {
    const flat = gaugeStudy(studyRows(5, () => '2.000'), { tolerance: '0.5', basis: 'tolerance' });
    expect(flat.verdict).toEqual({ basis: 'tolerance', percent: '0', level: 'acceptable', minimumCategories: 5, categoriesMet: false, result: 'unacceptable' });
    expect(flat.notes.map((note) => note.code)).toEqual(['zero_spread']);
    // On the study variation there is no %GRR at all.
    expect(gaugeStudy(studyRows(5, () => '2.000')).verdict).toBeNull();
  });
});
