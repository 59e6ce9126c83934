import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, parseEvidence, parseProfile, screen } from 'supplier-quality';
import { pathToPass } from '../../../src/gaps/pathToPass.js';
import { whatIf } from '../../../src/gaps/whatIf.js';
import { explanationsId } from '../../../src/locales/id.js';
import { evaluateExact } from '../../oracle/evaluateExact.js';

/**
 * The AIAG MSA 4th ed. gauge R&R example (chapter III section B; Minitab's GAGEAIAG.MTW): 10 parts,
 * appraisers A, B, C, 3 trials; rows are trials, columns parts 1 to 10. Minitab, "Example of Crossed
 * Gage R&R Study" (tolerance 8): interaction p 0.974 (removed at alpha 0.05), Total Gage R&R 27.86 %
 * of the study variation and 22.68 % of the tolerance, 4 distinct categories.
 */
const AIAG: Record<string, number[][]> = {
  A: [[0.29, -0.56, 1.34, 0.47, -0.8, 0.02, 0.59, -0.31, 2.26, -1.36], [0.41, -0.68, 1.17, 0.5, -0.92, -0.11, 0.75, -0.2, 1.99, -1.25], [0.64, -0.58, 1.27, 0.64, -0.84, -0.21, 0.66, -0.17, 2.01, -1.31]],
  B: [[0.08, -0.47, 1.19, 0.01, -0.56, -0.2, 0.47, -0.63, 1.8, -1.68], [0.25, -1.22, 0.94, 1.03, -1.2, 0.22, 0.55, 0.08, 2.12, -1.62], [0.07, -0.68, 1.34, 0.2, -1.28, 0.06, 0.83, -0.34, 2.19, -1.5]],
  C: [[0.04, -1.38, 0.88, 0.14, -1.46, -0.29, 0.02, -0.46, 1.77, -1.49], [-0.11, -1.13, 1.09, 0.2, -1.07, -0.67, 0.01, -0.56, 1.45, -1.77], [-0.15, -0.96, 0.67, 0.11, -1.45, -0.49, 0.21, -0.49, 1.87, -2.16]],
};
const measurements = Object.entries(AIAG).flatMap(([operator, trials]) =>
  trials.flatMap((values, t) => values.map((value, i) => ({ part: String(i + 1), operator, trial: t + 1, value }))),
);

/**
 * R SixSigma `ss.rr(time1, prototype, operator, data = ss.data.rr, lsl = 0.7, usl = 1.8)` (SixSigma
 * 0.11 reference page): interaction p 0.44619 (pooled), Total Gage R&R 50.38 % of the study variation,
 * 80.69 % of the tolerance, 2 distinct categories. The cells as test/stats/gaugeStudy.test.ts gives them.
 */
const SS_RR: Record<string, number[]> = {
  '1 1': [1.27, 0.9, 1.09], '2 1': [1.12, 1.09, 1.15], '3 1': [1.73, 1.28, 1.77],
  '1 2': [1.34, 1.27, 1.32], '2 2': [1.0, 1.14, 1.24], '3 2': [1.64, 1.65, 1.77],
  '1 3': [1.09, 1.09, 1.26], '2 3': [1.15, 1.15, 1.48], '3 3': [1.44, 1.64, 1.68],
};

const criterion = (extra: Record<string, unknown> = {}) => ({ kind: 'gauge-study', id: 'gauge', title: 'Gauge R&R', causeFamily: 'measurement', characteristic: 'part-d', ...extra });
const profileWith = (gauge: Record<string, unknown>, measurement: Record<string, unknown> = {}) =>
  defineProfile({
    id: 'msa',
    version: '1',
    title: 'MSA',
    component: { name: 'Injector body' },
    categories: [
      {
        id: 'product',
        title: 'Product',
        criteria: [
          { kind: 'measurement', id: 'part-d', title: 'Part diameter', unit: 'mm', causeFamily: 'machine', nominal: '0', tolerance: '4', ...measurement },
          criterion(gauge),
        ],
      },
    ],
  } as never);
