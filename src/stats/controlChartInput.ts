import * as z from 'zod/mini';
import type { DecimalInput } from '../decimal.js';
import { createIssue, optionsIssues, ValidationError, type ValidationIssue } from '../errors/index.js';
import { decimalValueSchema as decimalInputSchema } from './decimalValueSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { sign, toRational, type Rational } from './rational.js';
import { RUN_RULE_SETS, RUN_RULES, type RunRule } from './runRules.js';
import { CAPABILITY_CONSTANTS, type CapabilityConstants } from './types.js';
import { appendAll } from '../lists/appendAll.js';

/** The charts: individuals and moving range, X̄ and R, X̄ and s. */
export type ControlChartType = 'i-mr' | 'xbar-r' | 'xbar-s';
/** Every chart, in documentation order. */
export const CONTROL_CHART_TYPES: readonly ControlChartType[] = Object.freeze(['i-mr', 'xbar-r', 'xbar-s']);

/** A rule set by name, or rules picked one by one (`['nelson1', 'nelson2']`). */
export type RunRuleSelection = 'western-electric' | 'nelson' | readonly RunRule[];

/** Options of `controlChart`. */
export interface ControlChartOptions {
  /** The chart; default `'i-mr'` for individual values, `'xbar-r'` for subgroups. */
  chart?: ControlChartType | undefined;
  /** The run rules to test; default `'western-electric'` (rules 1–4, as R qcc). */
  rules?: RunRuleSelection | undefined;
  /** A known process σ (above 0): limits from it instead of MR̄/d2, R̄/d2 or S̄/c4. */
  sigma?: DecimalInput | undefined;
  /** A known process mean: the centre line of the location chart instead of the data's mean. */
  center?: DecimalInput | undefined;
  /** Printed (default, the AIAG tables) or exact factors; see `controlChartFactors`. */
  constants?: CapabilityConstants | undefined;
}

/** Values in time order (`number[]`, for I-MR) or subgroups in time order (`number[][]`). */
export type ControlChartData = readonly DecimalInput[] | readonly (readonly DecimalInput[])[];

/** The checked input of a control chart (internal). */
export interface ControlChartInput {
  chart: ControlChartType;
  /** Subgroups of exact values (one value each for I-MR). */
  subgroups: Rational[][];
  /** The values as given, in order (subgroups concatenated). */
  originals: DecimalInput[];
  rules: RunRule[];
  sigma: Rational | undefined;
  center: Rational | undefined;
  constants: CapabilityConstants;
}

const optionsSchema = z.strictObject({
  chart: z.optional(z.enum(['i-mr', 'xbar-r', 'xbar-s'])),
  rules: z.optional(z.union([z.enum(['western-electric', 'nelson']), z.array(z.enum(RUN_RULES as [RunRule, ...RunRule[]])).check(z.minLength(1))])),
  sigma: z.optional(decimalInputSchema),
  center: z.optional(decimalInputSchema),
  constants: z.optional(z.enum(CAPABILITY_CONSTANTS as [CapabilityConstants, ...CapabilityConstants[]])),
});
const individualsSchema = z.array(decimalInputSchema);
const subgroupsSchema = z.array(z.array(decimalInputSchema));

/**
 * Returns the checked input of `controlChart`, or throws one `ValidationError` listing every
 * problem with its path (`data[3][1]`, `sigma`, …) (internal).
 *
 * @example
 * readControlChartInput([1, 2, 3], {}).chart
 * //=> 'i-mr'
 */
export function readControlChartInput(data: unknown, options: unknown): ControlChartInput {
  const issues: ValidationIssue[] = optionsIssues(options, []);
  const opts = (issues.length === 0 && options !== undefined ? options : {}) as Record<string, unknown>;
  if (issues.length === 0) appendAll(issues, schemaIssues(optionsSchema, opts));
  const grouped = Array.isArray(data) && data.length > 0 && Array.isArray(data[0]);
  const chart = (typeof opts.chart === 'string' && CONTROL_CHART_TYPES.includes(opts.chart as ControlChartType)
    ? opts.chart
    : grouped ? 'xbar-r' : 'i-mr') as ControlChartType;

  let subgroups: Rational[][] = [];
  let originals: DecimalInput[] = [];
  if (chart === 'i-mr') {
    const found = schemaIssues(individualsSchema, data, ['data']);
    appendAll(issues, found);
    if (found.length === 0) {
      const values = data as DecimalInput[];
      if (values.length < 2) issues.push(createIssue('too_few_values', ['data'], { minimum: 2, count: values.length }));
      originals = [...values];
      subgroups = values.map((value) => [toRational(value)]);
    }
  } else {
    const found = schemaIssues(subgroupsSchema, data, ['data']);
    appendAll(issues, found);
    if (found.length === 0) {
      const groups = data as DecimalInput[][];
      if (groups.length < 2) issues.push(createIssue('too_few_items', ['data'], { minimum: '2' }));
      const size = groups[0]?.length ?? 0;
      groups.forEach((group, i) => {
        if (group.length < 2) {
          issues.push(createIssue('too_few_values', ['data', i], { minimum: 2, count: group.length }));
        } else if (group.length > 25) {
          issues.push(createIssue('chart_subgroup_too_large', ['data', i], { minimum: 2, maximum: 25, count: group.length }));
        } else if (group.length !== size) {
          issues.push(createIssue('subgroup_sizes_differ', ['data', i], { size, count: group.length }));
        }
      });
      originals = groups.flat();
      subgroups = groups.map((group) => group.map((value) => toRational(value)));
    }
  }

  let sigma: Rational | undefined;
  if (opts.sigma !== undefined && decimalInputSchema.safeParse(opts.sigma).success) {
    sigma = toRational(opts.sigma as DecimalInput);
    if (sign(sigma) <= 0) issues.push(createIssue('not_positive', ['sigma'], { value: String(opts.sigma) }));
  }
  const center = opts.center !== undefined && decimalInputSchema.safeParse(opts.center).success ? toRational(opts.center as DecimalInput) : undefined;
  if (issues.length > 0) throw new ValidationError(issues, 'control chart');
  const rules = opts.rules === undefined ? RUN_RULE_SETS['western-electric'] : typeof opts.rules === 'string' ? RUN_RULE_SETS[opts.rules as 'nelson'] : (opts.rules as RunRule[]);
  return {
    chart,
    subgroups,
    originals,
    rules: RUN_RULES.filter((rule) => rules.includes(rule)),
    sigma,
    center,
    constants: (opts.constants as CapabilityConstants | undefined) ?? 'printed',
  };
}
