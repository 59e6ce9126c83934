import { isDateInput, isDecimalInput } from '../schema/primitives.js';
import { headerKey } from './sheetInput.js';

/** How a single value is written in a cell. */
export type ScalarSyntax = 'text' | 'decimal' | 'int' | 'bool' | 'date';

/**
 * How the value of a column is written in one cell: a single value; a `list` of values separated by
 * semicolons (`IATF 16949; ISO 9001:2015`); `records`, a list of small objects each written as its
 * fields in order separated by colons (`95:100; 90:50` for metric bands); or `compact`, an object of
 * required numbers written in one cell separated by slashes (`2/3` for a share), read beside the
 * object's dotted columns and never written.
 */
export type CellSyntax =
  | { readonly type: ScalarSyntax }
  | { readonly type: 'list'; readonly item: ScalarSyntax }
  | { readonly type: 'records'; readonly fields: readonly (readonly [string, ScalarSyntax])[] }
  | { readonly type: 'compact'; readonly fields: readonly (readonly [string, ScalarSyntax])[] };

/** A column derived from a schema: its header, where its value goes, how its cell is written. */
export interface SchemaColumn {
  /** The header the writers use, also the field key: the path joined with dots (`capability.min`). */
  readonly key: string;
  /** Other header names it is read by (compared by `headerKey`, as every header is). */
  readonly names: readonly string[];
  /** Where the value is in the object a row stands for. */
  readonly path: readonly string[];
  readonly syntax: CellSyntax;
  /** Only read, never written (a compact form beside the dotted columns of the same object). */
  readonly readOnly?: boolean;
  /** The value the schema gives when the cell is empty, if any (in a union: the first option with one). */
  readonly fallback?: unknown;
}

/** The parts of a zod schema's definition the walk reads. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, unknown>;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly element?: unknown;
  readonly options?: readonly unknown[];
  readonly fn?: unknown;
  readonly format?: string;
  readonly defaultValue?: unknown;
}

const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** Returns a schema without its `optional`, `default` and normalising `pipe` wrappers. */
function unwrapped(schema: unknown): { def: SchemaDef; optional: boolean; fallback?: unknown } {
  let def = defOf(schema);
  let optional = false;
  let fallback: unknown;
  for (;;) {
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      if (def.type === 'default') fallback = def.defaultValue;
      def = defOf(def.innerType);
    } else if (def.type === 'pipe' && defOf(def.in).type !== 'transform') {
      def = defOf(def.in);
    } else return { def, optional, ...(fallback !== undefined ? { fallback } : {}) };
  }
}

/** Returns how a single value of a schema is written, or undefined when it is not a single value. */
function scalarSyntax(def: SchemaDef): ScalarSyntax | undefined {
  if (def.type === 'string' || def.type === 'enum' || def.type === 'literal') return 'text';
  if (def.type === 'boolean') return 'bool';
  if (def.type === 'number') return def.format !== undefined && /int/.test(def.format) ? 'int' : 'decimal';
  if (def.type === 'custom' && def.fn === isDecimalInput) return 'decimal';
  if (def.type === 'custom' && def.fn === isDateInput) return 'date';
  return undefined;
}

/** Returns the fields of an object schema whose fields are all single values, in order, or undefined. */
function scalarFields(def: SchemaDef): { fields: (readonly [string, ScalarSyntax])[]; allRequired: boolean } | undefined {
  if (def.type !== 'object' || !def.shape) return undefined;
  const fields: (readonly [string, ScalarSyntax])[] = [];
  let allRequired = true;
  for (const [key, schema] of Object.entries(def.shape)) {
    const inner = unwrapped(schema);
    const syntax = scalarSyntax(inner.def);
    if (!syntax) return undefined;
    if (inner.optional) allRequired = false;
    fields.push([key, syntax]);
  }
  return { fields, allRequired };
}

