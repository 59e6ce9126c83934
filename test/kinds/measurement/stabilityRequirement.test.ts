import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, pathToPass } from '../../../src/index.js';
import { explanationsEn } from '../../../src/locales/en.js';
import { explanationsId } from '../../../src/locales/id.js';
import { selectedRules, stabilityChart } from '../../../src/kinds/measurement/stabilityRequirement.js';
import { evaluateExact } from '../../oracle/evaluateExact.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

// Ten values above the centre line (10.0048), then fifteen around it: a run of ten on one side.
// Nelson rule 2 (nine in a row) flags its 9th and 10th points, Western Electric rule 4 (eight in a
// row) its 8th to 10th; nothing else is flagged (R qcc 3 conventions, see docs/stability-and-msa.md).
const shifted = [
  10.03, 10.05, 10.02, 10.04, 10.06, 10.03, 10.05, 10.02, 10.04, 10.03,
  9.97, 10.01, 9.95, 9.98, 10.02, 9.96, 9.99, 10.01, 9.97, 9.95, 10.0, 9.98, 10.01, 9.96, 9.99,
];

/** Evaluates one measurement criterion both ways (plan and decimal oracle) and returns its result, checking they agree. */
function run(requireStable: Record<string, unknown>, values: unknown = shifted, capability: Record<string, unknown> = {}) {
  return evaluate(...bothWays(requireStable, values, capability));
}

function bothWays(requireStable: Record<string, unknown>, values: unknown = shifted, capability: Record<string, unknown> = {}) {
  const criterion = { kind: 'measurement', id: 'd', title: 'Bore', causeFamily: 'machine', unit: 'mm', lsl: '9.85', usl: '10.15', remedy: 'Hone to size.', effort: { days: '20' }, capability: { min: '1.33', minSamples: 25, requireStable, ...capability } } as never;
  const profile = defineProfile(profileWith([criterion]));
  const evidence = evidenceWith([{ criterion: 'd', values } as never]);
  const fast = evaluate(profile, evidence);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(evaluateExact(profile, evidence)));
  return [profile, evidence] as const;
}

