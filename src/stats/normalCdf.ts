import { createIssue, valueText, ValidationError } from '../errors/index.js';

// Coefficients of W. J. Cody's near-minimax rational approximations for the normal distribution
// function (Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
// (1969) 631–637; as arranged in ANORM, ACM TOMS Algorithm 715, 1993). Lowest order first.

/** |x| ≤ 0.66291: Φ(x) = ½ + x·A(x²)/B(x²). */
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
/** 0.66291 < |x| ≤ √32: tail = exp(−x²/2)·C(|x|)/D(|x|). */
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
/** |x| > √32: tail = exp(−x²/2)·(1/√(2π) − z·P(z)/Q(z))/|x| with z = 1/x². */
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const ONE_OVER_SQRT_2PI = 0.39894228040143267794;
const SMALL = 0.66291;
const SQRT_32 = 5.656854248;

/** exp(−y²/2) with y² split as s² + (y − s)(y + s), s = y rounded down to 1/16, to keep digits. */
function gaussianFactor(y: number): number {
  const s = Math.trunc(y * 16) / 16;
  const del = (y - s) * (y + s);
  return Math.exp(-s * s * 0.5) * Math.exp(-del * 0.5);
}

/**
 * Returns the standard normal distribution function Φ(x) = P(Z ≤ x), with relative accuracy near
 * double precision in both tails (Φ(−6) = 9.865876450377e-10 to 15 digits), by W. J. Cody's rational
 * Chebyshev approximations (Math. Comp. 23 (1969) 631–637; ACM TOMS Algorithm 715). For the upper
 * tail use Φ(−x), not 1 − Φ(x). Φ(−∞) = 0, Φ(∞) = 1; results below about 1e-308 underflow to 0.
 *
 * @throws {ValidationError} if x is not a number or is NaN.
 *
 * @example
 * normalCdf(-1.96)
 * //=> 0.024997895148220428
 */
export function normalCdf(x: number): number {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new ValidationError([createIssue('not_finite', ['x'], { value: valueText(x) })], 'argument');
  }
  const y = Math.abs(x);
  if (y <= SMALL) {
    const z = x * x;
    let num = (A[4] as number) * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + (A[i] as number)) * z;
      den = (den + (B[i] as number)) * z;
    }
    return 0.5 + (x * (num + (A[3] as number))) / (den + (B[3] as number));
  }
  let tail: number;
  if (y <= SQRT_32) {
    let num = (C[8] as number) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * y;
      den = (den + (D[i] as number)) * y;
    }
    tail = ((num + (C[7] as number)) / (den + (D[7] as number))) * gaussianFactor(y);
  } else if (y < 40) {
    const z = 1 / (x * x);
    let num = (P[5] as number) * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + (P[i] as number)) * z;
      den = (den + (Q[i] as number)) * z;
    }
    const r = (z * (num + (P[4] as number))) / (den + (Q[4] as number));
    tail = ((ONE_OVER_SQRT_2PI - r) / y) * gaussianFactor(y);
  } else {
    tail = 0;
  }
  return x < 0 ? tail : 1 - tail;
}
