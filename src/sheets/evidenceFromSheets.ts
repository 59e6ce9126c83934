import { createIssue, ValidationError, type PathSegment } from '../errors/index.js';
import { parseProfile } from '../parse/parseProfile.js';
import { parseEvidence } from '../parse/parseEvidence.js';
import type { ParseResult } from '../parse/result.js';
import { evidenceSchema, type Evidence } from '../schema/evidence.js';
import { innerSchema, schemaColumns } from './schemaColumns.js';
import { evidenceSchemaByKind } from '../criteria/criterion.js';
import { KIND_NAMES, kindOf } from '../kinds/registry.js';
import type { EvidenceSheetPart } from '../kinds/kind.js';
import type { Profile } from '../schema/profile.js';
import { cellNumeric, cellText, columnName, isEmptyCell, type Cell, type DateCells } from './cells.js';
import type { SheetReadOptions } from './profileFromSheets.js';
import { buildObject, f, objectsOfTable, type Field } from './sheetFields.js';
import { createSheetIssue, LocationMap, placeIssues, sheetIssue, type SheetIssue } from './sheetIssues.js';
import { checkedReadOptions } from './checkedReadOptions.js';
import { checkedSheet } from './checkedSheet.js';
import { sheetsArgumentIssues } from './sheetsArgumentIssues.js';
import { NOT_APPLICABLE } from './shortFormCells.js';
import { headerKey, isEmptyRow, type CellLocation, type Sheet, type SheetLike } from './sheetInput.js';
import { headerRowIndex, readFields, readTable } from './sheetTable.js';
import { appendAll } from '../lists/appendAll.js';

/** The sheets one supplier's evidence is read from. Only `supplier` is required. */
export interface EvidenceSheets {
  /** Two columns, field and value: supplier id, supplier name, region, audit date, auditor, profile id, profile version. */
  readonly supplier: SheetLike;
  /** One column per measured characteristic (header: the criterion id, optionally `[unit]`), one row per part. */
  readonly measurements?: SheetLike;
  /**
   * One row per audit question: criterion, points (or `n/a`), results, not applicable, reason, note; for
   * a question answered per process step, one row per question and step, with the step in `step`.
   */
  readonly audit?: SheetLike;
  /** One row per audited process step: id, title, product group. */
  readonly processSteps?: SheetLike;
  /** One row per certificate: criterion, standard, number, issuer, issued, expires, scope, note. */
  readonly certificates?: SheetLike;
  /** One row per figure: criterion, value, or numerator and denominator, note. */
  readonly metrics?: SheetLike;
  /** One row per document: criterion, status, date, reference, note. */
  readonly documents?: SheetLike;
  /** One row per yes/no check: criterion, value, note. */
  readonly checks?: SheetLike;
  /** One row per inspected lot, in the order received: criterion, lot, lot size, inspected, nonconforming, production irregular. */
  readonly lots?: SheetLike;
  /** One row per measurement of a gauge study: criterion, part, operator, trial, value. */
  readonly gaugeStudies?: SheetLike;
}

/** Options of `evidenceFromSheets`. */
export interface EvidenceSheetOptions extends SheetReadOptions {
  /** The profile to check each entry against (recommended: without it, only the form is checked). */
  readonly profile?: Profile;
}

/** The fields of the supplier sheet (and the supplier columns of a supplier row), derived from the evidence schema. */
export const SUPPLIER_FIELDS: readonly Field[] = schemaColumns(evidenceSchema, {
  skip: ['entries', 'processSteps'],
  aliases: { 'supplier.id': ['id'], 'supplier.name': ['supplier'], auditDate: ['date'], 'profile.id': ['profile'] },
});

/** Header keys of measurement columns that label parts rather than hold values. */
const LABEL_COLUMNS = new Set(['part', 'sample', 'no', 'partno', 'serial', 'time', 'date']);

/**
 * Reads a measurements sheet: one column per characteristic, one row per part. A `subgroup` column
 * groups rows into subgroups (rows with the same label, in order of first appearance); label columns
 * (part, sample, no, serial, time, date) and columns headed `#…` are ignored; empty cells are skipped.
 */
