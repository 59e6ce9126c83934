import type { PathSegment } from '../errors/index.js';
import { cellBoolean, cellDate, cellInteger, cellList, cellNumeric, cellText, type Cell, type DateCells } from './cells.js';
import type { CellSyntax, ScalarSyntax } from './schemaColumns.js';
import type { LocationMap, SheetIssue } from './sheetIssues.js';
import type { Sheet } from './sheetInput.js';
import { readTable, type ColumnSpec, type RecordCell } from './sheetTable.js';

/** How a cell is turned into JSON for the schema to check (the short names of `CellSyntax`). */
export type CellType = 'text' | 'decimal' | 'int' | 'bool' | 'date' | 'list' | 'intList';

/** A column of a sheet and how its cells become JSON. */
export interface Field extends ColumnSpec {
  readonly syntax: CellSyntax;
  /** Where the value goes in the object the row builds (default: `[key]`). */
  readonly path?: readonly string[];
}

const SYNTAX: Readonly<Record<CellType, CellSyntax>> = {
  text: { type: 'text' },
  decimal: { type: 'decimal' },
  int: { type: 'int' },
  bool: { type: 'bool' },
  date: { type: 'date' },
  list: { type: 'list', item: 'text' },
  intList: { type: 'list', item: 'int' },
};

/**
 * Returns a field of a sheet: its key (also its header), its type, other header names, and where its
 * value goes in the object a row builds.
 *
 * @example
 * f('effortDays', 'decimal', [], ['effort', 'days'])
 * //=> { key: 'effortDays', syntax: { type: 'decimal' }, names: [], path: ['effort', 'days'] }
 */
export const f = (key: string, type: CellType, names?: readonly string[], path?: readonly string[]): Field => ({
  key,
  syntax: SYNTAX[type],
  ...(names ? { names } : {}),
  ...(path ? { path } : {}),
});

/** Returns the JSON value of a cell holding a single value; the schema then checks it. */
function scalarValue(cell: Cell, type: ScalarSyntax, dates: DateCells): unknown {
  switch (type) {
    case 'decimal':
      return cellNumeric(cell, dates);
    case 'int':
      return cellInteger(cell, dates);
    case 'date':
      return cellDate(cell, dates) ?? cellNumeric(cell, dates);
    case 'bool':
      return cellBoolean(cell) ?? cellNumeric(cell, dates);
    default:
      return typeof cell === 'number' || typeof cell === 'boolean' ? cellText(cell) : cellNumeric(cell, dates);
  }
}

/**
 * Returns the JSON value of a cell written in a syntax (see `CellSyntax`); the schema then checks it.
 *
 * @example
 * cellValue('95:100; 90:50', { type: 'records', fields: [['bound', 'decimal'], ['score', 'decimal']] }, 'local')
 * //=> [{ bound: '95', score: '100' }, { bound: '90', score: '50' }]
 */
export function cellValue(cell: Cell, syntax: CellSyntax, dates: DateCells): unknown {
  switch (syntax.type) {
    case 'list':
      return cellList(cell).map((item) => scalarValue(item, syntax.item, dates));
    case 'records':
      return cellList(cell).map((item) => partsObject(item.split(':'), syntax.fields, dates));
    case 'compact': {
      const text = cellText(cell);
      return text.includes('/') ? partsObject(text.split('/'), syntax.fields, dates) : cellNumeric(cell, dates);
    }
    default:
      return scalarValue(cell, syntax.type, dates);
  }
}

/** Returns the object of the parts of a cell, one per field in order (a missing part is empty). */
function partsObject(parts: readonly string[], fields: readonly (readonly [string, ScalarSyntax])[], dates: DateCells): Record<string, unknown> {
  return Object.fromEntries(fields.map(([key, type], i) => [key, scalarValue((parts[i] ?? '').trim(), type, dates)]));
}

/** Sets a value at a path inside an object, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let here = target;
  path.slice(0, -1).forEach((key) => {
    here = (here[key] ??= {}) as Record<string, unknown>;
  });
  here[path[path.length - 1] as string] = value;
}

/**
 * Returns the object a row (or a field sheet) describes, recording each cell's location under `base`.
 *
 * @example
 * buildObject(record.cells, [f('usl', 'decimal'), f('effortDays', 'decimal', [], ['effort', 'days'])], ['categories', 0, 'criteria', 2], map, 'local')
 * //=> { usl: 6.55, effort: { days: 5 } }
 */
export function buildObject(
  cells: ReadonlyMap<string, RecordCell>,
  fields: readonly Field[],
  base: readonly PathSegment[],
  map: LocationMap,
  dates: DateCells,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    const given = cells.get(field.key);
    if (!given || skip.includes(field.key)) continue;
    const path = field.path ?? [field.key];
    setPath(object, path, cellValue(given.cell, field.syntax, dates));
    map.set([...base, ...path], given.location);
  }
  return object;
}

/**
 * Returns the objects the rows of a table sheet describe, one a row, as the list at `key` of the
 * object being read: the header row and each row's cells are recorded under `key` and its index.
 *
 * @example
 * objectsOfTable(gradesSheet, GRADE_FIELDS, 'grades', issues, map, 'local')
 * //=> [{ grade: 'A', min: 90 }, { grade: 'B', min: 75 }]
 */
export function objectsOfTable(
  sheet: Sheet,
  fields: readonly Field[],
  key: string,
  issues: SheetIssue[],
  map: LocationMap,
  dates: DateCells,
): Record<string, unknown>[] {
  const table = readTable(sheet, fields, issues);
  map.set([key], table.header);
  return table.records.map((record, i) => {
    map.set([key, i], record.location);
    return buildObject(record.cells, fields, [key, i], map, dates);
  });
}