describe('stability requirement of a capability study', () => {
  it('fails a capable-looking study from a process the run rules flag, naming points and rules in both languages', () => {
    const evaluation = run({ rules: ['nelson'] });
    const r = evaluation.criteria[0]!;
    expect(r.status).toBe('fail');
    expect(r.score).toBe('0');
    expect(r.found?.capability).toMatchObject({ value: '1.6799', stability: { chart: 'i-mr', stable: false, center: '10.0048', lcl: '9.91835', ucl: '10.09125', flagged: [9, 10], flags: [{ rule: 'nelson2', points: [9, 10] }] } });
    expect(r.required.capability).toMatchObject({ stable: { rules: ['nelson1', 'nelson2', 'nelson3', 'nelson4', 'nelson5', 'nelson6', 'nelson7', 'nelson8'], onUnstable: 'fail' } });
    expect(r.explanation).toBe(
      'Capability not valid (I-MR chart): points 9 and 10 break Nelson rule 2. Cpk 1.6799 describes no stable process: find and remove the special cause, then re-run the study.',
    );
    expect(explanationsId['measurement.unstable'](r.why.params)).toBe(
      'Kapabilitas tidak sah (peta kendali I-MR): titik 9 dan 10 melanggar aturan Nelson 2. Cpk 1.6799 tidak menggambarkan proses yang stabil: temukan dan hilangkan penyebab khusus, lalu ulangi studinya.',
    );
    expect(evaluation.gaps[0]).toMatchObject({ criterion: 'd', status: 'fail', causeFamily: 'method', stability: { chart: 'i-mr', rules: ['nelson2'], points: [9, 10] } });
    // The criterion's remedy and effort are for another gap: the special cause has its own.
    expect(evaluation.gaps[0]?.remedy).toBeUndefined();
    expect(evaluation.gaps[0]?.effort).toBeUndefined();
  });

  it('is a gap of its own: cause family and effort from the stability requirement, its own step on the path to a pass', () => {
    const [profile, evidence] = bothWays({ rules: ['nelson'], causeFamily: 'machine', effort: { days: '5', cost: '1200', currency: 'EUR' } });
    const evaluation = evaluate(profile, evidence);
    expect(evaluation.gaps[0]).toMatchObject({ causeFamily: 'machine', effort: { days: '5', cost: '1200', currency: 'EUR' }, stability: { points: [9, 10] } });
    const step = pathToPass(profile, evaluation).approval!.steps[0]!;
    expect(step).toMatchObject({ criterion: 'd', action: 'remove-special-cause', causeFamily: 'machine', effort: { days: '5' }, why: { code: 'path.stabilize' } });
    expect(step.explanation).toBe(`Find and remove the special cause in d, then re-run its capability study (+${step.pointsGained}): score ${step.score}, grade ${step.grade}, ${step.decision}.`);
    expect(explanationsEn['path.stabilize'](step.why.params)).toBe(step.explanation);
    const out = evaluate(...bothWays({ rules: ['nelson'] }, [...shifted.slice(0, 24), '10.2']));
    expect(out.gaps[0]).toMatchObject({ causeFamily: 'machine', remedy: 'Hone to size.', effort: { days: '20' } });
    expect(out.gaps[0]?.stability).toBeUndefined();
  });

  it('names the points of the dispersion chart too, and counts the points beyond the first six', () => {
    // The throat diameters of the pump-injector example's first supplier, moved by 3.5 mm into these limits
    // (a shift moves the centre line and limits with the points: the same points flag).
    const throat = ['6.504', '6.494', '6.502', '6.512', '6.514', '6.481', '6.502', '6.491', '6.502', '6.494', '6.504', '6.494', '6.503', '6.497', '6.508', '6.505', '6.500', '6.499', '6.501', '6.499', '6.497', '6.510', '6.491', '6.497', '6.489', '6.522', '6.520', '6.506', '6.503', '6.517', '6.505', '6.504'].map((v) => (Number(v) + 3.5).toFixed(3));
    const r = run({ rules: ['nelson'] }, throat).criteria[0]!;
    expect(r.found?.capability).toMatchObject({ stability: { flags: [{ rule: 'nelson5', points: [27] }], dispersionFlagged: [6, 26], dispersionFlags: [{ rule: 'nelson1', points: [6, 26] }] } });
    expect(r.explanation).toBe(
      'Capability not valid (I-MR chart): point 27 breaks Nelson rule 5; the moving ranges at points 6 and 26 break Nelson rule 1. Cpk 1.6799 describes no stable process: find and remove the special cause, then re-run the study.'.replace('1.6799', (r.found?.capability as { value: string }).value),
    );
    expect(explanationsId['measurement.unstable'](r.why.params)).toContain('titik 27 melanggar aturan Nelson 5; rentang bergerak pada titik 6 dan 26 melanggar aturan Nelson 1.');
    const many = { ...r.why.params, flags: 'we4 8,9,10,11,12,13+4', dispersionFlags: '' };
    expect(explanationsEn['measurement.unstable'](many)).toContain(': points 8, 9, 10, 11, 12, 13 and 4 more break Western Electric rule 4.');
    expect(explanationsId['measurement.unstable'](many)).toContain(': titik 8, 9, 10, 11, 12, 13, dan 4 lainnya melanggar aturan Western Electric 4.');
  });

  it('makes the evidence incomplete instead when the profile says so', () => {
    const evaluation = run({ rules: ['nelson'], onUnstable: 'incomplete' });
    expect(evaluation.criteria[0]).toMatchObject({ status: 'missing', why: { code: 'measurement.unstable' } });
    expect(evaluation.decision).toBe('incomplete');
  });

  it('tests the Western Electric rules by default, and single rules when listed', () => {
    const western = run({}).criteria[0]!;
    expect(western.found?.capability).toMatchObject({ stability: { rules: ['we1', 'we2', 'we3', 'we4'], flags: [{ rule: 'we4', points: [8, 9, 10] }] } });
    expect(western.explanation).toContain('points 8, 9 and 10 break Western Electric rule 4.');
    const beyond = run({ rules: ['nelson1', 'nelson3'] }).criteria[0]!;
    expect(beyond.status).toBe('pass');
    expect(beyond.explanation).toBe('All 25 values within 9.85–10.15 mm; Cpk 1.6799 meets 1.33; the I-MR chart flags no point.');
    expect(explanationsId['measurement.capable'](beyond.why.params)).toBe(
      'Semua 25 nilai dalam 9.85–10.15 mm; Cpk 1.6799 memenuhi 1.33; peta kendali I-MR tidak menandai satu titik pun.',
    );
  });

  it('charts subgroups on X̄–R by default, and cannot chart individual values on an X̄ chart (missing, never a pass)', () => {
    const grouped = run({ rules: ['nelson'] }, shifted, { subgroupSize: 5, minSamples: 20 }).criteria[0]!;
    expect(grouped.found?.capability).toMatchObject({ stability: { chart: 'xbar-r' } });
    const untestable = run({ chart: 'xbar-s' }).criteria[0]!;
    expect(untestable).toMatchObject({ status: 'missing', why: { code: 'measurement.stabilityUntestable' } });
    expect(untestable.explanation).toBe(
      "Cpk 1.6799 cannot be trusted: the stability test on the X̄–s chart cannot be made: an X̄ chart needs subgroups; give the values in subgroups or set the capability requirement's subgroupSize.",
    );
    const uneven = run({}, [shifted.slice(0, 5), shifted.slice(5, 10), shifted.slice(10, 13), shifted.slice(13, 25)], { minSamples: 20 }).criteria[0]!;
    expect(uneven).toMatchObject({ status: 'missing', found: { capability: { stability: { chart: 'xbar-r', stable: null } } } });
    expect(uneven.explanation).toContain('Every subgroup must have as many values as the first (5); this one has 3.');
    // Subgroups beyond the chart's tables: the reason in both languages.
    const wide = run({ chart: 'xbar-r' }, [...shifted, ...shifted.slice(0, 5), ...shifted, ...shifted.slice(0, 5)], { subgroupSize: 30, minSamples: 20, sigma: 'pooled' }).criteria[0]!;
    expect(wide).toMatchObject({ status: 'missing', why: { code: 'measurement.stabilityUntestable' } });
    expect(explanationsId['measurement.stabilityUntestable'](wide.why.params)).toContain('Subgrup peta kendali berisi 2 sampai 25 nilai (rentang tabel konstantanya); subgrup ini berisi 30.');
  });

  it('leaves values out of specification a fail of their own', () => {
    const r = run({ rules: ['nelson'] }, [...shifted.slice(0, 24), '10.2']).criteria[0]!;
    expect(r.why.code).toBe('measurement.outOfSpec');
  });

  it('expands rule sets and picks the chart from the subgroup size', () => {
    expect(selectedRules(['nelson1', 'western-electric'])).toEqual(['we1', 'we2', 'we3', 'we4', 'nelson1']);
    const requirement = { rules: ['nelson' as const], onUnstable: 'fail' as const, causeFamily: 'method' as const };
    expect([1, 2, 8, 9, 25].map((size) => stabilityChart(requirement, size))).toEqual(['i-mr', 'xbar-r', 'xbar-r', 'xbar-s', 'xbar-s']);
    expect(stabilityChart({ ...requirement, chart: 'i-mr' }, 5)).toBe('i-mr');
  });
});
