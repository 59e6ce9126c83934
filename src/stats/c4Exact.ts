import { assertSizeInRange } from './assertSizeInRange.js';

/** Below this n the gamma ratio is built by exact recurrence; from it on, by its asymptotic series. */
const SERIES_FROM = 201;

/**
 * Returns c4(n) = sqrt(2/(n − 1)) · Γ(n/2) / Γ((n − 1)/2), the expected value of the sample
 * standard deviation of n standard normal values, for any whole n ≥ 2 (SAS/QC C4 function;
 * AIAG SPC 2nd ed., Appendix E), accurate to about 1e-14.
 *
 * With x = (n − 1)/2, c4(n) = r(x)/sqrt(x) where r(x) = Γ(x + ½)/Γ(x). For n ≤ 200, r is built
 * from r(½) = 1/√π or r(1) = √π/2 by the recurrence r(x + 1) = r(x)·(x + ½)/x (at most 99
 * products). For n > 200 the asymptotic expansion r(x)/√x = 1 − 1/(8x) + 1/(128x²) + 5/(1024x³)
 * − 21/(32768x⁴) − 399/(262144x⁵) + 869/(4194304x⁶) + O(x⁻⁷) (DLMF 5.11.13) is used, whose
 * truncation error is below 1e-17 there. This replaces the difference of two large log-gamma
 * values, which loses digits by cancellation, so c4(d + 1) for the pooled method and c4(N) for a
 * million values stay accurate to about 1e-14.
 *
 * @throws {ValidationError} if n is not a whole number ≥ 2.
 *
 * @example
 * c4Exact(5)
 * //=> 0.9399856029866251
 */
export function c4Exact(n: number): number {
  assertSizeInRange(n, 2, Number.MAX_SAFE_INTEGER, ['n']);
  if (n < SERIES_FROM) {
    const half = (n - 1) / 2;
    let x = n % 2 === 0 ? 0.5 : 1;
    let r = n % 2 === 0 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
    while (x < half) {
      r *= (x + 0.5) / x;
      x += 1;
    }
    return r / Math.sqrt(half);
  }
  const y = 2 / (n - 1);
  return (
    1 +
    y * (-1 / 8 + y * (1 / 128 + y * (5 / 1024 + y * (-21 / 32768 + y * (-399 / 262144 + (y * 869) / 4194304)))))
  );
}
