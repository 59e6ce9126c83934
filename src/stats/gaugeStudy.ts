import { decimalSquareRoot } from './decimalSquareRoot.js';
import { Decimal, decimalString, toDecimal } from '../decimal.js';
import { createIssue, type ValidationIssue } from '../errors/index.js';
import { readGaugeStudyInput, type GaugeBasis, type GaugeMeasurement, type GaugeMethod, type GaugeStudyOptions } from './gaugeStudyInput.js';
import { fDistributionUpperTail } from './regularizedIncompleteBeta.js';
import { add, compare, div, int, max, meanOf, mul, rangeOf, sign, significantText, sub, sum, toDecimalOf, toRational, type Rational } from './rational.js';

/**
 * The constants of the average and range method (AIAG MSA 4th ed., chapter III section B, the
 * gauge R&R report form): K1 by trials, K2 by operators, K3 by parts. Each is 1/d2* of the
 * tables' sizes, as printed.
 */
export const GAUGE_RANGE_CONSTANTS = Object.freeze({
  K1: Object.freeze({ 2: '0.8862', 3: '0.5908' }) as Readonly<Record<number, string>>,
  K2: Object.freeze({ 2: '0.7071', 3: '0.5231' }) as Readonly<Record<number, string>>,
  K3: Object.freeze({ 2: '0.7071', 3: '0.5231', 4: '0.4467', 5: '0.4030', 6: '0.3742', 7: '0.3534', 8: '0.3375', 9: '0.3249', 10: '0.3146' }) as Readonly<Record<number, string>>,
});

/** One line of an ANOVA table; F and p are `null` where the line has none (or its denominator is 0). */
export interface AnovaRow {
  source: 'part' | 'operator' | 'part-operator' | 'repeatability' | 'total';
  df: number;
  ss: string;
  ms: string | null;
  f: string | null;
  p: string | null;
}

/** One source of variation of a gauge study. */
export interface VarianceComponent {
  variance: string;
  stdDev: string;
  /** k × stdDev, with k = `studyVariationMultiplier`. */
  studyVariation: string;
  /** % of the total variance (2 decimals). */
  contribution: string | null;
  /** % of the total standard deviation: %Study Variation (2 decimals). */
  studyPercent: string | null;
  /** % of the tolerance: 100 × study variation/(USL − LSL) (2 decimals), or `null` without one. */
  tolerancePercent: string | null;
}

/** The AIAG MSA 4th ed. verdict on a gauge. */
export interface GaugeVerdict {
  basis: GaugeBasis;
  /** %GRR on the basis (2 decimals). */
  percent: string;
  /** At most 10 %: acceptable; above 10 % up to 30 %: conditionally acceptable; above 30 %: not acceptable. */
  level: 'acceptable' | 'conditional' | 'unacceptable';
  minimumCategories: number;
  categoriesMet: boolean;
  /** The level, or `'unacceptable'` when the number of distinct categories is below the minimum. */
  result: 'acceptable' | 'conditional' | 'unacceptable';
}

/** The JSON result of `gaugeStudy`. */
export interface GaugeStudy {
  method: GaugeMethod;
  parts: number;
  operators: number;
  trials: number;
  /** ANOVA: the model the variance components come from. */
  model: 'with-interaction' | 'without-interaction' | null;
  /** ANOVA: the alpha for removing the interaction. */
  alpha: string | null;
  /** ANOVA: the full two-way table with interaction, and the table without it when it was pooled. */
  anova: { withInteraction: AnovaRow[]; withoutInteraction: AnovaRow[] | null } | null;
  studyVariationMultiplier: string;
  tolerance: string | null;
  components: {
    repeatability: VarianceComponent;
    reproducibility: VarianceComponent;
    operator: VarianceComponent;
    /** `null` when the interaction is pooled into repeatability, or with the average and range method. */
    partOperator: VarianceComponent | null;
    gaugeRR: VarianceComponent;
    partToPart: VarianceComponent;
    total: VarianceComponent;
  };
  /** Number of distinct categories: floor(1.41 × σ_part/σ_GRR), at least 1; `null` when σ_GRR is 0. */
  ndc: number | null;
  verdict: GaugeVerdict | null;
  notes: ValidationIssue[];
}

