import { createIssue, ValidationError } from '../errors/index.js';
import { assertSizeInRange } from './assertSizeInRange.js';
import { c4 } from './c4.js';
import { d2 } from './d2.js';
import { CAPABILITY_CONSTANTS, type CapabilityConstants } from './types.js';

/** A printed table indexed by subgroup size n = 2..25 (entries as printed, exact decimals). */
type Table = Readonly<Record<number, string>>;
const table = (values: string): Table =>
  Object.freeze(Object.fromEntries(values.split(' ').map((value, i) => [i + 2, value])));

/**
 * The factors for control limits as printed in the AIAG SPC manual (2nd ed., Appendix E) and ASTM
 * STP 15D (the same tables as Montgomery, Introduction to Statistical Quality Control, Appendix VI),
 * for subgroup sizes n = 2..25: A2, D3, D4 (X̄–R), A3, B3, B4 (X̄–s) and d3. A "—" in the printed
 * D3 and B3 columns (no lower limit) is 0 here. The printed values are the exact ones rounded to 3
 * decimals except a few printed from older, less precise d3 values (D4 = 2.574 at n = 3 against
 * 2.5746; n = 18, 19, 22, 24): those are kept as printed, since worksheets use them.
 */
export const CONTROL_CHART_FACTORS_PRINTED = Object.freeze({
  A2: table('1.880 1.023 0.729 0.577 0.483 0.419 0.373 0.337 0.308 0.285 0.266 0.249 0.235 0.223 0.212 0.203 0.194 0.187 0.180 0.173 0.167 0.162 0.157 0.153'),
  A3: table('2.659 1.954 1.628 1.427 1.287 1.182 1.099 1.032 0.975 0.927 0.886 0.850 0.817 0.789 0.763 0.739 0.718 0.698 0.680 0.663 0.647 0.633 0.619 0.606'),
  B3: table('0 0 0 0 0.030 0.118 0.185 0.239 0.284 0.321 0.354 0.382 0.406 0.428 0.448 0.466 0.482 0.497 0.510 0.523 0.534 0.545 0.555 0.565'),
  B4: table('3.267 2.568 2.266 2.089 1.970 1.882 1.815 1.761 1.716 1.679 1.646 1.618 1.594 1.572 1.552 1.534 1.518 1.503 1.490 1.477 1.466 1.455 1.445 1.435'),
  D3: table('0 0 0 0 0 0.076 0.136 0.184 0.223 0.256 0.283 0.307 0.328 0.347 0.363 0.378 0.391 0.403 0.415 0.425 0.434 0.443 0.451 0.459'),
  D4: table('3.267 2.574 2.282 2.114 2.004 1.924 1.864 1.816 1.777 1.744 1.717 1.693 1.672 1.653 1.637 1.622 1.608 1.597 1.585 1.575 1.566 1.557 1.548 1.541'),
  d3: table('0.853 0.888 0.880 0.864 0.848 0.833 0.820 0.808 0.797 0.787 0.778 0.770 0.763 0.756 0.750 0.744 0.739 0.734 0.729 0.724 0.720 0.716 0.712 0.708'),
  /** E2 = 3/d2(2) for the individuals chart, as printed (X̄ ± E2·MR̄). */
  E2: '2.660',
});

/**
 * d3(n) to 9 decimals for n = 2..25: the standard deviation of the range of n independent standard
 * normal values, d3² = E[R²] − d2², with E[R²] = 2∬_{x<y} [1 − Φ(y)ⁿ − (1 − Φ(x))ⁿ + (Φ(y) − Φ(x))ⁿ]
 * dx dy by numerical integration (adaptive quadrature, tolerance 1e-13); every value rounds to the
 * printed 3-decimal table except at n = 19 (0.7335, printed 0.734). Index by n.
 */
export const D3_EXACT: Readonly<Record<number, number>> = Object.freeze({
  2: 0.852502466, 3: 0.888368004, 4: 0.879808203, 5: 0.864081941, 6: 0.848039686, 7: 0.833205336,
  8: 0.81983149, 9: 0.807834275, 10: 0.797050674, 11: 0.787314621, 12: 0.778478341, 13: 0.770416202,
  14: 0.763023096, 15: 0.75621143, 16: 0.749908089, 17: 0.744051784, 18: 0.738590853, 19: 0.733481496,
  20: 0.728686346, 21: 0.724173341, 22: 0.719914808, 23: 0.715886735, 24: 0.712068175, 25: 0.708440766,
});

/** The control-limit factors for one subgroup size, as decimal texts. */
export interface ControlChartFactors {
  n: number;
  constants: CapabilityConstants;
  d2: string;
  d3: string;
  c4: string;
  A2: string;
  A3: string;
  B3: string;
  B4: string;
  D3: string;
  D4: string;
}

const text = (value: number): string => String(value);

/**
 * Returns the factors of X̄–R and X̄–s control limits for subgroups of n (2..25): `'printed'` gives
 * the AIAG SPC manual's tables (`CONTROL_CHART_FACTORS_PRINTED`; d2 and c4 as `d2`/`c4` print them),
 * `'exact'` computes them from the exact d2, d3 and c4: A2 = 3/(d2√n), D3 = max(0, 1 − 3d3/d2),
 * D4 = 1 + 3d3/d2, A3 = 3/(c4√n), B3 = max(0, 1 − 3√(1 − c4²)/c4), B4 = 1 + 3√(1 − c4²)/c4
 * (as doubles).
 *
 * @throws {ValidationError} if n is not a whole number from 2 to 25, or `constants` is unknown.
 *
 * @example
 * controlChartFactors(5).A2
 * //=> '0.577'
 */
export function controlChartFactors(n: number, constants: CapabilityConstants = 'printed'): ControlChartFactors {
  assertSizeInRange(n, 2, 25, ['n']);
  if (!CAPABILITY_CONSTANTS.includes(constants)) {
    throw new ValidationError([createIssue('invalid_value', ['constants'], { options: CAPABILITY_CONSTANTS.join(', ') })], 'constants');
  }
  const printed = CONTROL_CHART_FACTORS_PRINTED;
  if (constants !== 'exact') {
    return {
      n, constants: 'printed', d2: text(d2(n)), d3: printed.d3[n] as string, c4: text(c4(n)),
      A2: printed.A2[n] as string, A3: printed.A3[n] as string, B3: printed.B3[n] as string,
      B4: printed.B4[n] as string, D3: printed.D3[n] as string, D4: printed.D4[n] as string,
    };
  }
  const d2n = d2(n, 'exact');
  const d3n = D3_EXACT[n] as number;
  const c4n = c4(n, 'exact');
  const spread = (3 * Math.sqrt(1 - c4n * c4n)) / c4n;
  return {
    n, constants: 'exact', d2: text(d2n), d3: text(d3n), c4: text(c4n),
    A2: text(3 / (d2n * Math.sqrt(n))), A3: text(3 / (c4n * Math.sqrt(n))),
    B3: text(Math.max(0, 1 - spread)), B4: text(1 + spread),
    D3: text(Math.max(0, 1 - (3 * d3n) / d2n)), D4: text(1 + (3 * d3n) / d2n),
  };
}
