import { Decimal, toDecimal, type DecimalInput } from '../decimal.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { describe } from './numberListIssues.js';
import { readDecimalInput, readNumberInput } from './readDecimalInput.js';
import { CAPABILITY_CONSTANTS, WITHIN_SIGMA_METHODS, type CapabilityConstants, type WithinSigmaMethod } from './types.js';

/** Measurements for a capability study: individual values in time order, or subgroups. */
export type CapabilityData = readonly DecimalInput[] | readonly (readonly DecimalInput[])[];

/** Options of `processCapability` and `processCapabilityValues`. */
export interface ProcessCapabilityOptions {
  /** Lower specification limit (number or decimal string); omit or `null` for upper-only specs. */
  lsl?: DecimalInput | null | undefined;
  /** Upper specification limit (number or decimal string); omit or `null` for lower-only specs. */
  usl?: DecimalInput | null | undefined;
  /** Target value T for Cpm. It may lie outside the limits (a note says so; Cpm is then small). */
  target?: DecimalInput | null | undefined;
  /**
   * Within-subgroup σ method. Default `'rbar'` for subgroups (AIAG SPC manual), `'moving-range'`
   * for individual values (the only method for them).
   */
  sigma?: WithinSigmaMethod | undefined;
  /** Confidence level for the Bissell limits, strictly between 0 and 1; default 0.95. */
  confidence?: DecimalInput | undefined;
  /** Printed (default, as AIAG worksheets) or exact d2/c4 for R̄/d2, S̄/c4 and MR̄/d2(2). */
  constants?: CapabilityConstants | undefined;
  /** Divide the overall s by c4(N) (exact); default false, as in Minitab. */
  unbiasedOverall?: boolean | undefined;
}

/** Validated, converted input of a capability study (internal). */
export interface CapabilityInput {
  /** Every value, in order (subgroups concatenated), as given. */
  originals: readonly DecimalInput[];
  /** Every value as a number, same order. */
  values: readonly number[];
  /** The subgroups as numbers, or `null` for individual values. */
  subgroups: number[][] | null;
  lsl: Decimal | undefined;
  usl: Decimal | undefined;
  target: Decimal | undefined;
  method: WithinSigmaMethod;
  confidence: Decimal;
  constants: CapabilityConstants;
  unbiasedOverall: boolean;
}

const OPTION_KEYS = new Set(['lsl', 'usl', 'target', 'sigma', 'confidence', 'constants', 'unbiasedOverall']);
const SUBGROUP_METHODS: readonly WithinSigmaMethod[] = ['rbar', 'sbar', 'pooled'];

/**
 * Returns the validated input of a capability study, or throws one `ValidationError` listing every
 * problem with its path (`data[3][1]`, `usl`, …) (internal). `parsed`, when given, holds every value
 * already checked and read as a double, in order: the values are then not read again.
 *
 * @example
 * readCapabilityInput([[1, 2], [3, 4]], { usl: 9 }).method
 * //=> 'rbar'
 */