function readMeasurements(sheet: Sheet, entries: unknown[], map: LocationMap, issues: SheetIssue[]): void {
  const index = headerRowIndex(sheet);
  if (index < 0) return;
  const header = sheet.rows[index] as readonly Cell[];
  const location = (r: number, c: number, text?: string): CellLocation => ({
    sheet: sheet.name,
    row: sheet.firstRow + r,
    column: sheet.firstColumn + c,
    ...(text !== undefined ? { header: text } : {}),
  });
  const subgroupColumn = header.findIndex((cell) => headerKey(cellText(cell)) === 'subgroup');
  header.forEach((cell, c) => {
    const text = cellText(cell);
    if (text === '' || text.startsWith('#') || c === subgroupColumn || LABEL_COLUMNS.has(headerKey(text))) return;
    const match = /^(.*?)\s*\[([^\]]+)\]$/.exec(text);
    const criterion = (match ? match[1] : text) as string;
    const unit = match ? (match[2] as string).trim() : undefined;
    const at: PathSegment[] = ['entries', entries.length];
    map.set(at, location(index, c, text));
    map.set([...at, 'criterion'], location(index, c, text));
    const groups = new Map<string, { index: number; values: unknown[] }>();
    const flat: unknown[] = [];
    for (let r = index + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] as readonly Cell[];
      if (isEmptyRow(row) || isEmptyCell(row[c])) continue;
      const value = cellNumeric(row[c]);
      if (subgroupColumn < 0) {
        map.set([...at, 'values', flat.length], location(r, c, text));
        flat.push(value);
        continue;
      }
      const label = cellText(row[subgroupColumn]);
      let group = groups.get(label);
      if (!group) {
        group = { index: groups.size, values: [] };
        groups.set(label, group);
        map.set([...at, 'values', group.index], location(r, subgroupColumn, cellText(header[subgroupColumn])));
      }
      map.set([...at, 'values', group.index, group.values.length], location(r, c, text));
      group.values.push(value);
    }
    const values = subgroupColumn < 0 ? flat : Array.from(groups.values(), (group) => group.values);
    entries.push({ criterion, values, ...(unit ? { unit } : {}) });
  });
  if (entries.length === 0) issues.push(createSheetIssue('empty_sheet', location(index, 0)));
  let width = header.length;
  while (width > 0 && isEmptyCell(header[width - 1])) width--;
  for (let r = index + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] as readonly Cell[];
    for (let c = width; c < row.length; c++) {
      if (isEmptyCell(row[c])) continue;
      issues.push(createSheetIssue('extra_cell', location(r, c), { column: columnName(sheet.firstColumn + c), last: columnName(sheet.firstColumn + width - 1) }));
    }
  }
}

/** The fields of a per-step row that make one item of the entry's list of steps. */
const STEP_ITEM_FIELDS: readonly Field[] = [f('step', 'text'), f('points', 'int')];

/**
 * Reads an audit answers sheet: one row per question, or, for a question answered per process step,
 * one row per question and step (`step` filled). The step rows of one criterion form one entry with
 * `steps` in row order; their reasons and notes are joined with `; `. Points `n/a` in a row without a
 * step mark the question not applicable.
 */
function readAudit(sheet: Sheet, layout: KindSheet, entries: unknown[], map: LocationMap, issues: SheetIssue[], dates: DateCells): void {
  const fields = layout.fields;
  // The fields of a per-step row that belong to the whole entry (their texts are joined over its rows).
  const entryFields = fields.filter((field) => !['criterion', 'step', 'points'].includes(field.key));
  const list = layout.list as string;
  const table = readTable(sheet, fields, issues);
  if (!map.find(['entries'])) map.set(['entries'], table.header);
  const byCriterion = new Map<string, { at: PathSegment[]; entry: Record<string, unknown>; steps: unknown[] }>();
  for (const record of table.records) {
    const named = record.cells.get('criterion');
    const id = named ? cellText(named.cell) : '';
    if (!record.cells.has('step')) {
      const at = ['entries', entries.length];
      map.set(at, record.location);
      const points = record.cells.get('points');
      const notApplicable = points && typeof points.cell === 'string' && NOT_APPLICABLE.has(headerKey(points.cell));
      const entry = buildObject(record.cells, fields, at, map, dates, notApplicable ? ['points'] : []);
      if (notApplicable) {
        entry.notApplicable = true;
        map.set([...at, 'notApplicable'], points.location);
      }
      entries.push(entry);
      continue;
    }
    let group = byCriterion.get(id);
    if (!group) {
      const at: PathSegment[] = ['entries', entries.length];
      group = { at, entry: id === '' ? {} : { criterion: id }, steps: [] };
      group.entry[list] = group.steps;
      byCriterion.set(id, group);
      map.set(at, record.location);
      if (named) map.set([...at, 'criterion'], named.location);
      entries.push(group.entry);
    }
    const at = [...group.at, list, group.steps.length];
    map.set(at, record.location);
    group.steps.push(buildObject(record.cells, STEP_ITEM_FIELDS, at, map, dates));
    const shared = buildObject(record.cells, entryFields, group.at, map, dates);
    for (const [key, value] of Object.entries(shared)) {
      const before = group.entry[key];
      group.entry[key] = typeof before === 'string' && typeof value === 'string' ? `${before}; ${value}` : value;
    }
  }
}

