import { describe, expect, it } from 'vitest';
import { defineProfile, parseProfile, ValidationError } from '../../src/index.js';
import { profileWith } from '../fixtures.js';

describe('parseProfile', () => {
  it('lists every structural problem with its path and a sentence in both languages', () => {
    const result = parseProfile({
      id: 'p',
      version: '1',
      title: '',
      component: {},
      categories: [
        {
          id: 'a',
          title: 'A',
          criteria: [
            { kind: 'measurement', id: 'd', title: 'D', causeFamily: 'machine', unit: 'mm', lsl: '10.1', usl: 'abc' },
            { kind: 'widget', id: 'w' },
            { kind: 'check', id: 'c', title: 'C', causeFamily: 'robots', severity: 'high', extra: 1 },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([
      ['title', 'empty_text'],
      ['component.name', 'required'],
      ['categories[0].criteria[0].usl', 'invalid_decimal'],
      ['categories[0].criteria[1].kind', 'invalid_value'],
      ['categories[0].criteria[2].severity', 'invalid_value'],
      ['categories[0].criteria[2].causeFamily', 'invalid_value'],
      ['categories[0].criteria[2].extra', 'unrecognized_key'],
    ]);
    const usl = result.error.issues[2]!;
    expect(usl.message).toBe('"abc" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).');
    expect(usl.messageId).toBe('"abc" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).');
    expect(result.error.message).toContain('categories[0].criteria[0].usl: "abc" is not a finite decimal number');
  });

  it('then lists every cross-check problem: limits, duplicate ids, grade bands, rules', () => {
    const result = parseProfile({
      ...profileWith([
        { kind: 'measurement', id: 'd', title: 'D', causeFamily: 'machine', unit: 'mm', lsl: '10.1', usl: '10' },
        { kind: 'check', id: 'd', title: 'C', causeFamily: 'man' },
        { kind: 'measurement', id: 'e', title: 'E', causeFamily: 'machine', unit: 'mm', nominal: 5, tolerance: 0.1, usl: 6 },
      ]),
      grades: [{ grade: 'A', min: 90 }, { grade: 'B', min: 95 }],
      rules: [{ id: 'r', when: { type: 'criteria', criteria: ['nope'] }, then: { capGrade: 'Z' } }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([
      ['categories[0].criteria[0]', 'limits_out_of_order'],
      ['categories[0].criteria[1].id', 'duplicate_id'],
      ['categories[0].criteria[2]', 'limits_ambiguous'],
      ['grades[1].min', 'grade_bands_order'],
      ['grades[1].min', 'grade_bands_cover'],
      ['rules[0].then.capGrade', 'unknown_grade'],
      ['rules[0].when.criteria[0]', 'unknown_criterion'],
    ]);
  });

  it('normalises decimals to canonical strings and fills defaults; the result is frozen and round-trips', () => {
    const profile = defineProfile(profileWith([{ kind: 'measurement', id: 'd', title: 'D', causeFamily: 'machine', unit: 'mm', nominal: 6.5, tolerance: '0.050' }]));
    const criterion = profile.categories[0]!.criteria[0]!;
    expect(criterion).toMatchObject({ nominal: '6.5', tolerance: '0.05', weight: '1', severity: 'major', requiredShare: '100' });
    expect(profile.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C']);
    expect(Object.isFrozen(criterion)).toBe(true);
    expect(defineProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it('defineProfile throws the ValidationError; parseProfile never throws on any JSON value', () => {
    expect(() => defineProfile({})).toThrowError(ValidationError);
    for (const junk of [null, 1, 'x', [], true, { categories: 'x' }]) expect(parseProfile(junk).success).toBe(false);
  });
});
