import { averageMovingRange } from './averageMovingRange.js';
import { d2 } from './d2.js';
import type { CapabilityConstants } from './types.js';

/**
 * Returns the within standard deviation of individual values from their moving ranges of span 2,
 * σ̂ = MR̄/d2(2) (AIAG SPC 2nd ed., individuals and moving range chart), with d2(2) = 1.128
 * (printed, default) or 2/√π = 1.128379167 (exact). Values must be in time order. A float
 * computation.
 *
 * @throws {ValidationError} if there are fewer than 2 values or a value is not a finite number.
 *
 * @example
 * withinSigmaMovingRange([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1])
 * //=> 0.21529888551165138
 */
export function withinSigmaMovingRange(values: ArrayLike<number>, constants: CapabilityConstants = 'printed'): number {
  return averageMovingRange(values) / d2(2, constants);
}
