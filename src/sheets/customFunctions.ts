import { createIssue, ValidationError, valueText, type ValidationIssue } from '../errors/index.js';
import { evaluate } from '../evaluate.js';
import { reportMessages } from '../report/language.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { ParseResult } from '../parse/result.js';
import { samplingPlan } from '../sampling/samplingPlan.js';
import type { Profile } from '../schema/profile.js';
import { gaugeStudy, type GaugeStudy } from '../stats/gaugeStudy.js';
import type { GaugeMeasurement, GaugeMethod } from '../stats/gaugeStudyInput.js';
import { processCapability } from '../stats/processCapability.js';
import { cellDate, cellNumeric, cellText, isCell, isDateCell, isEmptyCell, notACellIssue, type Cell, type DateCells } from './cells.js';
import { evaluationRow, EVALUATION_COLUMNS } from './evaluationRows.js';
import { evidenceFromRow } from './evidenceFromRow.js';
import { numberCell, safeCell, type OutputCell, type OutputRows } from './outputRows.js';
import { profileFromSheets } from './profileFromSheets.js';
import { issueText, type SheetIssue } from './sheetIssues.js';
import { headerKey } from './sheetInput.js';

/** What a custom function returns: one cell, or a block of cells. */
export type CustomFunctionResult = OutputCell | OutputRows;

type Lang = 'en' | 'id';

const langOf = (value: unknown): Lang => (isCell(value) && cellText(value).toLowerCase() === 'id' ? 'id' : 'en');

/** Returns the rows of a range argument: a block as it is, one value as a block of one cell. */
function gridOf(value: unknown): readonly (readonly Cell[])[] {
  if (!Array.isArray(value)) return [[value as Cell]];
  return value.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
}

/** Returns the rows of a row argument: a block as it is, a flat list of cells as one row. */
function rowsOf(value: unknown): readonly (readonly Cell[])[] {
  return Array.isArray(value) && value.length > 0 && !value.some(Array.isArray) ? [value as Cell[]] : gridOf(value);
}

/** Returns the text of a thrown value's message, whatever was thrown. */
function thrownText(error: unknown): string {
  const message = error instanceof Error ? (error as { message: unknown }).message : error;
  if (typeof message === 'string') return message;
  try {
    return String(message);
  } catch {
    return valueText(message);
  }
}

/** Returns one problem of an error as a line, or the problem's own text when it is not an issue. */
function issueLine(issue: unknown, lang: Lang): string {
  try {
    return issueText(issue as ValidationIssue, lang);
  } catch {
    return valueText(issue);
  }
}

/**
 * Returns the text of an error for a cell: `Error:` (or `Kesalahan:`) and the first three problems,
 * each with where it is, so a spreadsheet shows a sentence instead of a failed formula. Never throws,
 * whatever it is given: anything thrown that is not a `ValidationError` shows its message or text.
 *
 * @example
 * errorCell(new ValidationError([createIssue('required', ['lsl'])]))
 * //=> 'Error: lsl: This value is required.'
 */
export function errorCell(error: unknown, lang: Lang = 'en'): string {
  const phrases = reportMessages(lang === 'id' ? 'id' : 'en');
  const prefix = phrases['cell.error'];
  const issues: unknown = error instanceof ValidationError ? error.issues : undefined;
  if (!Array.isArray(issues)) return `${prefix}: ${thrownText(error)}`;
  const shown = issues.slice(0, 3).map((issue) => issueLine(issue, lang === 'id' ? 'id' : 'en'));
  const more = issues.length - shown.length;
  const rest = more > 0 ? ` | ${phrases['cell.more']({ count: String(more) })}` : '';
  return `${prefix}: ${shown.join(' | ')}${rest}`;
}

/** Runs a custom function body, turning any error into an error text in a cell. */
function guarded(lang: Lang, body: () => CustomFunctionResult): CustomFunctionResult {
  try {
    return body();
  } catch (error) {
    return errorCell(error, lang);
  }
}

const fail = (issues: ValidationIssue[], subject: string): never => {
  throw new ValidationError(issues, subject);
};

/** Returns the text of a one-cell argument; throws a `ValidationError` naming the argument when it is not a cell. */
function argumentText(value: unknown, name: string): string {
  if (!isCell(value)) fail([notACellIssue(value, [name])], 'argument');
  return cellText(value as Cell);
}