/** The columns of the process steps sheet, derived from the evidence schema. */
const PROCESS_STEP_FIELDS: readonly Field[] = schemaColumns(innerSchema(evidenceSchema, 'processSteps', '[]'), {
  aliases: { id: ['step', 'process step'], productGroup: ['group'] },
});

/** A kind's evidence sheet (its `evidenceSheet` part) with its columns. */
interface KindSheet extends EvidenceSheetPart {
  readonly key: keyof EvidenceSheets;
  readonly fields: readonly Field[];
}

/**
 * Returns the columns of a kind's evidence sheet, derived from its evidence schema: for `rows`, its
 * fields, the criterion also read as `id`; for `steps`, its fields but the list of steps, and the
 * `step` of a per-step row; for `items`, the fields of an item of its list, and `criterion` (last, so
 * that a column headed `id` is the criterion, as in the other entry sheets); none for `columns`.
 */
function sheetFields(schema: Parameters<typeof schemaColumns>[0], part: EvidenceSheetPart): readonly Field[] {
  const aliases = part.aliases ?? {};
  switch (part.layout) {
    case 'rows':
      return schemaColumns(schema, { aliases: { criterion: ['id'], ...aliases } });
    case 'steps':
      return [f('step', 'text', ['processstep']), ...schemaColumns(schema, { skip: [part.list as string], aliases: { criterion: ['id'], ...aliases } })];
    case 'items':
      return [...schemaColumns(innerSchema(schema, part.list as string, '[]'), { aliases }), f('criterion', 'text', ['id'])];
    default:
      return [];
  }
}

/** The evidence sheets of the kinds that have one, in registry order, with their columns. */
const KIND_SHEETS: readonly KindSheet[] = KIND_NAMES.flatMap((kind) => {
  const part = kindOf(kind).evidenceSheet;
  return part ? [{ ...part, key: part.key as keyof EvidenceSheets, fields: sheetFields(evidenceSchemaByKind[kind], part) }] : [];
});

/** Reads a sheet of one entry per row. */
function readRows(sheet: Sheet, fields: readonly Field[], entries: unknown[], map: LocationMap, issues: SheetIssue[], dates: DateCells): void {
  const table = readTable(sheet, fields, issues);
  if (!map.find(['entries'])) map.set(['entries'], table.header);
  for (const record of table.records) {
    const at = ['entries', entries.length];
    map.set(at, record.location);
    entries.push(buildObject(record.cells, fields, at, map, dates));
  }
}

/**
 * Reads a sheet of one row per item of a list (the lots of an attribute inspection, the measurements
 * of a gauge study): the rows of one criterion form one entry, its list `key` in row order.
 */
function readItems(sheet: Sheet, fields: readonly Field[], key: string, entries: unknown[], map: LocationMap, issues: SheetIssue[], dates: DateCells): void {
  const table = readTable(sheet, fields, issues);
  const byCriterion = new Map<string, { at: PathSegment[]; items: unknown[] }>();
  for (const record of table.records) {
    const named = record.cells.get('criterion');
    const id = named ? cellText(named.cell) : '';
    let entry = byCriterion.get(id);
    if (!entry) {
      entry = { at: ['entries', entries.length], items: [] };
      byCriterion.set(id, entry);
      map.set(entry.at, record.location);
      if (named) map.set([...entry.at, 'criterion'], named.location);
      entries.push(id === '' ? { [key]: entry.items } : { criterion: id, [key]: entry.items });
    }
    const at = [...entry.at, key, entry.items.length];
    map.set(at, record.location);
    entry.items.push(buildObject(record.cells, fields, at, map, dates, ['criterion']));
  }
}

