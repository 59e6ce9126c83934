import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from 'supplier-quality';
import { columnName, profileFromSheets, type SheetIssue } from 'supplier-quality/sheets';
import { profileSheets } from '../../examples/excel/auditSheets.js';

const profile = JSON.parse(readFileSync(new URL('../../examples/pump-injector/profile.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const sheets = profileSheets(profile);
const issuesOf = (result: ReturnType<typeof profileFromSheets>) => (result.success ? [] : (result.error.issues as SheetIssue[]));

describe('profileFromSheets', () => {
  it('reads the profile the sheets hold, equal to the parsed JSON', () => {
    expect(sheets.Rules?.length).toBe((profile.rules as unknown[]).length + 1);
    const read = profileFromSheets({ profile: sheets.Profile, categories: sheets.Categories, criteria: sheets.Criteria!, grades: sheets.Grades, rules: sheets.Rules });
    const parsed = parseProfile(profile);
    expect(read.success && parsed.success).toBe(true);
    if (read.success && parsed.success) expect(read.data).toEqual(parsed.data);
  });

  it('makes a profile from a criteria sheet alone: one category per name, weight 1', () => {
    const read = profileFromSheets({ criteria: sheets.Criteria! });
    if (!read.success) throw read.error;
    expect([read.data.id, read.data.version]).toEqual(['sheet-profile', '1']);
    expect(read.data.categories.map((c) => [c.id, c.weight, c.criteria.length])).toEqual([
      ['product', '1', 5],
      ['material', '1', 1],
      ['quality-system', '1', 3],
      ['performance', '1', 2],
    ]);
  });

  it('reads lists, yes/no, bands, effort and translations from cells', () => {
    const read = profileFromSheets({
      criteria: [
        ['category', 'id', 'kind', 'title', 'cause family', 'levels', 'star', 'title (id)', 'effort days', 'currency'],
        ['process', 'p6-4', 'audit-question', 'Maintenance', 'machine', '0, 5, 10', 'ya', 'Perawatan', 3, 'IDR'],
      ],
      rules: [
        ['id', 'type', 'star', 'points at most', 'cap grade'],
        ['star-rule', 'criteria', 'yes', 4, 'B'],
      ],
      grades: [['grade', 'min'], ['A', 90], ['B', 80], ['C', 0]],
    });
    if (!read.success) throw read.error;
    const criterion = read.data.categories[0]!.criteria[0]!;
    expect(criterion).toMatchObject({ levels: [0, 5, 10], star: true, translations: { id: { title: 'Perawatan' } }, effort: { days: '3', currency: 'IDR' } });
    expect(read.data.rules[0]).toMatchObject({ id: 'star-rule', when: { type: 'criteria', star: true, pointsAtMost: 4, atLeast: 1 }, then: { capGrade: 'B' } });
  });

  it('reads the audit-group columns of criteria and rules', () => {
    const read = profileFromSheets({
      categories: [['id', 'title'], ['process', 'Process audit']],
      criteria: [
        ['id', 'kind', 'title', 'cause family', 'number', 'element', 'sub-element', 'per step'],
        ['p631', 'audit-question', 'Qualification', 'man', 'P6.3.1', 'P6', 'P6.3', 'yes'],
      ],
      rules: [
        ['id', 'title', 'title (id)', 'scope', 'type', 'kind', 'star', 'points in', 'levels', 'groups', 'below', 'places', 'min share', 'cap grade', 'incomplete'],
        ['star-4', 'Star at 4', 'Bintang 4', 'process', 'criteria', 'audit-question', 'yes', '4', '', '', '', '', '', 'B', ''],
        ['e80', 'Element below 80 %', '', 'process', 'group-score', '', '', '', 'element; process-step', 'P6', 80, 0, '', 'B', ''],
        ['cover', 'Coverage', '', '', 'group-coverage', '', '', '', 'element, sub-element', '', '', '', '2/3', '', 'ya'],
      ],
    });
    if (!read.success) throw read.error;
    expect(read.data.categories[0]!.criteria[0]).toMatchObject({ element: 'P6', subElement: 'P6.3', perStep: true });
    expect(read.data.rules).toEqual([
      {
        id: 'star-4',
        title: 'Star at 4',
        translations: { id: { title: 'Bintang 4' } },
        scope: 'process',
        when: { type: 'criteria', kind: ['audit-question'], star: true, pointsIn: [4], atLeast: 1 },
        then: { capGrade: 'B' },
      },
      { id: 'e80', title: 'Element below 80 %', scope: 'process', when: { type: 'group-score', levels: ['element', 'process-step'], groups: ['P6'], below: '80', places: 0 }, then: { capGrade: 'B' } },
      { id: 'cover', title: 'Coverage', when: { type: 'group-coverage', levels: ['element', 'sub-element'], minShare: { numerator: 2, denominator: 3 } }, then: { incomplete: true } },
    ]);
    const bad = profileFromSheets({
      criteria: [['id', 'kind', 'title', 'cause family', 'element'], ['p631', 'audit-question', 'Q', 'man', 'P6']],
      rules: [['id', 'type', 'levels', 'min share', 'incomplete'], ['cover', 'group-coverage', 'element', '0.66', 'maybe']],
    });
    expect(issuesOf(bad).map((issue) => `${issue.path} ${issue.header} ${issue.code}`)).toEqual([
      'Rules!D2 min share invalid_type',
      'Rules!E2 incomplete invalid_type',
    ]);
  });

  it('names the sheet, cell and column of every problem', () => {
    const header = sheets.Criteria![0]!;
    const [cause, tolerance] = [header.indexOf('causeFamily'), header.indexOf('tolerance')];
    const criteria = sheets.Criteria!.map((row, r) =>
      r === 0 ? [...row, 'tolerence'] : r === 2 ? row.map((cell, c) => (c === tolerance ? '0,05' : c === cause ? 'machines' : cell)) : row,
    );
    const read = profileFromSheets({ categories: { name: 'Kategori', values: sheets.Categories! }, criteria: { name: 'Kriteria', values: criteria, origin: 'B3' } });
    const issues = issuesOf(read);
    // The range starts at B3: sheet column = 2 + index, sheet row = 3 + index.
    expect(issues.map((issue) => [issue.path, issue.header, issue.code])).toEqual([
      [`Kriteria!${columnName(2 + header.length)}3`, 'tolerence', 'unknown_column'],
      [`Kriteria!${columnName(2 + cause)}5`, 'causeFamily', 'invalid_value'],
      [`Kriteria!${columnName(2 + tolerance)}5`, 'tolerance', 'invalid_decimal'],
    ]);
    expect(issues[2]).toMatchObject({ sheet: 'Kriteria', row: 5, column: 2 + tolerance, source: 'categories[0].criteria[1].tolerance' });
    expect(read.success ? '' : read.error.message).toContain(`Kriteria!${columnName(2 + tolerance)}5: "0,05" is not a finite decimal number`);
  });

  it('places problems of a whole row, of a category and of the grade bands', () => {
    const read = profileFromSheets({
      categories: [['id', 'title', 'weight'], ['product', 'Product', 1], ['people', 'People', 1]],
      criteria: [
        ['category', 'id', 'kind', 'title', 'cause family', 'unit'],
        ['product', 'd', 'measurement', 'Diameter', 'machine', 'mm'],
        ['tools', 'x', 'check', 'X', 'method', ''],
      ],
      grades: [['grade', 'min'], ['A', 90], ['B', 95]],
    });
    expect(issuesOf(read).map((issue) => [issue.path, issue.code])).toEqual([
      ['Criteria!A3', 'unknown_category'],
      ['Categories!3:3', 'too_few_items'],
    ]);
    const grades = profileFromSheets({
      criteria: [['id', 'kind', 'title', 'cause family', 'unit', 'usl'], ['d', 'measurement', 'Diameter', 'machine', 'mm', 5]],
      grades: [['grade', 'min'], ['A', 90], ['B', 95], ['C', 10]],
    });
    expect(issuesOf(grades).map((issue) => [issue.path, issue.code])).toEqual([
      ['Grades!B3', 'grade_bands_order'],
      ['Grades!B4', 'grade_bands_cover'],
    ]);
    const limits = profileFromSheets({ criteria: [['id', 'kind', 'title', 'cause family', 'unit'], ['d', 'measurement', 'Diameter', 'machine', 'mm']] });
    expect(issuesOf(limits).map((issue) => [issue.path, issue.code])).toEqual([['Criteria!2:2', 'limits_missing']]);
  });

  it('reports an empty or missing criteria sheet', () => {
    expect(issuesOf(profileFromSheets({ criteria: [] })).map((issue) => [issue.path, issue.code])).toEqual([
      ['Criteria!1:1', 'empty_sheet'],
      ['Criteria!1:1', 'too_few_items'],
    ]);
    expect(issuesOf(profileFromSheets({} as never)).map((issue) => issue.code)).toContain('empty_sheet');
  });
});

describe('a value beyond the header', () => {
  it('is an error at its cell, never dropped (here: critical beyond the header would be lost)', () => {
    const read = profileFromSheets({
      criteria: [
        ['id', 'kind', 'title', 'cause family', 'expected'],
        ['leak-test', 'check', 'Leak test', 'method', 'yes', 'critical'],
      ],
    });
    expect(issuesOf(read).map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['Criteria!F2', 'extra_cell', 'This row has a value in column F, beyond the last column of the header (E); give the column a header or remove the value.'],
    ]);
  });
});