/** Reads an optional number argument: empty is `null`; a text is kept for the library to check. */
function optionalNumber(value: unknown, name: string, issues: ValidationIssue[]): number | string | null {
  if (value === undefined || isEmptyCell(value as Cell)) return null;
  if (Array.isArray(value)) {
    issues.push(createIssue('invalid_type', [name], { expected: 'one cell', received: 'a range' }));
    return null;
  }
  if (!isCell(value)) {
    issues.push(notACellIssue(value, [name]));
    return null;
  }
  const read = cellNumeric(value as Cell);
  if (typeof read === 'boolean' || isDateCell(value)) {
    issues.push(createIssue('invalid_decimal', [name], { value: String(read) }));
    return null;
  }
  return read;
}

/**
 * Returns the data of a values range for a capability study: one row or one column gives individual
 * values in order; several rows and columns give one subgroup per row. Empty cells are skipped.
 */
function capabilityData(values: unknown) {
  const grid = gridOf(values);
  const subgroups = grid.length > 1 && grid.some((row) => row.filter((cell) => !isEmptyCell(cell)).length > 1);
  const rows: (number | string)[][] = [];
  const places: string[][] = [];
  grid.forEach((row, r) => {
    const read: (number | string)[] = [];
    const at: string[] = [];
    row.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      const value = isCell(cell) ? cellNumeric(cell) : valueText(cell);
      read.push(typeof value === 'boolean' ? cellText(cell) : value);
      at.push(`values R${r + 1}C${c + 1}`);
    });
    if (read.length > 0) {
      rows.push(read);
      places.push(at);
    }
  });
  /** Returns the issue with its path `data[i]` or `data[i][j]` named by the cell of the range. */
  const place = (issue: ValidationIssue): ValidationIssue => {
    const [head, i, j] = issue.segments;
    if (head !== 'data' || typeof i !== 'number') return issue;
    const where = subgroups ? (j === undefined ? `values R${i + 1}` : places[i]?.[j as number]) : places.flat()[i];
    return where === undefined ? issue : { ...issue, path: where };
  };
  return { data: subgroups ? rows : rows.flat(), place };
}

const CAPABILITY_FIELDS = ['n', 'mean', 'sigma within', 'sigma overall', 'cp', 'cpk', 'pp', 'ppk', 'cpm', 'cpk lower bound', 'observed ppm', 'expected ppm'] as const;

/**
 * Returns a process capability study of a range against its limits as a two-column block (name,
 * value): n, mean, σ within and overall, Cp, Cpk, Pp, Ppk, Cpm (with a target), the one-sided lower
 * confidence bound of Cpk (95 %, Bissell), the observed and the expected (normal model, within σ)
 * parts per million outside the limits. With `show` (e.g. `cpk`) only that number. A limit may be left
 * empty for a one-sided specification; an index the specification does not define is an empty cell.
 * Errors are returned as text (`Error: …`, `Kesalahan: …` with `lang` `id`), never thrown.
 * Formulas: `processCapability` (AIAG SPC 2nd ed., chapter IV).
 *
 * @example
 * capabilityCell([[5.0], [5.2], [4.9], [5.1], [5.3], [5.0], [4.8], [5.1]], 4.4, 5.6, '', 'cpk')
 * //=> 0.8515
 */
export function capabilityCell(values: unknown, lsl?: unknown, usl?: unknown, target?: unknown, show?: unknown, lang?: unknown): CustomFunctionResult {
  const language = langOf(lang);
  return guarded(language, () => {
    const issues: ValidationIssue[] = [];
    const { data, place } = capabilityData(values);
    const lower = optionalNumber(lsl, 'lsl', issues);
    const upper = optionalNumber(usl, 'usl', issues);
    const aim = optionalNumber(target, 'target', issues);
    if (lower === null && upper === null) {
      issues.push(
        createIssue('custom', ['lsl'], {
          message: 'Give a lower limit (lsl), an upper limit (usl) or both.',
        }),
      );
    }
    if (issues.length > 0) fail(issues, 'capability study');
    let study;
    try {
      study = processCapability(data, { lsl: lower, usl: upper, target: aim });
    } catch (error) {
      throw error instanceof ValidationError ? new ValidationError(error.issues.map(place), 'capability study') : error;
    }
    const expected = study.expectedOutside.within?.total.ppm ?? null;
    const table: Record<(typeof CAPABILITY_FIELDS)[number], OutputCell> = {
      n: study.n,
      mean: numberCell(study.mean),
      'sigma within': numberCell(study.sigmaWithin),
      'sigma overall': numberCell(study.sigmaOverall),
      cp: numberCell(study.cp),
      cpk: numberCell(study.cpk),
      pp: numberCell(study.pp),
      ppk: numberCell(study.ppk),
      cpm: numberCell(study.cpm),
      'cpk lower bound': numberCell(study.cpkInterval?.lowerBound),
      'observed ppm': numberCell(study.observedOutside.total.ppm),
      'expected ppm': numberCell(expected),
    };
    return pick(table, show, CAPABILITY_FIELDS);
  });
}

