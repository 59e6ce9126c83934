import * as z from 'zod/mini';
import type { DecimalInput } from '../decimal.js';
import { createIssue, optionsIssues, ValidationError, type ValidationIssue } from '../errors/index.js';
import { decimalValueSchema as decimalInputSchema } from './decimalValueSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { compare, sign, sub, toRational, type Rational } from './rational.js';
import { appendAll } from '../lists/appendAll.js';

/** One measurement of a gauge study: which part, which operator, which trial, what value. */
export interface GaugeMeasurement {
  part: string | number;
  operator: string | number;
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

/** The checked input of a gauge study (internal): cells[part][operator] hold the trials. */
export interface GaugeStudyInput {
  parts: string[];
  operators: string[];
  trials: number;
  cells: Rational[][][];
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
  trial: z.optional(z.int()),
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

  // The crossed design: every part by every operator, the same number of times.
  const parts: string[] = [];
  const operators: string[] = [];
  const cells = new Map<string, Rational[]>();
  const trialsSeen = new Map<string, number>();
  if (rows.length === 0) {
    (data as GaugeMeasurement[]).forEach((row, i) => {
      const part = String(row.part);
      const operator = String(row.operator);
      if (!parts.includes(part)) parts.push(part);
      if (!operators.includes(operator)) operators.push(operator);
      const key = JSON.stringify([part, operator]);
      if (row.trial !== undefined) {
        const trialKey = JSON.stringify([part, operator, row.trial]);
        const first = trialsSeen.get(trialKey);
        if (first !== undefined) issues.push(createIssue('duplicate_trial', ['data', i, 'trial'], { part, operator, trial: row.trial, first: `data[${first}]` }));
        else trialsSeen.set(trialKey, i);
      }
      cells.set(key, [...(cells.get(key) ?? []), toRational(row.value)]);
    });
    if (parts.length < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'parts', count: parts.length }));
    if (operators.length < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'operators', count: operators.length }));
    const expected = cells.get(JSON.stringify([parts[0], operators[0]]))?.length ?? 0;
    if (parts.length >= 1 && expected < 2) issues.push(createIssue('too_few_levels', ['data'], { minimum: 2, what: 'trials', count: expected }));
    for (const part of parts) {
      for (const operator of operators) {
        const count = cells.get(JSON.stringify([part, operator]))?.length ?? 0;
        if (count !== expected) issues.push(createIssue('unbalanced_study', ['data'], { part, operator, count, expected }));
      }
    }
  }
  if ((opts.method ?? 'anova') === 'average-range' && rows.length === 0 && parts.length >= 2 && operators.length >= 2) {
    const r = cells.get(JSON.stringify([parts[0], operators[0]]))?.length ?? 0;
    if (r > 3) issues.push(createIssue('not_tabulated', ['data'], { what: 'trials', range: '2 or 3', count: r }));
    if (operators.length > 3) issues.push(createIssue('not_tabulated', ['data'], { what: 'operators', range: '2 or 3', count: operators.length }));
    if (parts.length > 10) issues.push(createIssue('not_tabulated', ['data'], { what: 'parts', range: '2 to 10', count: parts.length }));
  }
  if (issues.length > 0) throw new ValidationError(issues, 'gauge study');
  const trials = (cells.get(JSON.stringify([parts[0], operators[0]])) as Rational[]).length;
  return {
    parts,
    operators,
    trials,
    cells: parts.map((part) => operators.map((operator) => cells.get(JSON.stringify([part, operator])) as Rational[])),
    method: (opts.method as GaugeMethod | undefined) ?? 'anova',
    alpha: alpha as Rational,
    k: k as Rational,
    tolerance,
    basis,
    minimumCategories: (opts.minimumCategories as number | undefined) ?? 5,
  };
}
