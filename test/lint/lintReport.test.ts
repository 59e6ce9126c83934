import { describe, expect, test } from 'vitest';
import pumpInjector from '../../examples/pump-injector/profile.json';
import { lintReport } from '../../src/lint/lintReport.js';

const withWeightlessCategory = {
  ...pumpInjector,
  categories: [...pumpInjector.categories, { id: 'legal', title: 'Legal', weight: 0, criteria: [{ kind: 'check', id: 'nib', title: 'Business licence', causeFamily: 'method', severity: 'critical' }] }],
};

describe('lintReport', () => {
  test('status 0 and one line for a clean profile', () => {
    expect(lintReport(pumpInjector)).toMatchObject({ status: 0, text: 'pump-injector-jp250 2026.1: no warnings.', warnings: [], issues: [] });
    expect(lintReport(pumpInjector, { language: 'id' }).text).toBe('pump-injector-jp250 2026.1: tidak ada peringatan.');
  });

  test('status 1 with a line per warning', () => {
    const report = lintReport(withWeightlessCategory);
    expect(report.status).toBe(1);
    expect(report.text).toBe(
      [
        'categories[4].weight: Category "Legal" carries no weight (its weight is 0): its criteria cannot change the score; only knock-outs and rules act on them. [category_weightless]',
        'pump-injector-jp250 2026.1: 1 warning.',
      ].join('\n'),
    );
    expect(lintReport(withWeightlessCategory, { language: 'id' }).text.split('\n')).toEqual([
      'categories[4].weight: Kategori "Legal" tidak berbobot (bobotnya 0): kriterianya tidak dapat mengubah skor; hanya kriteria gugur dan aturan yang berlaku padanya. [category_weightless]',
      'pump-injector-jp250 2026.1: 1 peringatan.',
    ]);
    expect(lintReport(withWeightlessCategory, { ignore: ['category_weightless'] }).status).toBe(0);
  });

  test('status 2 and the problems for an invalid profile; never throws', () => {
    const report = lintReport({ ...pumpInjector, grades: [{ grade: 'A', min: 90 }, { grade: 'B', min: 95 }, { grade: 'C', min: 10 }] });
    expect(report.status).toBe(2);
    expect(report.warnings).toEqual([]);
    expect(report.issues.map((issue) => issue.code)).toEqual(['grade_bands_order', 'grade_bands_cover']);
    expect(report.text.split('\n')[0]).toBe('grades[1].min: Grade bands must be listed best first with falling minimum scores; "B" (95) is out of order. [grade_bands_order]');
    expect(report.text.split('\n').at(-1)).toBe('Not a valid profile: 2 problems.');
    expect(lintReport('not a profile').status).toBe(2);
  });
});