/** Returns one named value of a table when `show` names one, else the whole table as rows. */
function pick<K extends string>(table: Record<K, OutputCell>, show: unknown, fields: readonly K[]): CustomFunctionResult {
  const wanted = argumentText(show, 'show').toLowerCase().replace(/[\s_-]+/g, ' ');
  if (wanted === '') return fields.map((field) => [field, safeCell(table[field])]);
  const field = fields.find((name) => name === wanted);
  if (field === undefined) fail([createIssue('invalid_value', ['show'], { options: fields.join(', ') })], 'argument');
  return safeCell(table[field as K]);
}

/** A part's or operator's name: a date cell by its calendar date (as the Gauge studies sheet reads it), else its text. */
const nameOf = (cell: Cell): string => (isDateCell(cell) ? (cellDate(cell) ?? cellText(cell)) : cellText(cell));

/**
 * Returns the rows of a gauge study range (part, operator, trial, value; a trial may be empty), empty
 * rows and a header row skipped, and a function that names a problem of `data[i]` by its cell.
 */
function gaugeData(range: unknown) {
  const grid = gridOf(range);
  const rows: { part: string; operator: string; trial?: number | string; value: number | string }[] = [];
  const places: number[] = [];
  grid.forEach((row, r) => {
    if (row.every((cell) => isEmptyCell(cell))) return;
    if (r === 0 && isCell(row[0]) && headerKey(cellText(row[0] as Cell)) === 'part') return;
    const [part, operator, trial, value] = [0, 1, 2, 3].map((c) => (isCell(row[c]) ? (row[c] as Cell) : ''));
    const read = cellNumeric(value as Cell);
    const trialRead = isEmptyCell(trial as Cell) ? undefined : cellNumeric(trial as Cell);
    rows.push({
      part: nameOf(part as Cell),
      operator: nameOf(operator as Cell),
      ...(trialRead === undefined ? {} : { trial: typeof trialRead === 'string' && /^\s*\d+\s*$/.test(trialRead) ? Number(trialRead) : (trialRead as number) }),
      value: typeof read === 'boolean' ? cellText(value as Cell) : read,
    });
    places.push(r + 1);
  });
  const columns: Readonly<Record<string, number>> = { part: 1, operator: 2, trial: 3, value: 4 };
  /** Returns the issue with its path `data[i]` or `data[i].field` named by the row and column of the range. */
  const place = (issue: ValidationIssue): ValidationIssue => {
    const [head, i, field] = issue.segments;
    if (head !== 'data' || typeof i !== 'number' || places[i] === undefined) return issue;
    const column = typeof field === 'string' ? columns[field] : undefined;
    return { ...issue, path: column === undefined ? `data R${places[i]}` : `data R${places[i]}C${column}` };
  };
  return { rows, place };
}

const GAUGE_SOURCES = [
  ['gauge r&r', 'gaugeRR'],
  ['repeatability', 'repeatability'],
  ['reproducibility', 'reproducibility'],
  ['operator', 'operator'],
  ['operator by part', 'partOperator'],
  ['part to part', 'partToPart'],
  ['total', 'total'],
] as const;

const GAUGE_FIELDS = ['%grr', 'ndc', 'verdict', 'level', 'model', 'basis'] as const;

