import { decimalSquareRoot } from './decimalSquareRoot.js';
import { certainSignificantText, roundedUnits, significantDoubleText, unitsString } from '../fast/roundedUnits.js';
import { Decimal, decimalString, toDecimal } from '../decimal.js';
import { createIssue, type ValidationIssue } from '../errors/index.js';
import { readGaugeStudyInput, type GaugeBasis, type GaugeMeasurement, type GaugeMethod, type GaugeStudyInput, type GaugeStudyOptions } from './gaugeStudyInput.js';
import { fDistributionUpperTail } from './regularizedIncompleteBeta.js';
import { add, compare, div, DOUBLE_ERROR, doubleOf, fractionText, gcdOf, int, isWellInsideDoubles, max, meanOf, mul, rangeOf, ratioOf, sign, significantText, sub, toDecimalOf, toRational, type Rational } from './rational.js';

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

/** One line of an ANOVA table; F and p are `null` where the line has none; over a mean square of 0, F is `null` and p is 0 (or `null` when its own mean square is 0 too). */
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
  /** The level, or `'unacceptable'` when the number of distinct categories is below the minimum (or the values do not vary at all). */
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
  /** Number of distinct categories: floor(1.41 × σ_part/σ_GRR), at least 1 and at most 2^53 − 1; `null` when σ_GRR is 0. */
  ndc: number | null;
  verdict: GaugeVerdict | null;
  notes: ValidationIssue[];
}

