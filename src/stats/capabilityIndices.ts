import { ValidationError } from '../errors/index.js';
import { formulaInputIssues, type FormulaInput } from './formulaInputIssues.js';

/** The four capability indices for one σ; `null` where the specification does not define one. */
export interface CapabilityIndices {
  /** (USL − LSL) / 6σ; `null` unless both limits are given. */
  cp: number | null;
  /** (x̄ − LSL) / 3σ; `null` without a lower limit. */
  cpl: number | null;
  /** (USL − x̄) / 3σ; `null` without an upper limit. */
  cpu: number | null;
  /** min(CPL, CPU), or the one that exists for a one-sided specification. */
  cpk: number;
}

/**
 * Returns Cp, CPL, CPU and Cpk for a mean, a standard deviation and specification limits:
 * Cp = (USL − LSL)/(6σ), CPU = (USL − x̄)/(3σ), CPL = (x̄ − LSL)/(3σ), Cpk = min(CPU, CPL)
 * (AIAG SPC 2nd ed., chapter IV; SAS/QC and Minitab use the same formulas). Given the within σ
 * these are Cp/Cpk; given the overall σ, the same numbers are Pp/PPL/PPU/Ppk. With one limit only,
 * Cp is undefined (`null`) and Cpk is the one-sided index. Float arithmetic.
 *
 * @throws {ValidationError} if a value is not finite, σ ≤ 0, no limit is given, or LSL ≥ USL.
 *
 * @example
 * capabilityIndices({ mean: 10.1, sigma: 0.1, lsl: 9.5, usl: 10.5 })
 * //=> { cp: 1.6666666666666665, cpl: 1.9999999999999984, cpu: 1.3333333333333344, cpk: 1.3333333333333344 }
 */
export function capabilityIndices(input: FormulaInput): CapabilityIndices {
  const issues = formulaInputIssues(input);
  if (issues.length > 0) throw new ValidationError(issues, 'capability input');
  const { mean, sigma } = input;
  const lsl = input.lsl ?? null;
  const usl = input.usl ?? null;
  const cpl = lsl === null ? null : (mean - lsl) / (3 * sigma);
  const cpu = usl === null ? null : (usl - mean) / (3 * sigma);
  const cp = lsl === null || usl === null ? null : (usl - lsl) / (6 * sigma);
  const cpk = cpl === null ? (cpu as number) : cpu === null ? cpl : Math.min(cpl, cpu);
  return { cp, cpl, cpu, cpk };
}