/**
 * Returns a crossed gauge R&R study of a range with one measurement a row (part, operator, trial,
 * value; a header row whose first cell is `part` and empty rows are skipped, a trial may be empty) as
 * a block: a header row, then one row per source of variation (gauge r&r, repeatability, reproducibility, operator,
 * operator by part, part to part, total) with its variance, standard deviation, study variation,
 * %contribution, %study variation and %tolerance, then the rows %grr (on the verdict's basis), ndc,
 * verdict, level, model and basis. With `show` (`%grr`, `ndc`, `verdict`, `level`, `model`, `basis`)
 * only that value. `lsl` and `usl` give the tolerance (both or neither); with them the verdict is on
 * %tolerance, else on %study variation. `method` is `anova` (default) or `average-range`; `alpha`
 * (default 0.05) is the ANOVA's level for pooling the interaction. Errors are returned as text, never
 * thrown. Formulas: `gaugeStudy` (AIAG MSA 4th ed., chapter III section B).
 *
 * @example
 * // aiagRange: the AIAG MSA example (10 parts, 3 operators, 3 trials), 90 rows of part, operator, trial, value
 * [gaugeStudyCell(aiagRange, '', '', '', '', '%grr'), gaugeStudyCell(aiagRange, -4, 4, '', '', '%grr')]
 * //=> [27.86, 22.68]
 */
export function gaugeStudyCell(data: unknown, lsl?: unknown, usl?: unknown, method?: unknown, alpha?: unknown, show?: unknown, lang?: unknown): CustomFunctionResult {
  const language = langOf(lang);
  return guarded(language, () => {
    const issues: ValidationIssue[] = [];
    const { rows, place } = gaugeData(data);
    const lower = optionalNumber(lsl, 'lsl', issues);
    const upper = optionalNumber(usl, 'usl', issues);
    const level = optionalNumber(alpha, 'alpha', issues);
    const methodText = argumentText(method, 'method').toLowerCase().replace(/[\s_&]+/g, '-') || 'anova';
    if (issues.length > 0) fail(issues, 'gauge study');
    const limits = lower === null && upper === null ? {} : { ...(lower === null ? {} : { lsl: lower }), ...(upper === null ? {} : { usl: upper }) };
    let study: GaugeStudy;
    try {
      study = gaugeStudy(rows as GaugeMeasurement[], {
        ...limits,
        method: methodText as GaugeMethod,
        ...(level === null ? {} : { alpha: level }),
        basis: lower !== null && upper !== null ? 'tolerance' : 'study-variation',
      });
    } catch (error) {
      throw error instanceof ValidationError ? new ValidationError(error.issues.map(place), 'gauge study') : error;
    }
    const table: Record<(typeof GAUGE_FIELDS)[number], OutputCell> = {
      '%grr': numberCell(study.verdict?.percent),
      ndc: numberCell(study.ndc),
      verdict: study.verdict?.result ?? '',
      level: study.verdict?.level ?? '',
      model: study.model ?? study.method,
      basis: study.verdict?.basis ?? '',
    };
    if (!isEmptyCell(show as Cell)) return pick(table, show, GAUGE_FIELDS);
    const width = 7;
    const line = (cells: OutputCell[]) => [...cells, ...Array<OutputCell>(width - cells.length).fill('')];
    return [
      ['source', 'variance', 'std dev', 'study var', '%contribution', '%study var', '%tolerance'],
      ...GAUGE_SOURCES.map(([name, key]) => {
        const c = study.components[key];
        return c === null ? line([name]) : [name, numberCell(c.variance), numberCell(c.stdDev), numberCell(c.studyVariation), numberCell(c.contribution), numberCell(c.studyPercent), numberCell(c.tolerancePercent)];
      }),
      ...GAUGE_FIELDS.map((field) => line([field, safeCell(table[field])])),
    ];
  });
}

const ROMAN: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III' };

const PLAN_FIELDS = ['code letter', 'sample size', 'ac', 're', 'hundred percent', 'explanation'] as const;

/**
 * Returns the single sampling plan for a lot size and AQL as a two-column block: code letter, sample
 * size, acceptance number Ac, rejection number Re, whether every unit is inspected, and the
 * explanation; with `show` (e.g. `sample size`, `ac`) only that value. Level defaults to II (1, 2, 3
 * are read as I, II, III; `S1` as S-1), inspection to normal. Errors are returned as text, never
 * thrown. Tables: `samplingPlan` (ISO 2859-1:1999 Table 1 and Tables 2-A to 2-C).
 *
 * @example
 * samplingPlanCell(1200, 1, 'II', '', 'sample size')
 * //=> 80
 */