export function readCapabilityInput(data: unknown, options: unknown, parsed?: ArrayLike<number>): CapabilityInput {
  const issues: ValidationIssue[] = [];
  const opts = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push(createIssue('invalid_type', [], { expected: 'an options object', received: describe(options) }));
  } else {
    for (const key of Object.keys(opts)) {
      if (!OPTION_KEYS.has(key)) issues.push(createIssue('unrecognized_key', [key], { key }));
    }
  }

  const present = (value: unknown): boolean => value !== null && value !== undefined;
  const lsl = present(opts.lsl) ? readDecimalInput(opts.lsl, ['lsl'], issues) : undefined;
  const usl = present(opts.usl) ? readDecimalInput(opts.usl, ['usl'], issues) : undefined;
  const target = present(opts.target) ? readDecimalInput(opts.target, ['target'], issues) : undefined;
  if (!present(opts.lsl) && !present(opts.usl)) issues.push(createIssue('limits_missing', []));
  if (lsl !== undefined && usl !== undefined && lsl.gte(usl)) {
    issues.push(createIssue('limits_out_of_order', ['usl'], { lsl: lsl.toFixed(), usl: usl.toFixed() }));
  }

  let confidence = toDecimal('0.95');
  if (present(opts.confidence)) {
    const level = readDecimalInput(opts.confidence, ['confidence'], issues);
    if (level !== undefined) {
      if (level.gt(0) && level.lt(1)) confidence = level;
      else issues.push(createIssue('probability_out_of_range', ['confidence'], { value: level.toFixed() }));
    }
  }

  let constants: CapabilityConstants = 'printed';
  if (present(opts.constants)) {
    if (CAPABILITY_CONSTANTS.includes(opts.constants as CapabilityConstants)) constants = opts.constants as CapabilityConstants;
    else issues.push(createIssue('invalid_value', ['constants'], { options: CAPABILITY_CONSTANTS.join(', ') }));
  }

  let unbiasedOverall = false;
  if (present(opts.unbiasedOverall)) {
    if (typeof opts.unbiasedOverall === 'boolean') unbiasedOverall = opts.unbiasedOverall;
    else issues.push(createIssue('invalid_type', ['unbiasedOverall'], { expected: 'true or false', received: describe(opts.unbiasedOverall) }));
  }

  // Data: individual values, or a list of subgroups (decided by the first element).
  const originals: DecimalInput[] = [];
  const values: number[] = [];
  let subgroups: number[][] | null = null;
  if (!Array.isArray(data)) {
    issues.push(createIssue('invalid_type', ['data'], { expected: 'a list of values or of subgroups', received: describe(data) }));
  } else if (Array.isArray(data[0])) {
    subgroups = [];
    for (let i = 0; i < data.length; i++) {
      const subgroup: unknown = data[i];
      if (!Array.isArray(subgroup)) {
        issues.push(createIssue('invalid_type', ['data', i], { expected: 'a subgroup (a list of values)', received: describe(subgroup) }));
        continue;
      }
      const numbers: number[] = [];
      for (let j = 0; j < subgroup.length; j++) {
        const value = parsed ? (parsed[values.length] as number) : readNumberInput(subgroup[j], ['data', i, j], issues);
        if (value === undefined) continue;
        numbers.push(value);
        values.push(value);
        originals.push(subgroup[j] as DecimalInput);
      }
      if (subgroup.length < 2) issues.push(createIssue('too_few_values', ['data', i], { minimum: 2, count: subgroup.length }));
      subgroups.push(numbers);
    }
  } else {
    for (let i = 0; i < data.length; i++) {
      const item: unknown = data[i];
      if (Array.isArray(item)) {
        issues.push(createIssue('invalid_type', ['data', i], { expected: 'a number or decimal string', received: 'a list' }));
        continue;
      }
      const value = parsed ? (parsed[values.length] as number) : readNumberInput(item, ['data', i], issues);
      if (value === undefined) continue;
      values.push(value);
      originals.push(item as DecimalInput);
    }
    if (data.length < 2) issues.push(createIssue('too_few_values', ['data'], { minimum: 2, count: data.length }));
  }

  // Method: default by data shape; a subgroup method needs subgroups and vice versa.
  let method: WithinSigmaMethod = subgroups === null ? 'moving-range' : 'rbar';
  if (present(opts.sigma)) {
    const requested = opts.sigma as WithinSigmaMethod;
    if (!WITHIN_SIGMA_METHODS.includes(requested)) {
      issues.push(createIssue('invalid_value', ['sigma'], { options: WITHIN_SIGMA_METHODS.join(', ') }));
    } else if (subgroups === null && requested !== 'moving-range' && Array.isArray(data)) {
      issues.push(createIssue('invalid_value', ['sigma'], { options: 'moving-range (the data are individual values)' }));
    } else if (subgroups !== null && requested === 'moving-range') {
      issues.push(createIssue('invalid_value', ['sigma'], { options: `${SUBGROUP_METHODS.join(', ')} (the data are subgroups)` }));
    } else {
      method = requested;
    }
  }
  if (subgroups !== null && (method === 'rbar' || method === 'sbar')) {
    (data as readonly unknown[]).forEach((subgroup, i) => {
      if (Array.isArray(subgroup) && subgroup.length > 25) {
        issues.push(createIssue('subgroup_too_large', ['data', i], { size: subgroup.length, method, maximum: 25 }));
      }
    });
  }

  if (issues.length > 0) throw new ValidationError(issues, 'capability study');
  return { originals, values, subgroups, lsl, usl, target, method, confidence, constants, unbiasedOverall };
}
