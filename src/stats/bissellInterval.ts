import { createIssue, valueText, ValidationError, type ValidationIssue } from '../errors/index.js';
import { inverseNormalCdf } from './inverseNormalCdf.js';

/**
 * Approximate confidence limits for Cpk (or Ppk) at one confidence level. `lower`/`upper` form
 * the TWO-SIDED interval (z at 1 − α/2); `lowerBound` is the ONE-SIDED lower bound (z at 1 − α),
 * the figure to hold against a required minimum ("Cpk ≥ 1.33 with 95 % confidence").
 */
export interface CapabilityInterval<T = number> {
  /** Confidence level 1 − α, e.g. 0.95. */
  level: T;
  /** Lower end of the two-sided interval: Ĉpk − z₁₋α/₂ · se. */
  lower: T;
  /** Upper end of the two-sided interval: Ĉpk + z₁₋α/₂ · se. */
  upper: T;
  /** One-sided lower confidence bound: Ĉpk − z₁₋α · se. */
  lowerBound: T;
}

/**
 * Returns Bissell's approximate confidence limits for Cpk or Ppk from n observations:
 * Ĉpk ± z · sqrt(1/(9n) + Ĉpk²/(2(n − 1))) (A. F. Bissell, "How reliable is your capability
 * index?", Applied Statistics 39 (1990) 331–340; SAS/QC CAPABILITY CPKLCL/CPKUCL). The two-sided
 * interval uses z₁₋α/₂, the one-sided lower bound z₁₋α (z from `inverseNormalCdf`). Float
 * arithmetic; n is the total number of observations.
 *
 * @throws {ValidationError} if the index is not finite, n is not a whole number ≥ 2, or the level
 * is not strictly between 0 and 1.
 *
 * @example
 * bissellInterval(1.33, 100, 0.95)
 * //=> { level: 0.95, lower: 1.133563598483375, upper: 1.5264364015166252, lowerBound: 1.165145375094359 }
 */
export function bissellInterval(index: number, n: number, level = 0.95): CapabilityInterval {
  const issues: ValidationIssue[] = [];
  if (typeof index !== 'number' || !Number.isFinite(index)) {
    issues.push(createIssue('not_finite', ['index'], { value: valueText(index) }));
  }
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    issues.push(createIssue('invalid_type', ['n'], { expected: 'a whole number', received: valueText(n) }));
  } else if (n < 2) {
    issues.push(createIssue('too_small', ['n'], { minimum: 2 }));
  }
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    issues.push(createIssue('probability_out_of_range', ['level'], { value: valueText(level) }));
  }
  if (issues.length > 0) throw new ValidationError(issues, 'interval input');
  const se = Math.sqrt(1 / (9 * n) + (index * index) / (2 * (n - 1)));
  const alpha = 1 - level;
  const twoSided = inverseNormalCdf(1 - alpha / 2) * se;
  const oneSided = inverseNormalCdf(1 - alpha) * se;
  return { level, lower: index - twoSided, upper: index + twoSided, lowerBound: index - oneSided };
}
