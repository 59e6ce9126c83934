import { assertNumberList } from './numberListIssues.js';

/**
 * Returns the average moving range of span 2, MR̄ = Σ|xᵢ − xᵢ₋₁| / (n − 1), of individual values in
 * time order (AIAG SPC 2nd ed., individuals and moving range chart). A float computation with a
 * compensated sum.
 *
 * @throws {ValidationError} if the list has fewer than 2 values or a value is not a finite number.
 *
 * @example
 * averageMovingRange([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1])
 * //=> 0.24285714285714274
 */
export function averageMovingRange(values: ArrayLike<number>): number {
  assertNumberList(values, 2);
  let sum = 0;
  let compensation = 0;
  for (let i = 1; i < values.length; i++) {
    const r = Math.abs((values[i] as number) - (values[i - 1] as number));
    const t = sum + r;
    compensation += sum >= r ? sum - t + r : r - t + sum;
    sum = t;
  }
  return (sum + compensation) / (values.length - 1);
}
