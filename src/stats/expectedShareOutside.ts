import { ValidationError } from '../errors/index.js';
import { formulaInputIssues, type FormulaInput } from './formulaInputIssues.js';
import { normalCdf } from './normalCdf.js';

/** Expected fractions (0..1) of parts outside the limits under a normal model. */
export interface ExpectedShareOutside {
  /** Φ((LSL − x̄)/σ); `null` without a lower limit. */
  belowLsl: number | null;
  /** Φ((x̄ − USL)/σ); `null` without an upper limit. */
  aboveUsl: number | null;
  /** The sum of the two (the existing one for a one-sided specification). */
  total: number;
}

/**
 * Returns the expected fraction of parts below LSL and above USL if the characteristic is normal
 * with the given mean and σ: Φ((LSL − x̄)/σ) and Φ((x̄ − USL)/σ) (AIAG SPC 2nd ed., chapter IV;
 * Minitab "Expected performance"). Multiply by 1e6 for PPM. The upper tail is computed as
 * Φ(−z), not 1 − Φ(z), so tiny fractions keep their digits. Float arithmetic.
 *
 * @throws {ValidationError} if a value is not finite, σ ≤ 0, no limit is given, or LSL ≥ USL.
 *
 * @example
 * expectedShareOutside({ mean: 10, sigma: 1, lsl: 7, usl: 13 })
 * //=> { belowLsl: 0.0013498980316300946, aboveUsl: 0.0013498980316300946, total: 0.002699796063260189 }
 */
export function expectedShareOutside(input: FormulaInput): ExpectedShareOutside {
  const issues = formulaInputIssues(input);
  if (issues.length > 0) throw new ValidationError(issues, 'capability input');
  const { mean, sigma } = input;
  const lsl = input.lsl ?? null;
  const usl = input.usl ?? null;
  const belowLsl = lsl === null ? null : normalCdf((lsl - mean) / sigma);
  const aboveUsl = usl === null ? null : normalCdf((mean - usl) / sigma);
  return { belowLsl, aboveUsl, total: (belowLsl ?? 0) + (aboveUsl ?? 0) };
}
