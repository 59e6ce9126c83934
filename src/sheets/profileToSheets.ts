import { createIssue, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { Profile, ProfileInput } from '../schema/profile.js';
import { rectangle, writeOptionsIssues, type OutputCell, type OutputRows, type SheetWriteOptions } from './outputRows.js';
import { CATEGORY_COLUMNS, CRITERION_COLUMNS, GRADE_COLUMNS, PROFILE_COLUMNS, RULE_COLUMNS } from './profileColumns.js';
import type { CellSyntax, ScalarSyntax, SchemaColumn } from './schemaColumns.js';

/** The sheets of a profile as `profileToSheets` writes them, named as `profileFromSheets` takes them. */
export interface ProfileSheetRows {
  readonly profile: OutputRows;
  readonly categories: OutputRows;
  readonly criteria: OutputRows;
  readonly grades: OutputRows;
  readonly rules: OutputRows;
}

/** Options of `profileToSheets`: `raw` (see `SheetWriteOptions`) and the form's name in errors. */
export interface ProfileWriteOptions extends SheetWriteOptions {
  /** The name of the form in errors (default `sheets`; the command line says `CSV`). */
  readonly form?: string;
}

type Json = Record<string, unknown>;

/** What separates the items of a list cell (`cellList`), and also the fields of a record. */
const LIST_SEPARATORS = /[,;\n]/;
const RECORD_SEPARATORS = /[,;\n:]/;

/** Writes values into cells, collecting what a cell cannot carry as issues (`form_cannot_carry`). */
export class CellWriter {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly form: string) {}

  private refuse(path: readonly PathSegment[], reason: string): OutputCell {
    this.issues.push(createIssue('form_cannot_carry', path, { form: this.form, reason }));
    return '';
  }

  /** Returns the cell of a single value, or refuses one a cell would not read back as it is. */
  scalar(value: unknown, type: ScalarSyntax, path: readonly PathSegment[], separators?: RegExp): OutputCell {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value;
    const text = String(value);
    if ((type === 'decimal' || type === 'int') && String(Number(text)) === text) return Number(text);
    if (text === '') return this.refuse(path, 'empty');
    if (text.trim() !== text) return this.refuse(path, 'whitespace');
    if (separators?.test(text)) return this.refuse(path, 'separator');
    return text;
  }

  /** Returns the cell of a column's value (a list joined with `; `, records by `:`). */
  cell(value: unknown, syntax: CellSyntax, path: readonly PathSegment[]): OutputCell {
    if (value === undefined) return '';
    if (syntax.type === 'list' || syntax.type === 'records') {
      if (!Array.isArray(value)) return this.refuse(path, 'field');
      // An empty list is an empty cell: every list of a profile is either at least one item long or empty by default.
      if (value.length === 0) return '';
      const items = value.map((item: unknown, i) =>
        syntax.type === 'list'
          ? String(this.scalar(item, syntax.item, [...path, i], LIST_SEPARATORS))
          : syntax.fields.map(([key, type]) => String(this.scalar((item as Json)[key], type, [...path, i, key], RECORD_SEPARATORS))).join(':'),
      );
      return items.join('; ');
    }
    if (syntax.type === 'compact') return this.refuse(path, 'field');
    return this.scalar(value, syntax.type, path);
  }

  /**
   * Returns the cells of an object under a table's columns; every value of the object must have a
   * column (a value without one is refused, never dropped).
   */
  row(object: Json, columns: readonly SchemaColumn[], at: readonly PathSegment[]): Map<string, OutputCell> {
    const cells = new Map<string, OutputCell>();
    const byPath = new Map(columns.filter((column) => !column.readOnly).map((column) => [column.path.join('\u0000'), column]));
    const visit = (value: unknown, path: readonly string[]) => {
      const column = byPath.get(path.join('\u0000'));
      if (column) {
        // An empty text where the schema gives that same empty text for an empty cell.
        if (value === '' && column.fallback === '') return;
        const cell = this.cell(value, column.syntax, [...at, ...path]);
        if (cell !== '') cells.set(column.key, cell);
        return;
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const given = Object.entries(value).filter(([, inner]) => inner !== undefined);
        if (given.length === 0) this.refuse([...at, ...path], 'empty_object');
        for (const [key, inner] of given) visit(inner, [...path, key]);
        return;
      }
      this.refuse([...at, ...path], 'field');
    };
    for (const [key, value] of Object.entries(object)) if (value !== undefined) visit(value, [key]);
    return cells;
  }

  /** Returns a table: a header of the columns some row fills (in the columns' order), then the rows. */
  table(rows: readonly Map<string, OutputCell>[], columns: readonly SchemaColumn[], always: readonly string[]): OutputCell[][] {
    const used = columns.filter((column) => always.includes(column.key) || rows.some((row) => row.has(column.key)));
    return [used.map((column) => column.key), ...rows.map((row) => used.map((column) => row.get(column.key) ?? ''))];
  }
}

