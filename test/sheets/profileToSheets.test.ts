import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile, ValidationError, type Profile } from 'supplier-quality';
import { profileFromSheets, profileToSheets, type OutputRows } from 'supplier-quality/sheets';
import { carriable, profileArb, settings } from '../property/arbitraries.js';

const parsed = (input: unknown): Profile => {
  const result = parseProfile(input);
  if (!result.success) throw result.error;
  return result.data;
};

/** What a spreadsheet keeps of a typed cell: a leading apostrophe only marks the cell as text. */
const asTyped = (rows: OutputRows) => rows.map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell)));

const pumpInjector = parsed(JSON.parse(readFileSync(new URL('../../examples/pump-injector/profile.json', import.meta.url), 'utf8')));

describe('profileToSheets', () => {
  it('writes sheets that read back as the identical profile, for generated profiles of every kind and option', () => {
    fc.assert(
      fc.property(profileArb(), (input) => {
        const profile = parsed(carriable(input));
        const back = profileFromSheets(profileToSheets(profile, { raw: true }));
        expect(back.success ? back.data : back.error.issues).toEqual(profile);
      }),
      settings(200),
    );
  });

  it('reads back the same after a spreadsheet took the neutralised cells', () => {
    const profile = parsed({ ...pumpInjector, title: '=Injector', categories: pumpInjector.categories.map((c, i) => (i === 0 ? { ...c, title: '-Product' } : c)) });
    const sheets = profileToSheets(profile);
    expect(sheets.profile).toContainEqual(['title', "'=Injector"]);
    const typed = Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, asTyped(rows)]));
    const back = profileFromSheets(typed as never);
    expect(back.success && back.data).toEqual(profile);
  });

  it('carries category weights and minimums, grades, rules, decision settings and a capability requirement', () => {
    const profile = parsed({
      ...pumpInjector,
      categories: pumpInjector.categories.map((category, i) =>
        i === 0
          ? {
              ...category,
              weight: '2.5',
              minScore: '70',
              criteria: category.criteria.map((criterion, k) =>
                k === 0 && criterion.kind === 'measurement'
                  ? { ...criterion, capability: { index: 'ppk', min: '1.67', minSamples: 30, subgroupSize: 5, sigma: 'sbar', useLowerBound: true, confidence: '0.9', partialFrom: '1.33' } }
                  : criterion,
              ),
            }
          : category,
      ),
    });
    const sheets = profileToSheets(profile);
    expect(sheets.categories[0]).toEqual(expect.arrayContaining(['weight', 'minScore']));
    expect(sheets.criteria[0]).toEqual(expect.arrayContaining(['capability.index', 'capability.min', 'capability.useLowerBound']));
    const back = profileFromSheets(sheets);
    expect(back.success && back.data).toEqual(profile);
  });

  it('refuses, naming the field and the form, what a cell cannot carry, and never writes part of it', () => {
    const profile = parsed({
      ...pumpInjector,
      title: ' Injector',
      categories: pumpInjector.categories.map((category, i) =>
        i === 0 ? { ...category, criteria: [...category.criteria, { kind: 'certificate', id: 'iso', title: 'ISO', causeFamily: 'method', standard: 'ISO 9001', alsoAccepted: ['IATF 16949; 2016'] }] } : category,
      ),
    });
    let error: unknown;
    try {
      profileToSheets(profile, { form: 'CSV' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['form_cannot_carry', 'title'],
      ['form_cannot_carry', `categories[0].criteria[${pumpInjector.categories[0]!.criteria.length}].alsoAccepted[0]`],
    ]);
    expect(issues[0]!.message).toBe('CSV cannot carry this value: white space at the start or end of a text.');
    expect(() => profileToSheets({ id: 'x' } as never)).toThrow(ValidationError);
    const withEmptyEffort = { ...pumpInjector, rules: [], categories: [{ ...pumpInjector.categories[0]!, criteria: [{ ...pumpInjector.categories[0]!.criteria[1]!, effort: {} }] }] };
    expect(() => profileToSheets(withEmptyEffort)).toThrow('categories[0].criteria[0].effort: sheets cannot carry this value: an empty object.');
  });
});
