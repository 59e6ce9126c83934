import { ValidationError } from '../errors/index.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { ParseResult } from '../parse/result.js';
import type { Profile } from '../schema/profile.js';
import { cellText, type DateCells } from './cells.js';
import { buildObject, objectsOfTable } from './sheetFields.js';
import { CATEGORY_COLUMNS, CRITERION_COLUMNS, GRADE_COLUMNS, PROFILE_COLUMNS, RULE_COLUMNS } from './profileColumns.js';
import { createSheetIssue, LocationMap, placeIssues, type SheetIssue } from './sheetIssues.js';
import type { CellLocation, SheetLike } from './sheetInput.js';
import { checkedReadOptions } from './checkedReadOptions.js';
import { checkedSheet } from './checkedSheet.js';
import { sheetsArgumentIssues } from './sheetsArgumentIssues.js';
import { readFields, readTable, type TableRecord } from './sheetTable.js';
import { appendAll } from '../lists/appendAll.js';

/** The sheets a profile is read from. Only `criteria` is required. */
export interface ProfileSheets {
  /** Two columns, field and value: id, version, title, component, part number, drawing, buyer, places, … */
  readonly profile?: SheetLike;
  /** One row per category: id, title, weight, min score. */
  readonly categories?: SheetLike;
  /** One row per criterion: category, id, kind, title, weight, severity, cause family and the kind's fields. */
  readonly criteria: SheetLike;
  /** One row per grade band, best first: grade, min, decision. */
  readonly grades?: SheetLike;
  /** One row per rule: id, title, scope, type, the condition's fields, cap grade, cap decision, incomplete. */
  readonly rules?: SheetLike;
}

/** Options for reading sheets. */
export interface SheetReadOptions {
  /** How `Date` cells are read (default `'local'`, see `DateCells`). */
  readonly dates?: DateCells;
}

const DEFAULT_PROFILE = { id: 'sheet-profile', version: '1', title: 'Requirement profile', component: { name: 'Component' } };

/**
 * Returns the requirement profile written in sheets, or every problem with the sheet, row and column
 * it comes from (`Criteria!F7`). The sheets are laid out as docs/sheets.md describes; only the
 * criteria sheet is required (without a profile sheet the profile is `sheet-profile` version 1,
 * without a categories sheet each category named in the criteria sheet is one of weight 1). The
 * profile is then checked exactly as `parseProfile` checks JSON. Never throws for bad input.
 *
 * @example
 * const read = profileFromSheets({ criteria: [
 *   ['category', 'id', 'kind', 'title', 'cause family', 'unit', 'nominal', 'tolerance'],
 *   ['product', 'throat-d', 'measurement', 'Venturi throat diameter', 'machine', 'mm', 6.5, 0.05],
 * ] });
 * read.success && read.data.categories[0].criteria[0].id
 * //=> 'throat-d'
 */
export function profileFromSheets(sheets: ProfileSheets, options: SheetReadOptions = {}): ParseResult<Profile> {
  const issues: SheetIssue[] = sheetsArgumentIssues(sheets, { sheet: 'Criteria', row: 1 });
  const map = new LocationMap();
  const given = (issues.length > 0 ? {} : sheets) as Partial<Record<keyof ProfileSheets, unknown>>;
  const criteriaSheet = checkedSheet(given.criteria ?? [], 'Criteria', ['criteria'], issues);
  const fallback: CellLocation = { sheet: criteriaSheet?.name ?? 'Criteria', row: criteriaSheet?.firstRow ?? 1 };
  const { dates } = checkedReadOptions(options, fallback, issues);
  /** Returns an optional sheet ready to read; absent (`undefined` or `null`) or not a range is none. */
  const optional = (key: keyof ProfileSheets, name: string) => (given[key] == null ? undefined : checkedSheet(given[key], name, [key], issues));
  if (!criteriaSheet) return { success: false, error: new ValidationError(issues, 'profile') };

  // Profile fields.
  let profile: Record<string, unknown> = { ...DEFAULT_PROFILE, component: { ...DEFAULT_PROFILE.component } };
  const profileSheet = optional('profile', 'Profile');
  if (profileSheet) {
    map.set([], { sheet: profileSheet.name, row: profileSheet.firstRow });
    profile = buildObject(readFields(profileSheet, PROFILE_COLUMNS, issues), PROFILE_COLUMNS, [], map, dates);
  }

  // Categories.
  const categories: Record<string, unknown>[] = [];
  const categoryIndex = new Map<string, number>();
  const categoriesSheet = optional('categories', 'Categories');
  if (categoriesSheet) {
    const table = readTable(categoriesSheet, CATEGORY_COLUMNS, issues);
    map.set(['categories'], table.header);
    table.records.forEach((record) => {
      const at = ['categories', categories.length];
      map.set(at, record.location);
      const category = buildObject(record.cells, CATEGORY_COLUMNS, at, map, dates);
      category.criteria = [];
      categoryIndex.set(String(category.id ?? ''), categories.length);
      categories.push(category);
    });
  }

  // Criteria, each into its category.
  const table = readTable(criteriaSheet, CRITERION_COLUMNS, issues);
  if (!categoriesSheet) map.set(['categories'], table.header);
  table.records.forEach((record: TableRecord) => {
    const named = record.cells.get('category');
    let id = named ? cellText(named.cell) : '';
    if (id === '' && categoriesSheet && categories.length === 1) id = String(categories[0]?.id ?? '');
    if (id === '' && !categoriesSheet) id = 'criteria';
    let c = categoryIndex.get(id);
    if (c === undefined) {
      if (categoriesSheet) {
        issues.push(
          named
            ? createSheetIssue('unknown_category', named.location, { id })
            : createSheetIssue('required', { ...record.location, header: 'category' }),
        );
        return;
      }
      c = categories.length;
      categoryIndex.set(id, c);
      categories.push({ id, title: id, criteria: [] });
      map.set(['categories', c], record.location);
    }
    const list = categories[c]?.criteria as unknown[];
    const at = ['categories', c, 'criteria', list.length];
    map.set(at, record.location);
    list.push(buildObject(record.cells, CRITERION_COLUMNS, at, map, dates, ['category']));
  });
  profile.categories = categories;

  const gradesSheet = optional('grades', 'Grades');
  if (gradesSheet) profile.grades = objectsOfTable(gradesSheet, GRADE_COLUMNS, 'grades', issues, map, dates);
  const rulesSheet = optional('rules', 'Rules');
  if (rulesSheet) {
    profile.rules = objectsOfTable(rulesSheet, RULE_COLUMNS, 'rules', issues, map, dates).map((rule) => {
      rule.when ??= {};
      rule.then ??= {};
      return rule;
    });
  }

  const parsed = parseProfile(profile);
  if (!parsed.success) appendAll(issues, placeIssues(parsed.error.issues, map, fallback));
  if (issues.length > 0 || !parsed.success) return { success: false, error: new ValidationError(issues, 'profile') };
  return parsed;
}