/**
 * Returns a profile as the sheets `profileFromSheets` reads — `profile` (field and value), `categories`,
 * `criteria`, `grades` and `rules` — with every field of every kind, category weights and minimums,
 * grades, rules and decision settings, in the columns derived from the profile schema (docs/sheets.md):
 * reading them back gives the same profile. Decimals are numbers where the number is exactly the
 * decimal, else their text; lists are items separated by `; `. Texts a spreadsheet would run as
 * formulas get an apostrophe in front unless `options.raw`.
 * Throws a `ValidationError` when the profile does not parse, or names each value the sheets cannot
 * carry (a text with white space at its ends, an empty text, a list item holding a separator, an
 * empty object such as `effort: {}`).
 *
 * @example
 * profileToSheets(profile).criteria[0].slice(0, 4)
 * //=> ['category', 'kind', 'id', 'title']
 */
export function profileToSheets(profile: Profile | ProfileInput, options: ProfileWriteOptions = {}): ProfileSheetRows {
  const optionIssues = writeOptionsIssues(options === undefined ? {} : { raw: options?.raw });
  const form = typeof options?.form === 'string' && options.form !== '' ? options.form : 'sheets';
  const parsed = parseProfile(profile);
  if (!parsed.success || optionIssues.length > 0) {
    throw new ValidationError([...optionIssues, ...(parsed.success ? [] : parsed.error.issues)], 'profile');
  }
  const data = parsed.data as unknown as Json;
  const writer = new CellWriter(form);
  const { categories, grades, rules, ...fields } = data;
  const profileRow = writer.row(fields, PROFILE_COLUMNS, []);
  const profileRows: OutputCell[][] = [['field', 'value'], ...PROFILE_COLUMNS.filter((c) => profileRow.has(c.key)).map((c) => [c.key, profileRow.get(c.key) as OutputCell])];
  const categoryRows: Map<string, OutputCell>[] = [];
  const criterionRows: Map<string, OutputCell>[] = [];
  (categories as Json[]).forEach((category, c) => {
    const { criteria, ...rest } = category;
    categoryRows.push(writer.row(rest, CATEGORY_COLUMNS, ['categories', c]));
    (criteria as Json[]).forEach((criterion, k) => {
      const row = writer.row(criterion, CRITERION_COLUMNS, ['categories', c, 'criteria', k]);
      criterionRows.push(new Map([['category', category.id as string], ...row]));
    });
  });
  const gradeRows = (grades as Json[]).map((grade, g) => writer.row(grade, GRADE_COLUMNS, ['grades', g]));
  const ruleRows = (rules as Json[]).map((rule, r) => writer.row(rule, RULE_COLUMNS, ['rules', r]));
  if (writer.issues.length > 0) throw new ValidationError(writer.issues, 'profile');
  const write = { raw: options?.raw === true };
  return {
    profile: rectangle(profileRows, write),
    categories: rectangle(writer.table(categoryRows, CATEGORY_COLUMNS, ['id']), write),
    criteria: rectangle(writer.table(criterionRows, CRITERION_COLUMNS, ['category', 'kind', 'id']), write),
    grades: rectangle(writer.table(gradeRows, GRADE_COLUMNS, ['grade']), write),
    rules: rectangle(writer.table(ruleRows, RULE_COLUMNS, ['id']), write),
  };
}
