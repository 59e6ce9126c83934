import * as z from 'zod/mini';
import type { DecimalInput } from '../decimal.js';
import { createIssue, optionsIssues, shownText, ValidationError, type ValidationIssue } from '../errors/index.js';
import { MAX_ISSUES } from '../errors/ValidationError.js';
import { decimalValueSchema as decimalInputSchema } from './decimalValueSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { compare, sign, sub, toRational, type Rational } from './rational.js';
import { appendAll } from '../lists/appendAll.js';

/** One measurement of a gauge study: which part, which operator, which trial, what value. */
export interface GaugeMeasurement {
  part: string | number;
  operator: string | number;
  /** The trial's number, 1 to 1000 (as the gauge-study criterion's evidence); optional, a label only. */
  trial?: number | undefined;
  value: DecimalInput;
}

/** How the study is analysed: ANOVA (default) or average and range (AIAG MSA 4th ed.). */
export type GaugeMethod = 'anova' | 'average-range';
/** What the verdict is judged on: %Study Variation (default) or %Tolerance. */
export type GaugeBasis = 'study-variation' | 'tolerance';

/** Options of `gaugeStudy`. */
export interface GaugeStudyOptions {
  method?: GaugeMethod | undefined;
  /** ANOVA: the operator-by-part interaction is pooled into repeatability when its p-value is at or above alpha; default 0.05. */
  alpha?: DecimalInput | undefined;
  /** The number of standard deviations of the study variation; default 6. */
  studyVariation?: DecimalInput | undefined;
  /** The characteristic's limits, for %Tolerance (USL − LSL). */
  lsl?: DecimalInput | undefined;
  usl?: DecimalInput | undefined;
  /** The tolerance (USL − LSL) itself, instead of the limits. */
  tolerance?: DecimalInput | undefined;
  /** The basis of the verdict; default `'study-variation'`. */
  basis?: GaugeBasis | undefined;
  /** The least number of distinct categories for an acceptable gauge; default 5. */
  minimumCategories?: number | undefined;
}

/** The checked input of a gauge study (internal): its table and its options. */
export interface GaugeStudyInput extends GaugeTable {
  method: GaugeMethod;
  alpha: Rational;
  k: Rational;
  tolerance: Rational | null;
  basis: GaugeBasis;
  minimumCategories: number;
}

const measurementSchema = z.strictObject({
  part: z.union([z.string(), z.number()]),
  operator: z.union([z.string(), z.number()]),
  trial: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  value: decimalInputSchema,
});
const optionsSchema = z.strictObject({
  method: z.optional(z.enum(['anova', 'average-range'])),
  alpha: z.optional(decimalInputSchema),
  studyVariation: z.optional(decimalInputSchema),
  lsl: z.optional(decimalInputSchema),
  usl: z.optional(decimalInputSchema),
  tolerance: z.optional(decimalInputSchema),
  basis: z.optional(z.enum(['study-variation', 'tolerance'])),
  minimumCategories: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});

/**
 * Returns the checked input of `gaugeStudy`, or throws one `ValidationError` listing every problem
 * with its path (`data[4].value`, `alpha`, …) (internal).
 *
 * @example
 * readGaugeStudyInput([
 *   { part: 1, operator: 'A', value: 1 }, { part: 1, operator: 'A', value: 2 },
 *   { part: 2, operator: 'A', value: 3 }, { part: 2, operator: 'A', value: 3 },
 *   { part: 1, operator: 'B', value: 1 }, { part: 1, operator: 'B', value: 2 },
 *   { part: 2, operator: 'B', value: 4 }, { part: 2, operator: 'B', value: 3 },
 * ], {}).trials
 * //=> 2
 */