/**
 * Returns one supplier's evidence written in sheets, or every problem with the sheet, row and column
 * it comes from (`'Audit answers'!B4`). With a profile, each entry is checked against its criterion as
 * `parseEvidence` does. Layout: docs/sheets.md. Never throws for bad input.
 *
 * @example
 * const read = evidenceFromSheets({
 *   supplier: [['supplier id', 'IKM-0002'], ['supplier name', 'CV Maju Jaya Teknik'], ['audit date', new Date(2026, 10, 19)]],
 *   measurements: [['throat-d'], [6.528], [6.5], [6.516]],
 *   checks: [['criterion', 'value'], ['leak-test', 'yes']],
 * }, { profile });
 * read.success && read.data.entries.map((entry) => entry.criterion)
 * //=> ['throat-d', 'leak-test']
 */
export function evidenceFromSheets(sheets: EvidenceSheets, options: EvidenceSheetOptions = {}): ParseResult<Evidence> {
  const issues: SheetIssue[] = sheetsArgumentIssues(sheets, { sheet: 'Supplier', row: 1 });
  const map = new LocationMap();
  const given = (issues.length > 0 ? {} : sheets) as Partial<Record<keyof EvidenceSheets, unknown>>;
  const supplierSheet = checkedSheet(given.supplier ?? [], 'Supplier', ['supplier'], issues);
  const fallback: CellLocation = { sheet: supplierSheet?.name ?? 'Supplier', row: supplierSheet?.firstRow ?? 1 };
  map.set([], fallback);
  const { options: read, dates } = checkedReadOptions(options, fallback, issues);
  const profile = read.profile === undefined ? undefined : parseProfile(read.profile);
  if (profile && !profile.success) {
    const placed = profile.error.issues.map((issue) => sheetIssue(createIssue(issue.code, ['options', 'profile', ...issue.segments], issue.params), fallback));
    return { success: false, error: new ValidationError([...issues, ...placed], 'evidence') };
  }
  /** Returns an optional sheet ready to read; absent (`undefined` or `null`) or not a range is none. */
  const optional = (key: keyof EvidenceSheets, name: string) => (given[key] == null ? undefined : checkedSheet(given[key], name, [key], issues));
  const evidence: Record<string, unknown> = supplierSheet
    ? buildObject(readFields(supplierSheet, SUPPLIER_FIELDS, issues), SUPPLIER_FIELDS, [], map, dates)
    : {};
  const entries: unknown[] = [];
  // The process steps are read before the answers per process step that name them.
  let stepsRead = false;
  const readProcessSteps = () => {
    if (stepsRead) return;
    stepsRead = true;
    const processSteps = optional('processSteps', 'Process steps');
    if (processSteps) evidence.processSteps = objectsOfTable(processSteps, PROCESS_STEP_FIELDS, 'processSteps', issues, map, dates);
  };
  for (const layout of KIND_SHEETS) {
    if (layout.layout === 'steps') readProcessSteps();
    const sheet = optional(layout.key, layout.name);
    if (!sheet) continue;
    if (layout.layout === 'columns') readMeasurements(sheet, entries, map, issues);
    else if (layout.layout === 'steps') readAudit(sheet, layout, entries, map, issues, dates);
    else if (layout.layout === 'items') readItems(sheet, layout.fields, layout.list as string, entries, map, issues, dates);
    else readRows(sheet, layout.fields, entries, map, issues, dates);
  }
  readProcessSteps();
  evidence.entries = entries;
  const parsed = parseEvidence(evidence, profile ? { profile: profile.data } : {});
  if (!parsed.success) appendAll(issues, placeIssues(parsed.error.issues, map, fallback));
  if (issues.length > 0 || !parsed.success) return { success: false, error: new ValidationError(issues, 'evidence') };
  return { success: true, data: parsed.data, warnings: placeIssues(parsed.warnings, map, fallback) };
}
