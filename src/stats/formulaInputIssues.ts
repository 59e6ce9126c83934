import { createIssue, type ValidationIssue } from '../errors/index.js';
import { describe } from './numberListIssues.js';

/** The inputs shared by the index formulas: the process mean and σ, and the specification limits. */
export interface FormulaInput {
  /** Process mean x̄. */
  mean: number;
  /** Standard deviation σ̂ (within for Cp/Cpk, overall for Pp/Ppk); must be greater than 0. */
  sigma: number;
  /** Lower specification limit; `null` or absent for an upper-only specification. */
  lsl?: number | null | undefined;
  /** Upper specification limit; `null` or absent for a lower-only specification. */
  usl?: number | null | undefined;
}

/**
 * Returns the issues of an index formula's input: finite mean, σ > 0 (or ≥ 0 when
 * `allowZeroSigma`), finite limits, at least one limit, and LSL < USL (internal).
 *
 * @example
 * formulaInputIssues({ mean: 10, sigma: 0, usl: 11 }).map((issue) => issue.code)
 * //=> ['zero_spread']
 */
export function formulaInputIssues(input: FormulaInput, allowZeroSigma = false): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const finite = (key: 'mean' | 'sigma' | 'lsl' | 'usl', optional: boolean): boolean => {
    const value: unknown = input[key];
    if (optional && (value === null || value === undefined)) return false;
    if (typeof value !== 'number') {
      issues.push(createIssue('invalid_type', [key], { expected: 'a number', received: describe(value) }));
      return false;
    }
    if (!Number.isFinite(value)) {
      issues.push(createIssue('not_finite', [key], { value: String(value) }));
      return false;
    }
    return true;
  };
  finite('mean', false);
  if (finite('sigma', false)) {
    if (input.sigma < 0) issues.push(createIssue('too_small', ['sigma'], { minimum: 0 }));
    else if (input.sigma === 0 && !allowZeroSigma) issues.push(createIssue('zero_spread', ['sigma'], { estimate: 'given' }));
  }
  const hasLsl = finite('lsl', true);
  const hasUsl = finite('usl', true);
  const absent = (value: unknown): boolean => value === null || value === undefined;
  if (absent(input.lsl) && absent(input.usl)) issues.push(createIssue('limits_missing', []));
  if (hasLsl && hasUsl && (input.lsl as number) >= (input.usl as number)) {
    issues.push(createIssue('limits_out_of_order', ['usl'], { lsl: String(input.lsl), usl: String(input.usl) }));
  }
  return issues;
}