const DIGITS = 10;
const TEST_DIGITS = 6;
const significant = (value: Decimal, digits = DIGITS) => significantText(value, digits);
const text = (value: Rational, digits = DIGITS) => significant(toDecimalOf(value), digits);
const percentText = (value: Decimal) => decimalString(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
const square = (a: Rational) => mul(a, a);
const zero = int(0);
const positive = (a: Rational) => max(a, zero);

interface Sums {
  /** Sums of squares of the full two-way model. */
  part: Rational; operator: Rational; interaction: Rational; error: Rational; total: Rational;
}

function sumsOfSquares(cells: Rational[][][], p: number, o: number, r: number): Sums {
  const n = p * o * r;
  const all = cells.flat(2);
  const grand = sum(all);
  const correction = div(square(grand), int(n));
  const partTotals = cells.map((row) => sum(row.flat()));
  const operatorTotals = cells[0]!.map((_, j) => sum(cells.map((row) => sum(row[j]!))));
  const cellTotals = cells.flatMap((row) => row.map((cell) => sum(cell)));
  const total = sub(sum(all.map(square)), correction);
  const part = sub(div(sum(partTotals.map(square)), int(o * r)), correction);
  const operator = sub(div(sum(operatorTotals.map(square)), int(p * r)), correction);
  const betweenCells = sub(div(sum(cellTotals.map(square)), int(r)), correction);
  return { part, operator, interaction: sub(sub(betweenCells, part), operator), error: sub(total, betweenCells), total };
}

/** F = a/b and its p-value, or nulls when b is 0. */
function fTest(a: Rational, dfA: number, b: Rational, dfB: number): { f: Decimal | null; p: number | null } {
  if (sign(b) === 0) return { f: null, p: null };
  const f = toDecimalOf(div(a, b));
  return { f, p: fDistributionUpperTail(f.toNumber(), dfA, dfB) };
}

const row = (source: AnovaRow['source'], df: number, ss: Rational, test?: { f: Decimal | null; p: number | null }): AnovaRow => ({
  source,
  df,
  ss: text(ss),
  ms: source === 'total' ? null : text(div(ss, int(df))),
  f: test?.f ? significant(test.f, TEST_DIGITS) : null,
  p: test?.p !== undefined && test.p !== null ? significant(toDecimal(test.p), TEST_DIGITS) : null,
});

/**
 * Returns a crossed gauge R&R study (parts × operators × trials) as plain JSON, by the ANOVA method
 * (default) or the average and range method (AIAG MSA 4th ed., chapter III section B).
 *
 * - ANOVA: the two-way table with the operator-by-part interaction (F of part and operator over the
 *   interaction, F of the interaction over repeatability); when the interaction's p-value is at or
 *   above `alpha` (0.05 by default, as Minitab and the R SixSigma package; 0.25 as older Minitab
 *   releases and R qualityTools), it is pooled into repeatability and the table without it is given
 *   too (`model` says which the components come from). Variance components from the expected mean
 *   squares, a negative one reported as 0 (Minitab's methods).
 * - Average and range: EV = R̄̄·K1, AV = √((X̄diff·K2)² − EV²/(n·r)) (0 when negative),
 *   GRR = √(EV² + AV²), PV = Rp·K3, TV = √(GRR² + PV²), with the printed K1 (2 or 3 trials), K2 (2 or
 *   3 operators) and K3 (2 to 10 parts) of `GAUGE_RANGE_CONSTANTS`.
 * - %Contribution (of the total variance), %Study Variation (of the total standard deviation),
 *   %Tolerance (k·σ over USL − LSL, with `lsl` and `usl` or `tolerance`), k = `studyVariation`
 *   (default 6); number of distinct categories floor(1.41·σ_part/σ_GRR), at least 1.
 * - Verdict (AIAG MSA 4th ed.): %GRR at most 10 % acceptable, above 10 % up to 30 % conditionally
 *   acceptable, above 30 % not acceptable, on %Study Variation (default) or %Tolerance (`basis`),
 *   and not acceptable when the distinct categories are fewer than `minimumCategories` (default 5).
 *   The sums of squares, variance components and the verdict's comparisons are exact fractions of the
 *   given decimals (a %GRR of exactly 10 % is acceptable); F and p are doubles.
 *
 * @throws {ValidationError} listing every problem: rows that are not { part, operator, trial?, value },
 * fewer than 2 parts, operators or trials, a design that is not balanced, a trial given twice, sizes
 * outside the average and range tables, an unknown option, alpha not in (0, 1), a tolerance or
 * multiplier not above 0, LSL ≥ USL.
 *
 * @example
 * gaugeStudy([
 *   { part: 1, operator: 'A', value: 1.0 }, { part: 1, operator: 'A', value: 1.2 },
 *   { part: 2, operator: 'A', value: 2.0 }, { part: 2, operator: 'A', value: 2.1 },
 *   { part: 1, operator: 'B', value: 1.1 }, { part: 1, operator: 'B', value: 1.1 },
 *   { part: 2, operator: 'B', value: 2.2 }, { part: 2, operator: 'B', value: 2.0 },
 * ]).components.gaugeRR.studyPercent
 * //=> '13.85'
 */
export function gaugeStudy(data: readonly GaugeMeasurement[], options: GaugeStudyOptions = {}): GaugeStudy {
  const input = readGaugeStudyInput(data, options);
  const { cells, trials: r, k, tolerance, basis, minimumCategories } = input;
  const p = input.parts.length;
  const o = input.operators.length;
  const notes: ValidationIssue[] = [];

  let model: GaugeStudy['model'] = null;
  let anova: GaugeStudy['anova'] = null;
  let repeatability: Rational;
  let operatorVar: Rational;
  let interactionVar: Rational | null;
  let partVar: Rational;
  if (input.method === 'anova') {
    const ss = sumsOfSquares(cells, p, o, r);
    const df = { part: p - 1, operator: o - 1, interaction: (p - 1) * (o - 1), error: p * o * (r - 1) };
    const ms = {
      part: div(ss.part, int(df.part)),
      operator: div(ss.operator, int(df.operator)),
      interaction: div(ss.interaction, int(df.interaction)),
      error: div(ss.error, int(df.error)),
    };
    const interactionTest = fTest(ms.interaction, df.interaction, ms.error, df.error);
    const full = [
      row('part', df.part, ss.part, fTest(ms.part, df.part, ms.interaction, df.interaction)),
      row('operator', df.operator, ss.operator, fTest(ms.operator, df.operator, ms.interaction, df.interaction)),
      row('part-operator', df.interaction, ss.interaction, interactionTest),
      row('repeatability', df.error, ss.error),
      row('total', p * o * r - 1, ss.total),
    ];
    const pooled = interactionTest.p === null || toDecimal(interactionTest.p).gte(toDecimalOf(input.alpha));
    if (pooled) {
      const dfPooled = df.interaction + df.error;
      const msPooled = div(add(ss.interaction, ss.error), int(dfPooled));
      const reduced = [
        row('part', df.part, ss.part, fTest(ms.part, df.part, msPooled, dfPooled)),
        row('operator', df.operator, ss.operator, fTest(ms.operator, df.operator, msPooled, dfPooled)),
        row('repeatability', dfPooled, add(ss.interaction, ss.error)),
        row('total', p * o * r - 1, ss.total),
      ];
      anova = { withInteraction: full, withoutInteraction: reduced };
      model = 'without-interaction';
      repeatability = msPooled;
      operatorVar = positive(div(sub(ms.operator, msPooled), int(p * r)));
      interactionVar = null;
      partVar = positive(div(sub(ms.part, msPooled), int(o * r)));
    } else {
      anova = { withInteraction: full, withoutInteraction: null };
      model = 'with-interaction';
      repeatability = ms.error;
      operatorVar = positive(div(sub(ms.operator, ms.interaction), int(p * r)));
      interactionVar = positive(div(sub(ms.interaction, ms.error), int(r)));
      partVar = positive(div(sub(ms.part, ms.interaction), int(o * r)));
    }
  } else {
    const K = GAUGE_RANGE_CONSTANTS;
    const range = rangeOf;
    const mean = meanOf;
    const rBarBar = mean(cells.flat().map(range));
    const operatorMeans = input.operators.map((_, j) => mean(cells.flatMap((row) => row[j]!)));
    const partMeans = cells.map((row) => mean(row.flat()));
    const ev = mul(rBarBar, toRational(K.K1[r]!));
    const xDiff = mul(range(operatorMeans), toRational(K.K2[o]!));
    repeatability = square(ev);
    operatorVar = positive(sub(square(xDiff), div(repeatability, int(p * r))));
    interactionVar = null;
    partVar = square(mul(range(partMeans), toRational(K.K3[p]!)));
  }

  const reproducibility = add(operatorVar, interactionVar ?? zero);
  const grr = add(repeatability, reproducibility);
  const total = add(grr, partVar);
  if (sign(total) === 0) notes.push(createIssue('zero_spread', [], { estimate: 'overall' }));
  const noTotal = sign(total) === 0;
  const totalSd = decimalSquareRoot(toDecimalOf(total));
  const component = (variance: Rational): VarianceComponent => {
    const sd = decimalSquareRoot(toDecimalOf(variance));
    const studyVariation = sd.times(toDecimalOf(k));
    return {
      variance: text(variance),
      stdDev: significant(sd),
      studyVariation: significant(studyVariation),
      contribution: noTotal ? null : percentText(toDecimalOf(div(variance, total)).times(100)),
      studyPercent: noTotal ? null : percentText(sd.div(totalSd).times(100)),
      tolerancePercent: tolerance === null ? null : percentText(studyVariation.div(toDecimalOf(tolerance)).times(100)),
    };
  };

  // Number of distinct categories, exactly: the largest q with q² ≤ 1.41² × part/GRR.
  let ndc: number | null = null;
  if (sign(grr) > 0) {
    const bound = mul(toRational('1.9881'), div(partVar, grr));
    let q = Math.floor(Math.sqrt(toDecimalOf(bound).toNumber()));
    while (compare(square(int(q + 1)), bound) <= 0) q++;
    while (q > 0 && compare(square(int(q)), bound) > 0) q--;
    ndc = Math.max(1, q);
  }

  // The verdict: %GRR² against 10² and 30², exactly.
  let verdict: GaugeVerdict | null = null;
  const percentSquared =
    basis === 'tolerance'
      ? tolerance === null ? null : div(mul(mul(int(10000), square(k)), grr), square(tolerance))
      : sign(total) === 0 ? null : div(mul(int(10000), grr), total);
  if (percentSquared !== null) {
    const level = compare(percentSquared, int(100)) <= 0 ? 'acceptable' : compare(percentSquared, int(900)) <= 0 ? 'conditional' : 'unacceptable';
    const categoriesMet = ndc === null || ndc >= minimumCategories;
    verdict = {
      basis,
      percent: percentText(decimalSquareRoot(toDecimalOf(percentSquared))),
      level,
      minimumCategories,
      categoriesMet,
      result: categoriesMet ? level : 'unacceptable',
    };
  }

  return {
    method: input.method,
    parts: p,
    operators: o,
    trials: r,
    model,
    alpha: input.method === 'anova' ? decimalString(toDecimalOf(input.alpha)) : null,
    anova,
    studyVariationMultiplier: decimalString(toDecimalOf(k)),
    tolerance: tolerance === null ? null : decimalString(toDecimalOf(tolerance)),
    components: {
      repeatability: component(repeatability),
      reproducibility: component(reproducibility),
      operator: component(operatorVar),
      partOperator: interactionVar === null ? null : component(interactionVar),
      gaugeRR: component(grr),
      partToPart: component(partVar),
      total: component(total),
    },
    ndc,
    verdict,
    notes,
  };
}
