import { createIssue, valueText, ValidationError } from '../errors/index.js';
import { formulaInputIssues, type FormulaInput } from './formulaInputIssues.js';

/** Input of `cpm`: the formula input plus the target value T. */
export interface CpmInput extends FormulaInput {
  /** Target (nominal) value T. It may lie outside the limits; Cpm is then small, not an error. */
  target: number;
}

/**
 * Returns the Taguchi capability index Cpm = (USL − LSL) / (6 · sqrt(σ² + (x̄ − T)²)) (Chan, Cheng
 * & Spiring, JQT 20 (1988) 162–175), which penalises a mean away from the target T. Give the
 * overall σ (as `processCapability` does). Cpm needs both limits: `null` for a one-sided
 * specification, and `null` when σ = 0 and x̄ = T (nothing to divide by). The same formula is used
 * for a target off the midpoint (Minitab then switches to a one-sided variant; this does not).
 *
 * @throws {ValidationError} if a value is not finite, σ < 0, no limit is given, or LSL ≥ USL.
 *
 * @example
 * cpm({ mean: 10.06, sigma: 0.135336, lsl: 9.4, usl: 10.6, target: 10 })
 * //=> 1.3509864882165292
 */
export function cpm(input: CpmInput): number | null {
  const issues = formulaInputIssues(input, true);
  if (typeof input.target !== 'number' || !Number.isFinite(input.target)) {
    issues.push(createIssue('not_finite', ['target'], { value: valueText(input.target) }));
  }
  if (issues.length > 0) throw new ValidationError(issues, 'capability input');
  const lsl = input.lsl ?? null;
  const usl = input.usl ?? null;
  if (lsl === null || usl === null) return null;
  const spread = Math.hypot(input.sigma, input.mean - input.target);
  return spread > 0 ? (usl - lsl) / (6 * spread) : null;
}