export function readGaugeStudyInput(data: unknown, options: unknown): GaugeStudyInput {
  const issues: ValidationIssue[] = optionsIssues(options, []);
  const opts = (issues.length === 0 && options !== undefined ? options : {}) as Record<string, unknown>;
  if (issues.length === 0) appendAll(issues, schemaIssues(optionsSchema, opts));
  const rows = schemaIssues(z.array(measurementSchema), data, ['data']);
  appendAll(issues, rows);
  const number = (key: string, fallback: string): Rational | undefined => {
    const value = opts[key];
    if (value === undefined) return toRational(fallback);
    return decimalInputSchema.safeParse(value).success ? toRational(value as DecimalInput) : undefined;
  };
  const alpha = number('alpha', '0.05');
  if (alpha && (sign(alpha) <= 0 || compare(alpha, toRational(1)) >= 0)) {
    issues.push(createIssue('probability_out_of_range', ['alpha'], { value: String(opts.alpha) }));
  }
  const k = number('studyVariation', '6');
  if (k && sign(k) <= 0) issues.push(createIssue('not_positive', ['studyVariation'], { value: String(opts.studyVariation) }));
  let tolerance: Rational | null = null;
  if (opts.tolerance !== undefined) {
    tolerance = number('tolerance', '0') ?? null;
    if (tolerance && sign(tolerance) <= 0) issues.push(createIssue('not_positive', ['tolerance'], { value: String(opts.tolerance) }));
    if (opts.lsl !== undefined || opts.usl !== undefined) issues.push(createIssue('limits_ambiguous', ['tolerance']));
  } else if (opts.lsl !== undefined && opts.usl !== undefined) {
    const lsl = number('lsl', '0');
    const usl = number('usl', '0');
    if (lsl && usl) {
      tolerance = sub(usl, lsl);
      if (sign(tolerance) <= 0) issues.push(createIssue('limits_out_of_order', ['usl'], { lsl: String(opts.lsl), usl: String(opts.usl) }));
    }
  } else if (opts.lsl !== undefined || opts.usl !== undefined) {
    issues.push(createIssue('tolerance_missing', [opts.lsl === undefined ? 'lsl' : 'usl']));
  }
  const basis = (opts.basis as GaugeBasis | undefined) ?? 'study-variation';
  // A basis of %Tolerance needs a tolerance (one limit alone is reported above).
  if (basis === 'tolerance' && opts.tolerance === undefined && opts.lsl === undefined && opts.usl === undefined) {
    issues.push(createIssue('tolerance_missing', ['basis']));
  }

  const read = rows.length > 0 ? { table: null, issues: [] } : gaugeTableOf(data, (opts.method as GaugeMethod | undefined) ?? 'anova');
  appendAll(issues, read.issues);
  if (issues.length > 0) throw new ValidationError(issues, 'gauge study');
  return {
    ...(read.table as GaugeTable),
    method: (opts.method as GaugeMethod | undefined) ?? 'anova',
    alpha: alpha as Rational,
    k: k as Rational,
    tolerance,
    basis,
    minimumCategories: (opts.minimumCategories as number | undefined) ?? 5,
  };
}

/** The table of a crossed gauge study (internal): cells[part][operator] hold the trials' values. */
export interface GaugeTable {
  parts: string[];
  operators: string[];
  trials: number;
  cells: Rational[][][];
}

/**
 * Returns the crossed table of a study's rows (each { part, operator, trial?, value }, unless
 * `malformed` says the rows failed their schema) and the problems of its design: fewer than 2 parts,
 * operators or trials, a cell with another number of values than most cells, a trial given twice,
 * sizes outside the average and range tables (internal). The table is null when there is a problem.
 *
 * @example
 * gaugeTableOf([
 *   { part: 1, operator: 'A', value: 1 }, { part: 1, operator: 'A', value: 2 },
 *   { part: 2, operator: 'A', value: 3 }, { part: 2, operator: 'A', value: 3 },
 *   { part: 1, operator: 'B', value: 1 }, { part: 1, operator: 'B', value: 2 },
 *   { part: 2, operator: 'B', value: 4 }, { part: 2, operator: 'B', value: 3 },
 * ], 'anova').table.trials
 * //=> 2
 */
