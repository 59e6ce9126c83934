import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate } from '../../src/index.js';
import { renderEvaluation } from '../../src/report/renderEvaluation.js';
import { measurementFigures, reportMeasurementParams, significant } from '../../src/report/measurementFigures.js';
import { evidenceWith, profileWith } from '../fixtures.js';

describe('measurementFigures', () => {
  it('writes limits with the decimals the profile writes them with, measured figures with one more', () => {
    const figures = measurementFigures({ lsl: '5.97', usl: '6.03', nominal: '6' }, { kind: 'measurement', nominal: '6.000', tolerance: '0.03' });
    expect([figures.limitPlaces, figures.measuredPlaces, figures.limit('6'), figures.limit('5.97')]).toEqual([3, 4, '6.000', '5.970']);
    expect([figures.measured('5.98123'), figures.measured('6.01'), figures.measured('6.03')]).toEqual(['5.9812', '6.0100', '6.0300']);
  });

  it('takes the decimals of the evaluation’s limits without a profile', () => {
    const figures = measurementFigures({ lsl: '3.18', usl: '3.22' });
    expect([figures.limit('3.18'), figures.measured('3.19971875')]).toEqual(['3.18', '3.200']);
  });

  it('writes a value exactly when rounding would put it on a limit it is not on', () => {
    const figures = measurementFigures({ lsl: '3.18', usl: '3.22' });
    expect(['3.22004', '3.17996', '3.2204', '3.2196', '3.22', '3.2149'].map(figures.measured)).toEqual(['3.22004', '3.17996', '3.2204', '3.2196', '3.220', '3.215']);
  });

  it('writes sigma and mean shift at 3 significant digits and leaves the other parameters', () => {
    expect([significant('0.00158396'), significant('-0.000164179'), significant('12.3456'), significant('')]).toEqual(['0.00158', '-0.000164', '12.3', '']);
    const params = reportMeasurementParams({ usl: '6', max: '5.98712', sigma: '0.00158396', meanShift: '-0.000164179', n: '10' }, measurementFigures({ usl: '6' }, { kind: 'measurement', usl: '6.000' }));
    expect(params).toEqual({ usl: '6.000', max: '5.9871', sigma: '0.00158', meanShift: '-0.000164', n: '10' });
  });
});

describe('reports of measurements at the drawing’s precision', () => {
  const input = profileWith([
    { kind: 'measurement', id: 'bore', title: 'Bore', causeFamily: 'machine', unit: 'mm', nominal: '6.000', tolerance: '0.030' },
    { kind: 'measurement', id: 'runout', title: 'Runout', causeFamily: 'machine', unit: 'mm', usl: '0.020' },
    { kind: 'measurement', id: 'flatness', title: 'Flatness', causeFamily: 'machine', unit: 'mm', usl: '0.05' },
  ] as never);
  const evidence = evidenceWith([
    { criterion: 'bore', values: ['5.981', '6.012', '6.0004'] },
    { criterion: 'runout', values: ['0.011', '0.019', '0.0125'] },
    { criterion: 'flatness', values: ['0.05'] },
  ] as never);
  const parsed = defineProfile(input);
  const evaluation = evaluate(parsed, evidence);

  it('shows the limits as written, from the parsed profile or its JSON', () => {
    for (const profile of [parsed, input]) {
      const md = renderEvaluation(evaluation, { format: 'md', lang: 'en', profile: profile as never });
      expect(md).toContain('| Bore | Main | Met | 100.0 | 5.970–6.030 mm | 3 values, 5.9810 to 6.0120 mm, mean 5.9978 | 0.0 |');
      expect(md).toContain('| at most 0.020 mm | 3 values, 0.0110 to 0.0190 mm, mean 0.0142 |');
    }
    // Without the profile, the evaluation's canonical limits decide.
    expect(renderEvaluation(evaluation, { format: 'md', lang: 'en' })).toContain('| 5.97–6.03 mm | 3 values, 5.981 to 6.012 mm, mean 5.998 |');
  });

  it('words one-sided limits and a single value as sentences, in both languages', () => {
    const csv = (lang: 'en' | 'id') => renderEvaluation(evaluation, { format: 'csv', lang, profile: parsed });
    expect(csv('en')).toContain('All 3 values are at most 0.020 mm (min 0.0110, max 0.0190).');
    expect(csv('en')).toContain('"The only value, 0.050 mm, is at most 0.05 mm."');
    expect(csv('id')).toContain('Semua 3 nilai paling banyak 0.020 mm (min 0.0110, maks 0.0190).');
    expect(csv('id')).toContain('"Satu-satunya nilai, 0.050 mm, paling banyak 0.05 mm."');
    expect(renderEvaluation(evaluation, { format: 'md', lang: 'id', profile: parsed })).toContain('| paling banyak 0,05 mm | 1 nilai, 0,050 mm |');
    // The evaluation keeps its own sentences.
    expect(evaluation.criteria.map((c) => c.explanation)).toEqual([
      'All 3 values within 5.97–6.03 mm (min 5.981, max 6.012).',
      'All 3 values within at most 0.02 mm (min 0.011, max 0.019).',
      'All 1 value within at most 0.05 mm (min 0.05, max 0.05).',
    ]);
  });
});
