import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvidence, parseProfile } from '../../src/index.js';
import { issueWhere } from '../../src/errors/index.js';
import { closestUnit } from '../../src/units/unitInfo.js';

const read = (path: string): any => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const profile = read('examples/pump-injector/profile.json');
const evidence = () => read('examples/pump-injector/evidence/maju-jaya.json');

describe('problems that name the closest known name', () => {
  it('a misspelt evidence field: required, with the field found, and unknown, with the field meant (both languages, the criterion beside the path)', () => {
    const input = evidence();
    input.entries[1].valeus = input.entries[1].values;
    delete input.entries[1].values;
    input.entries[6].critrion = input.entries[6].criterion;
    delete input.entries[6].criterion;
    const result = parseEvidence(input, { profile });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [issueWhere(i), i.message, i.messageId])).toEqual([
      ['entries[6].criterion', 'This value is required (found "critrion": did you mean "criterion"?).', 'Nilai ini wajib diisi (ditemukan "critrion": maksud Anda "criterion"?).'],
      ['entries[1] (throat-d).values', 'This value is required (found "valeus": did you mean "values"?).', 'Nilai ini wajib diisi (ditemukan "valeus": maksud Anda "values"?).'],
      ['entries[1] (throat-d).valeus', 'Unknown field "valeus"; did you mean "values"?', 'Kolom "valeus" tidak dikenal; maksud Anda "values"?'],
    ]);
    expect(result.error.message).toContain('entries[1] (throat-d).values: This value is required');
  });

  it('an unknown criterion id is a warning naming the closest id, kept in the evaluation', () => {
    const input = evidence();
    input.entries[3].criterion = 'leak-tset';
    const evaluation = evaluate(profile, input);
    expect(evaluation.warnings.map((w) => [issueWhere(w), w.message, w.messageId])).toEqual([
      [
        'entries[3] (leak-tset).criterion',
        'No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?',
        'Tidak ada kriteria dengan pengenal "leak-tset" dalam profil; maksud Anda "leak-test"?',
      ],
    ]);
  });

  it('a missing required field says required; a misspelt kind or field of a profile names the closest', () => {
    const input = JSON.parse(JSON.stringify(profile));
    delete input.categories[0].criteria[0].causeFamily;
    input.categories[0].criteria[1].kind = 'measurment';
    input.categories[0].criteria[2].tolerence = '0.1';
    const result = parseProfile(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.error.issues.map((i) => [i.path, i.message]));
    expect(byPath['categories[0].criteria[0].causeFamily']).toBe('This value is required.');
    expect(byPath['categories[0].criteria[1].kind']).toMatch(/^Must be one of: .*; did you mean "measurement"\?$/);
    expect(byPath['categories[0].criteria[2].tolerence']).toBe('Unknown field "tolerence"; did you mean "tolerance"?');
  });

  it('a field of another criterion kind names the kinds that have it', () => {
    const input = JSON.parse(JSON.stringify(profile));
    const question = input.categories.flatMap((c: any) => c.criteria).find((c: any) => c.kind === 'audit-question');
    question.usl = '5';
    const result = parseProfile(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.message, i.messageId])).toEqual([
      [
        'Unknown field "usl" for a criterion of kind "audit-question" (a field of measurement criteria).',
        'Kolom "usl" tidak dikenal untuk kriteria berjenis "audit-question" (kolom kriteria measurement).',
      ],
    ]);
  });

  it('an unknown unit names the closest known unit, of the quantity it is compared with first', () => {
    const input = evidence();
    input.entries[1].unit = 'mn';
    const result = parseEvidence(input, { profile });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [issueWhere(i), i.message, i.messageId])).toEqual([
      [
        'entries[1] (throat-d).unit',
        'Unit "mn" cannot be converted to "mm": "mn" is not a known unit; did you mean "mm"?',
        'Satuan "mn" tidak dapat dikonversi ke "mm": "mn" bukan satuan yang dikenal; maksud Anda "mm"?',
      ],
    ]);
    expect(closestUnit('kpa', 'pressure')).toBe('kPa');
    expect(closestUnit('inhc')).toBe('inch');
    expect(closestUnit('furlong', 'length')).toBeUndefined();
  });
});