const DIGITS = 10;
const TEST_DIGITS = 6;
const significant = (value: Decimal, digits = DIGITS) => significantText(value, digits);
const text = (value: Rational, digits = DIGITS) => fractionText(value, digits);
const percentText = (value: Decimal) => decimalString(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
const square = (a: Rational) => mul(a, a);
const zero = int(0);
const positive = (a: Rational) => max(a, zero);

interface Sums {
  /** Sums of squares of the full two-way model. */
  part: Rational; operator: Rational; interaction: Rational; error: Rational; total: Rational;
}

/**
 * The sums of squares of the full two-way model, exactly: the values brought to whole numbers over
 * one common denominator D, every sum worked out in big integers, and each sum of squares made a
 * fraction once (n·SS·D² is a whole number for each of them).
 */
function sumsOfSquares(cells: Rational[][][], p: number, o: number, r: number): Sums {
  let D = 1n;
  for (const row of cells) for (const cell of row) for (const v of cell) if (D % v.d !== 0n) D = (D * v.d) / gcdOf(D, v.d);
  const whole = cells.map((row) => row.map((cell) => cell.map((v) => v.n * (D / v.d))));
  let grand = 0n;
  let squares = 0n;
  let cellSquares = 0n;
  const partTotals: bigint[] = [];
  const operatorTotals: bigint[] = new Array<bigint>(o).fill(0n);
  for (const row of whole) {
    let partTotal = 0n;
    row.forEach((cell, j) => {
      let cellTotal = 0n;
      for (const x of cell) {
        cellTotal += x;
        squares += x * x;
      }
      cellSquares += cellTotal * cellTotal;
      partTotal += cellTotal;
      operatorTotals[j]! += cellTotal;
    });
    partTotals.push(partTotal);
    grand += partTotal;
  }
  const sumSquares = (list: readonly bigint[]) => list.reduce((a, x) => a + x * x, 0n);
  const P = BigInt(p);
  const O = BigInt(o);
  const N = BigInt(p * o * r);
  const denominator = N * D * D;
  const correction = grand * grand;
  const total = N * squares - correction;
  const part = P * sumSquares(partTotals) - correction;
  const operator = O * sumSquares(operatorTotals) - correction;
  const betweenCells = P * O * cellSquares - correction;
  return {
    part: ratioOf(part, denominator),
    operator: ratioOf(operator, denominator),
    interaction: ratioOf(betweenCells - part - operator, denominator),
    error: ratioOf(total - betweenCells, denominator),
    total: ratioOf(total, denominator),
  };
}

/** An F ratio and its p-value (doubles), or nulls. */
interface FTest {
  f: Decimal | null;
  p: number | null;
}

/**
 * F = a/b and its p-value. Over b = 0 there is no F: its p-value is 0 when a is above 0 (an infinite
 * F: a source that varies over an error that does not) and null when a is 0 too; an F beyond the
 * doubles has the p-value 0 (its upper tail underflows).
 */
function fTest(a: Rational, dfA: number, b: Rational, dfB: number): FTest {
  if (sign(b) === 0) return { f: null, p: sign(a) > 0 ? 0 : null };
  const f = toDecimalOf(div(a, b));
  const double = f.toNumber();
  return { f, p: Number.isFinite(double) ? fDistributionUpperTail(double, dfA, dfB) : 0 };
}

const row = (source: AnovaRow['source'], df: number, ss: Rational, test?: FTest): AnovaRow => ({
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
 *   and not acceptable when the distinct categories are fewer than `minimumCategories` (default 5)
 *   or the values do not vary at all (on %Tolerance: a %GRR of 0 that tells no part from another).
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
  const core = studyCoreOf(input);
  const { k, tolerance } = input;
  const scale = componentScaleOf(input, core);
  const component = (variance: Rational) => varianceComponentOf(variance, scale);
  return {
    ...studyHeadOf(input, core),
    anova: core.anova === null ? null : anovaTablesOf(core.anova, input.parts.length * input.operators.length * input.trials - 1),
    studyVariationMultiplier: decimalString(toDecimalOf(k)),
    tolerance: tolerance === null ? null : decimalString(toDecimalOf(tolerance)),
    components: {
      repeatability: component(core.repeatability),
      reproducibility: component(core.reproducibility),
      operator: component(core.operatorVar),
      partOperator: core.interactionVar === null ? null : component(core.interactionVar),
      gaugeRR: component(core.grr),
      partToPart: component(core.partVar),
      total: component(core.total),
    },
    ndc: core.ndc,
    verdict: verdictOf(input, core),
    notes: sign(core.total) === 0 ? [createIssue('zero_spread', [], { estimate: 'overall' })] : [],
  };
}

/** What a gauge-study criterion reports of its study: the design, the model, the interaction's p-value, %GRR as one component, the distinct categories and the verdict. */
export interface GaugeStudySummary {
  method: GaugeMethod;
  parts: number;
  operators: number;
  trials: number;
  model: GaugeStudy['model'];
  alpha: string | null;
  /** ANOVA: the p-value of the operator-by-part interaction (as the full table prints it), or null. */
  interactionP: string | null;
  tolerance: string | null;
  gaugeRR: VarianceComponent;
  ndc: number | null;
  verdict: GaugeVerdict | null;
}

/**
 * Returns the figures of a gauge study that decide and explain its verdict, exactly as `gaugeStudy`
 * gives them, without printing its ANOVA tables and the other components (internal: the
 * gauge-study criterion's route).
 *
 * @example
 * gaugeStudySummary(readGaugeStudyInput(aiagRows, { basis: 'tolerance', tolerance: 8 })).verdict.percent
 * //=> '22.68'
 */
export function gaugeStudySummary(input: GaugeStudyInput): GaugeStudySummary {
  const core = studyCoreOf(input);
  const p = core.anova?.interactionTest.p ?? null;
  return {
    ...studyHeadOf(input, core),
    interactionP: p === null ? null : significantDoubleText(p, TEST_DIGITS),
    tolerance: input.tolerance === null ? null : decimalString(toDecimalOf(input.tolerance)),
    gaugeRR: componentByDoublesOf(core.grr, core.total, input.k, input.tolerance) ?? varianceComponentOf(core.grr, componentScaleOf(input, core)),
    ndc: core.ndc,
    verdict: verdictOf(input, core),
  };
}

/** The two-way ANOVA of a study before printing: sums and mean squares, degrees of freedom and the F tests. */
interface AnovaCore {
  ss: Sums;
  df: { part: number; operator: number; interaction: number; error: number };
  ms: { part: Rational; operator: Rational; interaction: Rational; error: Rational };
  interactionTest: FTest;
  /** The repeatability's mean square with the interaction pooled into it, when it was. */
  pooled: { df: number; ms: Rational } | null;
}

/** The exact quantities of a study: the model, the variance components, the distinct categories. */
interface StudyCore {
  model: GaugeStudy['model'];
  anova: AnovaCore | null;
  repeatability: Rational;
  operatorVar: Rational;
  interactionVar: Rational | null;
  partVar: Rational;
  reproducibility: Rational;
  grr: Rational;
  total: Rational;
  ndc: number | null;
}

/** Returns the exact variance components of a checked study by its method (see `gaugeStudy`). */
function studyCoreOf(input: GaugeStudyInput): StudyCore {
  const { cells, trials: r } = input;
  const p = input.parts.length;
  const o = input.operators.length;
  let model: GaugeStudy['model'] = null;
  let anova: AnovaCore | null = null;
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
    const pooling = interactionTest.p === null || toDecimal(interactionTest.p).gte(toDecimalOf(input.alpha));
    if (pooling) {
      const dfPooled = df.interaction + df.error;
      const msPooled = div(add(ss.interaction, ss.error), int(dfPooled));
      anova = { ss, df, ms, interactionTest, pooled: { df: dfPooled, ms: msPooled } };
      model = 'without-interaction';
      repeatability = msPooled;
      operatorVar = positive(div(sub(ms.operator, msPooled), int(p * r)));
      interactionVar = null;
      partVar = positive(div(sub(ms.part, msPooled), int(o * r)));
    } else {
      anova = { ss, df, ms, interactionTest, pooled: null };
      model = 'with-interaction';
      repeatability = ms.error;
      operatorVar = positive(div(sub(ms.operator, ms.interaction), int(p * r)));
      interactionVar = positive(div(sub(ms.interaction, ms.error), int(r)));
      partVar = positive(div(sub(ms.part, ms.interaction), int(o * r)));
    }
  } else {
    const K = GAUGE_RANGE_CONSTANTS;
    const rBarBar = meanOf(cells.flat().map(rangeOf));
    const operatorMeans = input.operators.map((_, j) => meanOf(cells.flatMap((row) => row[j]!)));
    const partMeans = cells.map((row) => meanOf(row.flat()));
    const ev = mul(rBarBar, toRational(K.K1[r]!));
    const xDiff = mul(rangeOf(operatorMeans), toRational(K.K2[o]!));
    repeatability = square(ev);
    operatorVar = positive(sub(square(xDiff), div(repeatability, int(p * r))));
    interactionVar = null;
    partVar = square(mul(rangeOf(partMeans), toRational(K.K3[p]!)));
  }
  const reproducibility = add(operatorVar, interactionVar ?? zero);
  const grr = add(repeatability, reproducibility);
  return { model, anova, repeatability, operatorVar, interactionVar, partVar, reproducibility, grr, total: add(grr, partVar), ndc: distinctCategoriesOf(partVar, grr) };
}

/** 1.41², the square of the factor of the number of distinct categories (AIAG MSA 4th ed.). */
const NDC_FACTOR_SQUARED = toRational('1.9881');

/**
 * Number of distinct categories, exactly: the largest q with q² ≤ 1.41² × part/GRR (the whole square
 * root of the bound's whole part, in big integers), at least 1 and at most 2^53 − 1 (a larger count
 * is given as that, the largest whole number a JSON number holds exactly); null when GRR is 0.
 */
function distinctCategoriesOf(partVar: Rational, grr: Rational): number | null {
  if (sign(grr) <= 0) return null;
  const bound = mul(NDC_FACTOR_SQUARED, div(partVar, grr));
  const q = wholeSquareRoot(bound.n / bound.d);
  return q > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Math.max(1, Number(q));
}

/** The largest whole q with q² ≤ n (n ≥ 0), by Newton's method in big integers. */
function wholeSquareRoot(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** The design and model lines of a study's JSON. */
function studyHeadOf(input: GaugeStudyInput, core: StudyCore) {
  return {
    method: input.method,
    parts: input.parts.length,
    operators: input.operators.length,
    trials: input.trials,
    model: core.model,
    alpha: input.method === 'anova' ? decimalString(toDecimalOf(input.alpha)) : null,
  };
}

/** Returns the printed ANOVA tables: with the interaction, and without it when it was pooled. */
function anovaTablesOf(anova: AnovaCore, dfTotal: number): NonNullable<GaugeStudy['anova']> {
  const { ss, df, ms, interactionTest, pooled } = anova;
  const full = [
    row('part', df.part, ss.part, fTest(ms.part, df.part, ms.interaction, df.interaction)),
    row('operator', df.operator, ss.operator, fTest(ms.operator, df.operator, ms.interaction, df.interaction)),
    row('part-operator', df.interaction, ss.interaction, interactionTest),
    row('repeatability', df.error, ss.error),
    row('total', dfTotal, ss.total),
  ];
  if (pooled === null) return { withInteraction: full, withoutInteraction: null };
  const reduced = [
    row('part', df.part, ss.part, fTest(ms.part, df.part, pooled.ms, pooled.df)),
    row('operator', df.operator, ss.operator, fTest(ms.operator, df.operator, pooled.ms, pooled.df)),
    row('repeatability', pooled.df, add(ss.interaction, ss.error)),
    row('total', dfTotal, ss.total),
  ];
  return { withInteraction: full, withoutInteraction: reduced };
}

/** What a variance component is printed against: the total variance and its standard deviation, k, the tolerance. */
interface ComponentScale {
  total: Rational;
  totalSd: Decimal;
  k: Rational;
  tolerance: Rational | null;
}

/** Returns the scale of a study's components. */
const componentScaleOf = (input: GaugeStudyInput, core: StudyCore): ComponentScale => ({
  total: core.total,
  totalSd: decimalSquareRoot(toDecimalOf(core.total)),
  k: input.k,
  tolerance: input.tolerance,
});

/** Returns one printed variance component: variance, standard deviation, k·σ and its three percentages. */
function varianceComponentOf(variance: Rational, { total, totalSd, k, tolerance }: ComponentScale): VarianceComponent {
  const noTotal = sign(total) === 0;
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
}

/** Returns a figure of 10 significant digits from its double when the rounding is certain, else null. */
const significantByDoublesOf = (x: number): string | null => (Number.isFinite(x) ? certainSignificantText(x, DIGITS, Math.abs(x) * DOUBLE_ERROR) : null);

/** Returns a percentage to 2 decimals from its double when the rounding is certain, else null. */
function percentByDoublesOf(x: number): string | null {
  if (!Number.isFinite(x)) return null;
  const units = roundedUnits(x, Math.abs(x) * DOUBLE_ERROR, 2);
  return Number.isNaN(units) ? null : unitsString(units, 2);
}

/**
 * Returns the printed component of a variance as `varianceComponentOf` prints it, from doubles
 * within `DOUBLE_ERROR` of the exact figures, when every figure's rounding is certain; else null
 * (then print it by decimals). A variance or total of 0, or a figure beyond the normal doubles, goes
 * the decimal way.
 */
function componentByDoublesOf(variance: Rational, total: Rational, k: Rational, tolerance: Rational | null): VarianceComponent | null {
  const v = doubleOf(variance);
  const t = doubleOf(total);
  const sd = Math.sqrt(v);
  const studyVariation = sd * doubleOf(k);
  const normal = (x: number) => x > 0 && isWellInsideDoubles(x);
  if (!normal(v) || !normal(t) || !normal(doubleOf(k)) || (tolerance !== null && !normal(doubleOf(tolerance)))) return null;
  const texts = [
    significantByDoublesOf(v),
    significantByDoublesOf(sd),
    significantByDoublesOf(studyVariation),
    percentByDoublesOf((v / t) * 100),
    percentByDoublesOf(Math.sqrt(v / t) * 100),
  ];
  const tolerancePercent = tolerance === null ? null : percentByDoublesOf((studyVariation / doubleOf(tolerance)) * 100);
  if (texts.includes(null) || (tolerance !== null && tolerancePercent === null)) return null;
  const [varianceText, stdDev, studyVariationText, contribution, studyPercent] = texts as string[];
  return { variance: varianceText!, stdDev: stdDev!, studyVariation: studyVariationText!, contribution: contribution!, studyPercent: studyPercent!, tolerancePercent };
}

/**
 * The verdict: %GRR² against 10² and 30², exactly, and the distinct categories against the minimum
 * (not met by a study whose values do not vary at all); null without a basis.
 */
function verdictOf(input: GaugeStudyInput, core: StudyCore): GaugeVerdict | null {
  const { basis, k, tolerance, minimumCategories } = input;
  const { grr, total, ndc } = core;
  const percentSquared =
    basis === 'tolerance'
      ? tolerance === null ? null : div(mul(mul(int(10000), square(k)), grr), square(tolerance))
      : sign(total) === 0 ? null : div(mul(int(10000), grr), total);
  if (percentSquared === null) return null;
  const level = compare(percentSquared, int(100)) <= 0 ? 'acceptable' : compare(percentSquared, int(900)) <= 0 ? 'conditional' : 'unacceptable';
  // No GRR: the gauge tells the parts apart when they vary, and nothing at all when nothing varies.
  const categoriesMet = ndc === null ? sign(total) > 0 : ndc >= minimumCategories;
  return {
    basis,
    percent: percentByDoublesOf(Math.sqrt(doubleOf(percentSquared))) ?? percentText(decimalSquareRoot(toDecimalOf(percentSquared))),
    level,
    minimumCategories,
    categoriesMet,
    result: categoriesMet ? level : 'unacceptable',
  };
}