const evidence = (rows: unknown[], values: unknown[] = ['0.1', '-0.2', '0.3']) => ({
  supplier: { id: 's1', name: 'CV Presisi' },
  auditDate: '2026-11-20',
  entries: [
    { criterion: 'part-d', values },
    { criterion: 'gauge', measurements: rows },
  ],
});
const resultOf = (profile: ReturnType<typeof profileWith>, rows: unknown[]) => evaluate(profile, evidence(rows)).criteria[1]!;

describe('gauge-study criterion', () => {
  it('judges %Study Variation 27.86 % with 4 distinct categories as not acceptable (fewer than 5): fail, ANOVA with the interaction pooled (Minitab GAGEAIAG)', () => {
    const result = resultOf(profileWith({}), measurements);
    expect([result.status, result.score]).toEqual(['fail', '0']);
    expect(result.found).toMatchObject({ method: 'anova', model: 'without-interaction', parts: 10, operators: 3, trials: 3, interactionP: '0.974106', percent: '27.86', studyPercent: '27.86', tolerancePercent: '22.68', contribution: '7.76', tolerance: '8', ndc: 4, result: 'unacceptable' });
    expect(result.why).toEqual({
      code: 'gauge.tooFewCategories',
      params: { percent: '27.86', basis: 'study-variation', ndc: '4', minimum: '5', model: 'without-interaction', p: '0.974106', alpha: '0.05', acceptable: '10', conditional: '30' },
    });
    expect(result.explanation).toBe('%GRR 27.86 % of the study variation, 4 distinct categories (5 required), ANOVA, interaction pooled into repeatability (p 0.974106 ≥ 0.05): not acceptable, fewer than 5 distinct categories.');
    expect(result.shortfall).toEqual({ amount: '1', unit: 'categories', relative: '0.2' });
    expect(result.required).toEqual({ method: 'anova', basis: 'study-variation', alpha: '0.05', studyVariation: '6', acceptable: '10', conditional: '30', minimumCategories: 5, characteristic: 'part-d' });
  });

  it('judges 22.68 % of the tolerance 8 with at least 4 categories as conditionally acceptable: partial, 50 points, 12.68 % above 10 %', () => {
    const result = resultOf(profileWith({ basis: 'tolerance', minimumCategories: 4 }), measurements);
    expect([result.status, result.score, result.why.code]).toEqual(['partial', '50', 'gauge.conditional']);
    expect(result.shortfall).toEqual({ amount: '12.68', unit: '%', relative: '1.268' });
    expect(result.explanation).toBe('%GRR 22.68 % of the tolerance, 4 distinct categories (4 required), ANOVA, interaction pooled into repeatability (p 0.974106 ≥ 0.05): conditionally acceptable (above 10 %, at most 30 %).');
  });

  it('on the tolerance with the default minimum of 5 categories: not acceptable, as docs/profiles.md shows', () => {
    const result = resultOf(profileWith({ basis: 'tolerance' }), measurements);
    expect(result.explanation).toBe('%GRR 22.68 % of the tolerance, 4 distinct categories (5 required), ANOVA, interaction pooled into repeatability (p 0.974106 ≥ 0.05): not acceptable, fewer than 5 distinct categories.');
    expect(result.found).toMatchObject({ percent: '22.68', studyPercent: '27.86', tolerancePercent: '22.68', ndc: 4, result: 'unacceptable' });
  });

  it('with a tolerance of 1.2 the same gauge takes 151.19 % of it: not acceptable, fail', () => {
    const result = resultOf(profileWith({ basis: 'tolerance', minimumCategories: 4 }, { tolerance: '0.6' }), measurements);
    expect([result.status, result.why.code, (result.found as { percent: string }).percent]).toEqual(['fail', 'gauge.unacceptable', '151.19']);
  });

  it('R SixSigma ss.rr: 80.69 % of the tolerance 0.7 to 1.8, 2 distinct categories; by average and range as the AIAG form', () => {
    const rows = Object.entries(SS_RR).flatMap(([cell, values]) => {
      const [prototype, operator] = cell.split(' ');
      return values.map((value) => ({ part: `prot #${prototype}`, operator: `op #${operator}`, value }));
    });
    const profile = profileWith({ basis: 'tolerance', minimumCategories: 2 }, { nominal: undefined, tolerance: undefined, lsl: '0.7', usl: '1.8' });
    const result = resultOf(profile, rows);
    expect(Number((result.found as { interactionP: string }).interactionP).toFixed(5)).toBe('0.44619');
    expect(result.found).toMatchObject({ model: 'without-interaction', percent: '80.69', studyPercent: '50.38', ndc: 2, result: 'unacceptable' });
    const byRange = resultOf(profileWith({ method: 'average-range' }), measurements);
    expect(byRange.found).toMatchObject({ method: 'average-range', model: 'average-range', ndc: 5 });
    expect(byRange.required).not.toHaveProperty('alpha');
  });

  it('passes a gauge with no variation but the parts (%GRR 0 on either basis)', () => {
    const rows = ['1', '2', '3'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part, operator, trial, value: part }))));
    const result = resultOf(profileWith({ basis: 'tolerance' }), rows);
    expect([result.status, result.score, result.why.code, (result.found as { percent: string }).percent]).toEqual(['pass', '100', 'gauge.acceptable', '0']);
  });

  it('fails a study whose values do not vary at all, judged on the study variation', () => {
    const rows = ['1', '2'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part, operator, trial, value: 5 }))));
    const result = resultOf(profileWith({}), rows);
    expect(result.why.code).toBe('gauge.noVariation');
    expect(result.explanation).toBe("The study's values do not vary at all (ANOVA, interaction pooled into repeatability (neither varies: no F test)): it tells no part from another.");
    expect(explanationsId['gauge.noVariation'](result.why.params)).toBe('Nilai studi sama sekali tidak bervariasi (ANOVA, interaksi digabung ke repeatability (keduanya tidak bervariasi: tanpa uji F)): studi tidak dapat membedakan satu part dari yang lain.');
  });

  it('fails a study whose values do not vary at all on the tolerance too (a %GRR of 0 that tells no part from another), and so gates its measurement', () => {
    const rows = ['1', '2', '3', '4', '5'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part, operator, trial, value: '2.000' }))));
    const profile = profileWith({ basis: 'tolerance' }, { gauge: 'gauge' });
    const [measurement, gauge] = evaluate(profile, evidence(rows)).criteria;
    expect([gauge!.status, gauge!.score, gauge!.why.code, (gauge!.found as { result: string }).result]).toEqual(['fail', '0', 'gauge.noVariation', 'unacceptable']);
    expect([measurement!.status, measurement!.why.code]).toEqual(['fail', 'measurement.gaugeNotQualified']);
    expect(evaluateExact(profile, evidence(rows)).criteria[1]!.why.code).toBe('gauge.noVariation');
  });

  it('judges parts far apart measured with a fine gauge (distinct categories beyond the doubles) without hanging or throwing', () => {
    const rows = ['1', '2', '3', '4', '5'].flatMap((part) => ['A', 'B'].flatMap((operator) => [1, 2].map((trial) => ({ part, operator, trial, value: `${part}${'0'.repeat(300)}.${trial}` }))));
    const result = resultOf(profileWith({}), rows);
    expect([result.status, result.why.code, (result.found as { ndc: number }).ndc]).toEqual(['pass', 'gauge.acceptable', Number.MAX_SAFE_INTEGER]);
  });

  it('refuses a study that is not crossed and balanced, and a trial given twice, with the path of the entry', () => {
    const parsed = parseEvidence(evidence([...measurements.slice(0, 89), { ...measurements[0]!, trial: 1 }]), { profile: profileWith({}) });
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.code]);
    expect(issues).toContainEqual(['entries[1].measurements[89].trial', 'duplicate_trial']);
    expect(issues).toContainEqual(['entries[1].measurements', 'unbalanced_study']);
  });

  it('cross-checks the characteristic: an existing measurement criterion, with both limits for a verdict on %Tolerance', () => {
    const codes = (gauge: Record<string, unknown>, measurement: Record<string, unknown> = {}) => {
      const parsed = parseProfile({ id: 'msa', version: '1', title: 'MSA', component: { name: 'Injector body' }, categories: [{ id: 'product', title: 'Product', criteria: [{ kind: 'measurement', id: 'part-d', title: 'D', unit: 'mm', causeFamily: 'machine', nominal: '0', tolerance: '4', ...measurement }, criterion(gauge)] }] });
      return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.code]);
    };
    expect(codes({ characteristic: 'part-x' })).toEqual([['categories[0].criteria[1].characteristic', 'unknown_criterion']]);
    expect(codes({ characteristic: 'gauge' })).toEqual([['categories[0].criteria[1].characteristic', 'wrong_kind']]);
    expect(codes({ basis: 'tolerance' }, { tolerance: undefined, upperDeviation: '0.1' })).toEqual([['categories[0].criteria[1].characteristic', 'tolerance_missing']]);
    expect(codes({ basis: 'tolerance', characteristic: undefined })).toEqual([['categories[0].criteria[1].basis', 'tolerance_missing']]);
    expect(codes({ alpha: '1', studyVariation: '0' })).toEqual([['categories[0].criteria[1].alpha', 'out_of_range'], ['categories[0].criteria[1].studyVariation', 'too_small']]);
    expect(codes({}, { gauge: 'part-d' })).toEqual([['categories[0].criteria[0].gauge', 'wrong_kind']]);
    expect(codes({ basis: 'tolerance' })).toEqual([]);
  });
});

