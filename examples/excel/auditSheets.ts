/**
 * Lays out a requirement profile and audit evidence (the JSON of examples/pump-injector) as the sheets
 * docs/sheets.md describes, so a workbook can be made from them: the sheets a quality engineer fills
 * in. `date` makes the cell for a calendar date (a local `Date` for Google Sheets, a UTC `Date` for
 * exceljs, or the text itself).
 */
import type { ProfileInput } from 'supplier-quality';
import { profileToSheets, type Cell } from 'supplier-quality/sheets';

type Json = Record<string, unknown>;
type Rows = Cell[][];
export type DateCell = (date: string) => Cell;

const asText: DateCell = (date) => date;

/** Returns a table: a header row of the given columns and one row per object, empty where absent. */
function table(columns: readonly (readonly [string, (item: Json) => unknown])[], items: readonly Json[]): Rows {
  return [
    columns.map(([header]) => header),
    ...items.map((item) => columns.map(([, read]) => toCell(read(item)))),
  ];
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return value as Cell;
}

const get = (key: string) => (item: Json) => item[key];

/** Returns the fields the items give, in order of first appearance. */
const fieldsOf = (items: readonly Json[]) => [...new Set(items.flatMap((item) => Object.keys(item).filter((key) => item[key] !== undefined)))];

/** Returns a table without the columns that are empty in every row. */
function withoutEmptyColumns(rows: Rows): Rows {
  const keep = (rows[0] ?? []).map((_, c) => rows.slice(1).some((row) => row[c] !== '' && row[c] !== undefined));
  return rows.map((row) => row.filter((_, c) => keep[c]));
}

/**
 * Returns the profile sheets (Profile, Categories, Criteria, Grades, Rules) of a profile's JSON, as the
 * library writes them (`profileToSheets`): every field of every criterion kind, in the columns derived
 * from the profile schema, so reading the workbook gives the same profile.
 */
export function profileSheets(profile: Json): Record<string, Rows> {
  const sheets = profileToSheets(profile as ProfileInput);
  return { Profile: sheets.profile, Categories: sheets.categories, Criteria: sheets.criteria, Grades: sheets.grades, Rules: sheets.rules };
}

/**
 * Returns the evidence sheets (Supplier, Measurements, Process steps, Audit answers, …) of one supplier's
 * evidence JSON.
 */
export function evidenceSheets(evidence: Json, date: DateCell = asText): Record<string, Rows> {
  const supplier = evidence.supplier as Json;
  const entries = evidence.entries as Json[];
  const profile = (evidence.profile ?? {}) as Json;
  const kind = (entry: Json) =>
    'values' in entry
      ? 'measurement'
      : 'lots' in entry
        ? 'lots'
        : 'measurements' in entry
          ? 'gauge'
        : 'points' in entry || 'results' in entry || 'steps' in entry || 'notApplicable' in entry
          ? 'audit'
          : 'expires' in entry
            ? 'certificate'
            : 'status' in entry
              ? 'document'
              : typeof entry.value === 'boolean'
                ? 'check'
                : 'metric';
  const measured = entries.filter((entry) => kind(entry) === 'measurement');
  const grouped = measured.find((entry) => (entry.values as unknown[]).some(Array.isArray));
  if (grouped) throw new Error(`${String(grouped.criterion)}: this example writes measured values one per row, not in subgroups`);
  const length = Math.max(0, ...measured.map((entry) => (entry.values as unknown[]).length));
  const withDates = (entry: Json, keys: string[]) =>
    Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, keys.includes(key) && typeof value === 'string' ? date(value) : value]));
  const sheets: Record<string, Rows> = {
    Supplier: [
      ['field', 'value'],
      ['supplier id', supplier.id as string],
      ['supplier name', supplier.name as string],
      ...(supplier.region ? [['region', supplier.region as string]] : []),
      ['audit date', date(evidence.auditDate as string)],
      ...(evidence.auditor ? [['auditor', evidence.auditor as string]] : []),
      ...(profile.id ? [['profile id', profile.id as string], ['profile version', (profile.version as string) ?? '']] : []),
    ],
  };
  if (measured.length > 0) {
    sheets.Measurements = [
      ['part', ...measured.map((entry) => (entry.unit ? `${entry.criterion} [${entry.unit}]` : (entry.criterion as string)))],
      ...Array.from({ length }, (_, i) => [i + 1, ...measured.map((entry) => toNumber((entry.values as unknown[])[i]))]),
    ];
  }
  const of = (which: string) => entries.filter((entry) => kind(entry) === which);
  const add = (name: string, columns: readonly (readonly [string, (item: Json) => unknown])[], items: Json[]) => {
    if (items.length > 0) sheets[name] = table(columns, items);
  };
  const steps = evidence.processSteps as Json[] | undefined;
  if (steps && steps.length > 0) {
    sheets['Process steps'] = withoutEmptyColumns(table([['id', get('id')], ['title', get('title')], ['product group', get('productGroup')]], steps));
  }
  // One row per question; a question answered per process step has one row per step (its note and
  // reason on the first).
  const answers = of('audit').flatMap((entry): Json[] =>
    Array.isArray(entry.steps)
      ? (entry.steps as Json[]).map((step, i) => ({ criterion: entry.criterion, ...step, ...(i === 0 ? { reason: entry.reason, note: entry.note } : {}) }))
      : [entry.notApplicable === true ? { ...entry, points: 'n/a' } : entry],
  );
  add(
    'Audit answers',
    [
      ['criterion', get('criterion')],
      ...(answers.some((row) => row.step !== undefined) ? [['step', get('step')] as const] : []),
      ['points', get('points')],
      ['results', get('results')],
      ...(answers.some((row) => row.reason !== undefined) ? [['reason', get('reason')] as const] : []),
      ['note', get('note')],
    ],
    answers,
  );
  // The other entry sheets: a column for every field the entries give (nothing left out), dates as date cells.
  const byFields = (name: string, which: string, dateKeys: string[] = []) => {
    const items = of(which).map((entry) => withDates(entry, dateKeys));
    if (items.length > 0) sheets[name] = table(fieldsOf(items).map((key) => [key, get(key)] as const), items);
  };
  byFields('Certificates', 'certificate', ['issued', 'expires']);
  byFields('Metrics', 'metric');
  byFields('Documents', 'document', ['date']);
  byFields('Checks', 'check');
  const lots = of('lots').flatMap((entry) => (entry.lots as Json[]).map((lot) => ({ criterion: entry.criterion, ...lot })));
  if (lots.length > 0) sheets.Lots = table(fieldsOf(lots).map((key) => [key === 'id' ? 'lot' : key, get(key)] as const), lots);
  const gauges = of('gauge').flatMap((entry) => (entry.measurements as Json[]).map((row) => ({ criterion: entry.criterion, ...row })));
  if (gauges.length > 0) sheets['Gauge studies'] = table(fieldsOf(gauges).map((key) => [key, get(key)] as const), gauges);
  return sheets;
}

/** Returns a measured value as a spreadsheet number (as typed into a cell), or empty. */
function toNumber(value: unknown): Cell {
  if (value === undefined) return '';
  return typeof value === 'string' ? Number(value) : (value as number);
}