/** What a table's columns leave out or flatten. */
export interface ColumnOptions {
  /** Top-level fields with no column (they have their own sheet, e.g. a category's `criteria`). */
  readonly skip?: readonly string[];
  /** Objects whose fields are columns by their own names, without the object's name in front (a rule's `when` and `then`). */
  readonly flatten?: readonly string[];
  /** More header names of a column, by its key (names the layout had before, e.g. `cause` for `causeFamily`). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Returns the columns of a table whose rows are objects of a schema, derived from the schema itself:
 * one column per single value, nested objects as dotted columns (`capability.min`), lists and lists
 * of small objects in one cell, and for a union (the kinds of a criterion, the conditions of a rule)
 * the columns of every option, each once. Besides its key, a column is read by its last name when no
 * other column has it (`currency` for `effort.currency`), by `title (en)` for
 * `translations.en.title`, and by the aliases given.
 * Throws an `Error` for a field no cell can hold (a programming error in a schema, not bad input).
 *
 * @example
 * schemaColumns(gradeBandSchema).map((column) => column.key)
 * //=> ['grade', 'min', 'decision']
 */
export function schemaColumns(schema: unknown, options: ColumnOptions = {}): SchemaColumn[] {
  const byKey = new Map<string, SchemaColumn>();
  const add = (path: readonly string[], syntax: CellSyntax, readOnly = false, fallback?: unknown) => {
    const shown = path.filter((part, i) => !(i === 0 && options.flatten?.includes(part)) || path.length === 1);
    const key = shown.join('.');
    const before = byKey.get(key);
    if (before) {
      if (JSON.stringify(before.syntax) !== JSON.stringify(syntax) || before.path.join('.') !== path.join('.')) {
        throw new Error(`The column ${key} is written two ways in one table`);
      }
      // In a union the same column may have a default in one option only (a metric's empty unit).
      if (before.fallback === undefined && fallback !== undefined) byKey.set(key, { ...before, fallback });
      return;
    }
    byKey.set(key, { key, names: [], path, syntax, ...(readOnly ? { readOnly } : {}), ...(fallback !== undefined ? { fallback } : {}) });
  };
  const walk = (node: unknown, path: readonly string[]): void => {
    const { def, fallback } = unwrapped(node);
    if (def.type === 'union' && def.options) {
      for (const option of def.options) walk(option, path);
      return;
    }
    if (def.type === 'object' && def.shape) {
      const compact = path.length > 0 ? scalarFields(def) : undefined;
      if (compact?.allRequired && compact.fields.every(([, type]) => type === 'int' || type === 'decimal')) {
        add(path, { type: 'compact', fields: compact.fields }, true);
      }
      for (const [key, field] of Object.entries(def.shape)) {
        if (path.length === 0 && options.skip?.includes(key)) continue;
        walk(field, [...path, key]);
      }
      return;
    }
    const scalar = scalarSyntax(def);
    if (scalar) return add(path, { type: scalar }, false, fallback);
    if (def.type === 'array') {
      const element = unwrapped(def.element).def;
      const item = scalarSyntax(element);
      if (item) return add(path, { type: 'list', item });
      const record = scalarFields(element);
      if (record) return add(path, { type: 'records', fields: record.fields });
    }
    throw new Error(`No cell can hold the field ${path.join('.')} (${def.type})`);
  };
  walk(schema, []);
  const columns = [...byKey.values()];
  const lastNames = new Map<string, number>();
  for (const column of columns) {
    const last = headerKey(column.path[column.path.length - 1] ?? '');
    lastNames.set(last, (lastNames.get(last) ?? 0) + 1);
  }
  const taken = new Set(columns.map((column) => headerKey(column.key)));
  return columns.map((column) => {
    const names = new Map<string, string>();
    const name = (shown: string) => {
      const key = headerKey(shown);
      if (key !== headerKey(column.key) && !names.has(key)) names.set(key, shown);
    };
    for (const alias of options.aliases?.[column.key] ?? []) name(alias);
    const last = column.path[column.path.length - 1] ?? '';
    if (lastNames.get(headerKey(last)) === 1 && !taken.has(headerKey(last))) name(last);
    const [head, lang, field] = column.path.slice(-3);
    if (column.path.length >= 3 && head === 'translations' && field) name(`${field} (${lang})`);
    return { ...column, names: [...names.values()] };
  });
}

/**
 * Returns the schema of a field of an object schema, or of the items of a list field (`[]` in the
 * path), through `optional` and `default`: `innerSchema(profileSchema, 'categories', '[]')` is the
 * category schema. The tables are derived from the profile and evidence schemas this way, so they
 * follow the schemas wherever their parts are defined.
 *
 * @example
 * innerSchema(profileSchema, 'grades', '[]') === gradeBandSchema
 * //=> true
 */
export function innerSchema(schema: unknown, ...path: readonly string[]): unknown {
  let node = schema;
  for (const key of path) {
    const { def } = unwrapped(node);
    node = key === '[]' ? def.element : def.shape?.[key];
    if (node === undefined) throw new Error(`The schema has no field ${path.join('.')}`);
  }
  return node;
}