export function gaugeTableOf(data: unknown, method: GaugeMethod): { table: GaugeTable | null; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  // The crossed design: every part by every operator, the same number of times (indexes by name, so
  // a table of many parts or trials is read in one pass).
  const parts: string[] = [];
  const operators: string[] = [];
  const partIndex = new Map<string, number>();
  const operatorIndex = new Map<string, number>();
  const cells: Rational[][][] = [];
  const trialsSeen = new Map<string, number>();
  (data as GaugeMeasurement[]).forEach((row, i) => {
    const part = String(row.part);
    const operator = String(row.operator);
    let pi = partIndex.get(part);
    if (pi === undefined) {
      pi = parts.push(part) - 1;
      partIndex.set(part, pi);
      cells.push([]);
    }
    let oi = operatorIndex.get(operator);
    if (oi === undefined) {
      oi = operators.push(operator) - 1;
      operatorIndex.set(operator, oi);
    }
    if (row.trial !== undefined) {
      const trialKey = `${pi} ${oi} ${row.trial}`;
      const first = trialsSeen.get(trialKey);
      if (first !== undefined) issues.push(createIssue('duplicate_trial', ['data', i, 'trial'], { part: shownText(part), operator: shownText(operator), trial: row.trial, first: `data[${first}]` }));
      else trialsSeen.set(trialKey, i);
    }
    (cells[pi]![oi] ??= []).push(toRational(row.value));
  });
  if (parts.length < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'parts', count: parts.length }));
  if (operators.length < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'operators', count: operators.length }));
  const expected = usualCellSize(cells);
  if (parts.length >= 1 && expected < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'trials', count: expected }));
  appendAll(issues, unbalancedCellIssues(parts, operators, cells, expected, UNBALANCED_LISTED - issues.length));
  if (method === 'average-range' && parts.length >= 2 && operators.length >= 2) {
    const r = cells[0]?.[0]?.length ?? 0;
    if (r > 3) issues.push(createIssue('not_tabulated', ['data'], { what: 'trials', range: '2 or 3', count: r }));
    if (operators.length > 3) issues.push(createIssue('not_tabulated', ['data'], { what: 'operators', range: '2 or 3', count: operators.length }));
    if (parts.length > 10) issues.push(createIssue('not_tabulated', ['data'], { what: 'parts', range: '2 to 10', count: parts.length }));
  }
  if (issues.length > 0) return { table: null, issues };
  return { table: { parts, operators, trials: cells[0]![0]!.length, cells }, issues };
}

/**
 * Returns the number of measurements most part-by-operator cells hold (the larger on a tie; 0 for
 * none), so one cell short or over is the one named, whichever cell it is.
 */
function usualCellSize(cells: readonly (readonly (readonly Rational[] | undefined)[])[]): number {
  const counts = new Map<number, number>();
  for (const row of cells) for (const cell of row) if (cell !== undefined) counts.set(cell.length, (counts.get(cell.length) ?? 0) + 1);
  let usual = 0;
  let most = 0;
  for (const [size, count] of counts) {
    if (count > most || (count === most && size > usual)) [usual, most] = [size, count];
  }
  return usual;
}

/** The most unbalanced cells listed one by one (the rest are counted), so the list stays within `MAX_ISSUES`. */
const UNBALANCED_LISTED = MAX_ISSUES / 2;

/**
 * Returns an `unbalanced_study` issue for each part-by-operator cell whose number of values is not
 * `expected`, at most `room` of them and then one `more_issues` counting the rest, so a table of many
 * parts and operators that share no cells costs its rows, not parts × operators issues.
 */
function unbalancedCellIssues(parts: readonly string[], operators: readonly string[], cells: readonly (readonly (readonly Rational[] | undefined)[])[], expected: number, room: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let present = 0;
  let wrongPresent = 0;
  for (const row of cells) {
    for (const cell of row) {
      if (cell === undefined) continue;
      present++;
      if (cell.length !== expected) wrongPresent++;
    }
  }
  const unbalanced = wrongPresent + (parts.length * operators.length - present);
  const shown = Math.min(unbalanced, Math.max(0, room));
  for (let i = 0; i < parts.length && issues.length < shown; i++) {
    for (let j = 0; j < operators.length && issues.length < shown; j++) {
      const count = cells[i]![j]?.length ?? 0;
      if (count !== expected) issues.push(createIssue('unbalanced_study', ['data'], { part: shownText(parts[i]!), operator: shownText(operators[j]!), count, expected }));
    }
  }
  if (unbalanced > shown) issues.push(createIssue('more_issues', [], { count: String(unbalanced - shown), maximum: String(MAX_ISSUES) }));
  return issues;
}