export function samplingPlanCell(lotSize: unknown, aql: unknown, level?: unknown, inspection?: unknown, show?: unknown, lang?: unknown): CustomFunctionResult {
  const language = langOf(lang);
  return guarded(language, () => {
    let levelText = argumentText(level, 'level').toUpperCase().replace(/^S\s*-?\s*(\d)$/, 'S-$1');
    levelText = ROMAN[levelText] ?? (levelText || 'II');
    const inspectionText = argumentText(inspection, 'inspection').toLowerCase() || 'normal';
    const lot = typeof lotSize === 'string' && /^\s*\d+\s*$/.test(lotSize) ? Number(lotSize) : lotSize;
    const plan = samplingPlan({
      lotSize: lot as number,
      aql: (typeof aql === 'number' ? aql : argumentText(aql, 'aql')) as string,
      level: levelText as 'II',
      inspection: inspectionText as 'normal',
    });
    const table: Record<(typeof PLAN_FIELDS)[number], OutputCell> = {
      'code letter': plan.codeLetter,
      'sample size': plan.sampleSize,
      ac: plan.acceptanceNumber,
      re: plan.rejectionNumber,
      'hundred percent': plan.hundredPercent,
      explanation: plan.explanation,
    };
    return pick(table, show, PLAN_FIELDS);
  });
}

/**
 * Returns the profile a range holds: one cell with the profile's JSON text, or a criteria table (see
 * `profileFromSheets`; cell references count from the range's top-left cell as A1).
 *
 * @example
 * profileFromRange([['id', 'kind', 'title', 'cause family', 'expected'], ['leak-test', 'check', 'Leak test', 'method', 'yes']]).success
 * //=> true
 */
export function profileFromRange(range: unknown, dates: DateCells = 'local'): ParseResult<Profile> {
  const grid = gridOf(range);
  const only = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
  if (typeof only === 'string' && only.trim().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(only);
    } catch (error) {
      return {
        success: false,
        error: new ValidationError([createIssue('custom', [], { message: `The profile is not valid JSON: ${(error as Error).message}` })], 'profile'),
      };
    }
    return parseProfile(json);
  }
  return profileFromSheets({ criteria: { name: 'profile', values: grid } }, { dates });
}

/**
 * Returns the evaluation of supplier rows against a profile range, one output row per input row
 * (`EVALUATION_COLUMNS`: decision, score, grade, gaps); an empty input row gives an empty row and a
 * row with bad evidence gives its error text in the first cell. `header` is the header row of the
 * supplier table (see `evidenceFromRow`), `at` an optional evaluation date (default: each audit
 * date). Errors are returned as text, never thrown.
 *
 * @example
 * const criteria = [['id', 'kind', 'title', 'cause family', 'expected'], ['leak-test', 'check', 'Leak test', 'method', 'yes']];
 * evaluateCell(criteria, [['supplier id', 'supplier name', 'audit date', 'leak-test']], [['IKM-0002', 'CV Maju Jaya Teknik', '2026-11-19', 'yes']])
 * //=> [['approved', 100, 'A', '']]
 */
export function evaluateCell(profile: unknown, header: unknown, rows: unknown, at?: unknown, lang?: unknown): CustomFunctionResult {
  const language = langOf(lang);
  return guarded(language, () => {
    const parsed = profileFromRange(profile);
    if (!parsed.success) throw parsed.error;
    const headerRow = rowsOf(header)[0] ?? [];
    let date: string | undefined;
    if (at !== undefined && !isEmptyCell(at)) {
      date = cellDate(at as Cell);
      if (date === undefined) fail([createIssue('invalid_date', ['at'], { value: argumentText(at, 'at') })], 'argument');
    }
    const width = EVALUATION_COLUMNS.length;
    const out = rowsOf(rows).map((row, r): OutputCell[] => {
      if (row.every(isEmptyCell)) return Array<OutputCell>(width).fill('');
      const evidence = evidenceFromRow(parsed.data, headerRow, row, { sheet: 'row', row: r + 1 });
      if (!evidence.success) {
        const issues = (evidence.error.issues as SheetIssue[]).map((issue) => ({ ...issue, path: issue.header ?? issue.source, header: '' }));
        return [errorCell(new ValidationError(issues), language), ...Array<OutputCell>(width - 1).fill('')];
      }
      return evaluationRow(evaluate(parsed.data, evidence.data, date === undefined ? {} : { at: date }));
    });
    return out.length === 0 ? [Array<OutputCell>(width).fill('')] : out;
  });
}