describe('a measurement that requires a qualified gauge', () => {
  const gated = profileWith({}, { gauge: 'gauge' });
  const conditional = profileWith({ basis: 'tolerance', minimumCategories: 4 }, { gauge: 'gauge' });

  it('is not a pass with a gauge that is not acceptable: it fails and says so; the gauge study is the gap to close first', () => {
    const evaluation = evaluate(gated, evidence(measurements));
    const [part, gauge] = evaluation.criteria;
    expect([part!.status, part!.score, part!.why.code]).toEqual(['fail', '0', 'measurement.gaugeNotQualified']);
    expect(part!.explanation).toBe('Not a pass: measured with a gauge that is not qualified (gauge study gauge, %GRR 27.86 %, 4 distinct categories); the measured values cannot be trusted until the gauge is qualified.');
    expect(part!.found).toMatchObject({ n: 3, gauge: { criterion: 'gauge', status: 'fail' } });
    expect(gauge!.status).toBe('fail');
    expect(evaluation.gaps.map((gap) => [gap.criterion, gap.causeFamily])).toEqual([['gauge', 'measurement'], ['part-d', 'measurement']]);
    expect(evaluateExact(gated, evidence(measurements))).toEqual(evaluation);
    expect(screen(gated, evidence(measurements))).toMatchObject({ score: evaluation.score, decision: evaluation.decision });
  });

  it('a path to a pass closes the gauge study alone when the measurement it gates passes on its own values, as a what-if with the gauge qualified does', () => {
    const evaluation = evaluate(gated, evidence(measurements));
    expect((evaluation.criteria[0]!.found as { gauge: { own: { status: string; score: string } } }).gauge.own).toMatchObject({ status: 'pass', score: '100' });
    const path = pathToPass(gated, evaluation);
    expect(path.next!.steps.map((step) => step.criterion)).toEqual(['gauge']);
    const after = whatIf(gated, evidence(measurements), { met: ['gauge'] }).after;
    expect(after.criteria[0]!.status).toBe('pass');
    expect([path.next!.score, path.next!.decision]).toEqual([after.score, after.decision]);
  });

  it('keeps its own verdict with a conditionally acceptable gauge, and when it fails on its own values', () => {
    expect(evaluate(conditional, evidence(measurements)).criteria[0]!.status).toBe('pass');
    const own = evaluate(gated, evidence(measurements, ['5', '0'])).criteria[0]!;
    expect([own.status, own.why.code]).toEqual(['fail', 'measurement.outOfSpec']);
  });

  it('is missing while its gauge study has no evidence', () => {
    const input = { ...evidence(measurements), entries: [{ criterion: 'part-d', values: ['0.1'] }] };
    const evaluation = evaluate(gated, input);
    expect([evaluation.criteria[0]!.status, evaluation.criteria[0]!.why.code, evaluation.decision]).toEqual(['missing', 'measurement.gaugeMissing', 'incomplete']);
    expect(evaluateExact(gated, input)).toEqual(evaluation);
  });
});
