import { decimalSquareRoot } from './decimalSquareRoot.js';
import { canonicalText } from '../fast/decimalText.js';
import { Decimal } from '../decimal.js';
import { createIssue, type ValidationIssue } from '../errors/index.js';
import { c4 } from './c4.js';
import { CONTROL_CHART_FACTORS_PRINTED, D3_EXACT } from './controlChartFactors.js';
import { readControlChartInput, type ControlChartData, type ControlChartOptions, type ControlChartType } from './controlChartInput.js';
import { d2 } from './d2.js';
import { abs, add, compare, div, fractionText, int, meanOf, mul, rangeOf, sign, significantText, sub, sum, toDecimalOf, toRational, type Rational } from './rational.js';
import { runRuleFlags, type PointPlace, type RunRule } from './runRules.js';
import type { CapabilityConstants } from './types.js';

/** The points one rule flags (1-based, ascending; empty when none). */
export interface RuleFlags {
  rule: RunRule;
  points: number[];
}

/** One chart of the pair: its plotted values, centre line, limits and flagged points. */
export interface ChartPanel {
  /** What is plotted: individual values, subgroup means, moving ranges, ranges or standard deviations. */
  statistic: 'individual' | 'mean' | 'moving-range' | 'range' | 'standard-deviation';
  /** The plotted values in time order; `null` where there is none (the first moving range). */
  values: (string | null)[];
  center: string;
  lcl: string;
  ucl: string;
  /** The 1σ and 2σ lines of the zones the run rules use (location chart only). */
  zones: { lower2: string; lower1: string; upper1: string; upper2: string } | null;
  /** The points each tested rule flags. */
  flags: RuleFlags[];
  /** Every flagged point, ascending. */
  flagged: number[];
}

/** The JSON result of `controlChart`. */
export interface ControlChart {
  chart: ControlChartType;
  constants: CapabilityConstants;
  rules: RunRule[];
  /** 1 for individuals. */
  subgroupSize: number;
  /** How σ was found: MR̄/d2(2), R̄/d2, S̄/c4, or given. */
  sigmaMethod: 'moving-range' | 'rbar' | 'sbar' | 'given';
  sigma: string;
  /** The individuals or X̄ chart: every selected rule is tested on it. */
  location: ChartPanel;
  /** The MR, R or s chart: tested for points beyond its limits when rule 1 is selected. */
  dispersion: ChartPanel;
  /** True when the selected rules flag no point of either chart. */
  stable: boolean;
  notes: ValidationIssue[];
}

/** Digits of the reported statistics and limits (half-up): 10 significant; σ: 6 significant. */
const VALUE_DIGITS = 10;
const SIGMA_DIGITS = 6;

/** The half-width of the 3σ band: a·√b exactly, or a decimal when it is a sum of square roots (S̄). */
type HalfWidth = { a: Rational; b: Rational } | { decimal: Decimal };

const significant = (value: Decimal, digits = VALUE_DIGITS): string => significantText(value, digits);
const rationalText = (value: Rational, digits = VALUE_DIGITS): string => fractionText(value, digits);
const halfWidthDecimal = (h: HalfWidth): Decimal => ('decimal' in h ? h.decimal : toDecimalOf(h.a).times(decimalSquareRoot(toDecimalOf(h.b))));
const mean = meanOf;
const range = rangeOf;
const variance = (list: readonly Rational[]): Rational => {
  const m = mean(list);
  return div(sum(list.map((v) => mul(sub(v, m), sub(v, m)))), int(list.length - 1));
};

/**
 * Returns the zone of a point's distance d from the centre line (see `PointPlace`): the largest k of
 * 1, 2, 3 with |d| > k/3 of the half-width, else 0. Decided exactly: 9·d² against k²·a²·b for a·√b,
 * in big integers over the two denominators (no fraction reduced per point), or at 50 digits against
 * a decimal S̄.
 */
function zoneTest(h: HalfWidth): (d: Rational) => number {
  if ('decimal' in h) {
    const bounds = [3, 2, 1].map((k) => h.decimal.times(k));
    return (d) => {
      const scaled = toDecimalOf(mul(abs(d), int(3)));
      const k = bounds.findIndex((bound) => scaled.gt(bound));
      return k < 0 ? 0 : 3 - k;
    };
  }
  const squared = mul(mul(h.a, h.a), h.b);
  return (d) => {
    // 9·d² > k²·S  ⟺  9·n²·S.d > k²·S.n·d.d²
    const left = 9n * d.n * d.n * squared.d;
    const right = squared.n * d.d * d.d;
    return left > 9n * right ? 3 : left > 4n * right ? 2 : left > right ? 1 : 0;
  };
}

/** Where each location point lies: side, zone and step (see `PointPlace`). */
function placesOf(points: readonly Rational[], center: Rational, h: HalfWidth): PointPlace[] {
  const zone = zoneTest(h);
  return points.map((point, i) => {
    const d = sub(point, center);
    return { side: sign(d), zone: zone(d), step: i === 0 ? 0 : compare(point, points[i - 1] as Rational) };
  });
}

const exactFactor = (value: number | string): Rational => toRational(value);

/**
 * Returns a Shewhart control chart pair with its run-rule tests, as plain JSON: individuals and
 * moving range (I-MR, moving ranges of 2), X̄ and R, or X̄ and s (AIAG SPC 2nd ed., chapter II).
 *
 * - σ: MR̄/d2(2), R̄/d2 or S̄/c4, or `sigma` when given. Limits with `'printed'` constants (the
 *   default, as AIAG worksheets): X̄ ± E2·MR̄ (E2 = 2.660), X̄̄ ± A2·R̄, X̄̄ ± A3·S̄; MR and R charts
 *   D3·R̄ … D4·R̄, s chart B3·S̄ … B4·S̄ (`CONTROL_CHART_FACTORS_PRINTED`). With `'exact'` constants,
 *   the limits are centre ± 3σ̂/√n with the exact d2, d3 and c4 (as R qcc and Minitab compute them).
 *   With a given σ: X̄ ± 3σ/√n, R chart d2σ ± 3d3σ, s chart c4σ ± 3σ√(1 − c4²) (LCL at least 0).
 * - `center`: a known process mean for the location chart's centre line (default: the data's mean).
 * - Run rules (`rules`): `'western-electric'` (default), `'nelson'`, or a list of rules; each rule's
 *   convention is documented at `RunRule` and follows R qcc 3. Every selected rule is tested on the
 *   location chart; the dispersion chart is tested for points beyond its limits when rule 1 is
 *   selected (Minitab's default for R, s and MR charts).
 * - Exact: means, ranges, moving ranges, centre lines and limits are kept as exact fractions, so a
 *   point on a limit or a zone line is decided exactly (on the line is inside). Limits that are
 *   square roots (σ/√n) are compared by squares. Only S̄, a sum of square roots, is a 50-digit
 *   decimal, and the s and X̄–s comparisons with it are made at that precision.
 * - Points are 1-based: point 1 is the first value (I-MR) or subgroup; the first moving range
 *   belongs to point 2.
 *
 * @throws {ValidationError} listing every problem: data that are not a list of values or of
 * subgroups, fewer than 2 values or subgroups, subgroups outside 2..25 values or of different
 * sizes, non-decimal values, an unknown chart, rule or option, σ not above 0.
 *
 * @example
 * controlChart([10, 11, 10, 11, 10, 11, 10, 18], { rules: ['we1'] }).location.flagged
 * //=> [8]
 */
export function controlChart(data: ControlChartData, options: ControlChartOptions = {}): ControlChart {
  const input = readControlChartInput(data, options);
  const { chart, subgroups, rules, sigma: given, constants } = input;
  const n = chart === 'i-mr' ? 1 : (subgroups[0] as Rational[]).length;
  const notes: ValidationIssue[] = [];
  const printed = constants === 'printed';
  const d2Of = (size: number) => exactFactor(d2(size, constants));
  const d3Of = (size: number) => exactFactor(printed ? (CONTROL_CHART_FACTORS_PRINTED.d3[size] as string) : (D3_EXACT[size] as number));

  // Location statistic and its centre line.
  const location = chart === 'i-mr' ? subgroups.map((g) => g[0] as Rational) : subgroups.map(mean);
  const center = input.center ?? mean(location);

  // Dispersion statistic, its centre line and limits, σ and the location half-width.
  let dispersion: (Rational | Decimal | null)[];
  let dCenter: Rational | Decimal;
  let dLower: Rational | Decimal;
  let dUpper: Rational | Decimal;
  let sigma: Rational | Decimal;
  let half: HalfWidth;
  const rootN = { b: div(int(1), int(n)) };
  if (chart === 'xbar-s') {
    const sds = subgroups.map((g) => decimalSquareRoot(toDecimalOf(variance(g))));
    dispersion = sds;
    const c4n = exactFactor(c4(n, constants));
    if (given) {
      const spread = decimalSquareRoot(toDecimalOf(sub(int(1), mul(c4n, c4n)))).times(3);
      const c4d = toDecimalOf(c4n);
      sigma = given;
      dCenter = c4d.times(toDecimalOf(given));
      dUpper = c4d.plus(spread).times(toDecimalOf(given));
      dLower = (c4d.gt(spread) ? c4d.minus(spread) : new Decimal(0)).times(toDecimalOf(given));
      half = { a: mul(int(3), given), ...rootN };
    } else {
      const sBar = sds.reduce((s, v) => s.plus(v), new Decimal(0)).div(sds.length);
      sigma = sBar.div(toDecimalOf(c4n));
      dCenter = sBar;
      if (printed) {
        const f = CONTROL_CHART_FACTORS_PRINTED;
        dUpper = sBar.times(f.B4[n] as string);
        dLower = sBar.times(f.B3[n] as string);
        half = { decimal: sBar.times(f.A3[n] as string) };
      } else {
        const c4d = toDecimalOf(c4n);
        const spread = decimalSquareRoot(new Decimal(1).minus(c4d.times(c4d))).times(3).div(c4d);
        dUpper = sBar.times(spread.plus(1));
        dLower = sBar.times((spread.lt(1) ? new Decimal(1).minus(spread) : new Decimal(0)));
        half = { decimal: sigma.times(3).div(decimalSquareRoot(new Decimal(n))) };
      }
    }
  } else {
    const size = chart === 'i-mr' ? 2 : n;
    const ranges: (Rational | null)[] =
      chart === 'i-mr'
        ? location.map((v, i) => (i === 0 ? null : abs(sub(v, location[i - 1] as Rational))))
        : subgroups.map(range);
    dispersion = ranges;
    const d2n = d2Of(size);
    const d3n = d3Of(size);
    if (given) {
      sigma = given;
      dCenter = mul(d2n, given);
      dUpper = mul(add(d2n, mul(int(3), d3n)), given);
      const low = sub(d2n, mul(int(3), d3n));
      dLower = sign(low) > 0 ? mul(low, given) : int(0);
      half = { a: mul(int(3), given), b: chart === 'i-mr' ? int(1) : rootN.b };
    } else {
      const rBar = mean(ranges.filter((r): r is Rational => r !== null));
      sigma = div(rBar, d2n);
      dCenter = rBar;
      if (printed) {
        const f = CONTROL_CHART_FACTORS_PRINTED;
        dUpper = mul(rBar, toRational(f.D4[size] as string));
        dLower = mul(rBar, toRational(f.D3[size] as string));
        half = { a: mul(rBar, toRational(chart === 'i-mr' ? f.E2 : (f.A2[n] as string))), b: int(1) };
      } else {
        const ratio = div(mul(int(3), d3n), d2n);
        dUpper = mul(rBar, add(int(1), ratio));
        dLower = sign(sub(int(1), ratio)) > 0 ? mul(rBar, sub(int(1), ratio)) : int(0);
        half = { a: mul(int(3), sigma), b: chart === 'i-mr' ? int(1) : rootN.b };
      }
    }
  }
  const sigmaDecimal = sigma instanceof Decimal ? sigma : toDecimalOf(sigma);
  if (sigmaDecimal.isZero()) notes.push(createIssue('zero_spread', [], { estimate: 'within' }));

  // Run rules on the location chart.
  const places = placesOf(location, center, half);
  const locationFlags = rules.map((rule) => ({ rule, points: runRuleFlags(rule, places) }));

  // Points beyond the dispersion chart's limits, when rule 1 is tested.
  const outside = (value: Rational | Decimal | null): boolean => {
    if (value === null) return false;
    const cmp = (a: Rational | Decimal, b: Rational | Decimal): number => {
      if (!(a instanceof Decimal) && !(b instanceof Decimal)) return compare(a, b);
      const x = a instanceof Decimal ? a : toDecimalOf(a);
      return x.cmp(b instanceof Decimal ? b : toDecimalOf(b));
    };
    return cmp(value, dUpper) > 0 || cmp(value, dLower) < 0;
  };
  const beyondLimits = dispersion.flatMap((value, i) => (outside(value) ? [i + 1] : []));
  const dispersionFlags = rules.filter((rule) => rule === 'we1' || rule === 'nelson1').map((rule) => ({ rule, points: beyondLimits }));

  const union = (flags: RuleFlags[]) => [...new Set(flags.flatMap((f) => f.points))].sort((a, b) => a - b);
  const h = halfWidthDecimal(half);
  const c = toDecimalOf(center);
  const asText = (value: Rational | Decimal): string =>
    value instanceof Decimal ? significant(value) : rationalText(value);
  const locationPanel: ChartPanel = {
    statistic: chart === 'i-mr' ? 'individual' : 'mean',
    values: chart === 'i-mr' ? input.originals.map(canonicalText) : location.map((v) => rationalText(v)),
    center: rationalText(center),
    lcl: significant(c.minus(h)),
    ucl: significant(c.plus(h)),
    zones: {
      lower2: significant(c.minus(h.times(2).div(3))),
      lower1: significant(c.minus(h.div(3))),
      upper1: significant(c.plus(h.div(3))),
      upper2: significant(c.plus(h.times(2).div(3))),
    },
    flags: locationFlags,
    flagged: union(locationFlags),
  };
  const dispersionPanel: ChartPanel = {
    statistic: chart === 'i-mr' ? 'moving-range' : chart === 'xbar-r' ? 'range' : 'standard-deviation',
    values: dispersion.map((v) => (v === null ? null : asText(v))),
    center: asText(dCenter),
    lcl: asText(dLower),
    ucl: asText(dUpper),
    zones: null,
    flags: dispersionFlags,
    flagged: union(dispersionFlags),
  };
  return {
    chart,
    constants,
    rules,
    subgroupSize: n,
    sigmaMethod: given ? 'given' : chart === 'i-mr' ? 'moving-range' : chart === 'xbar-r' ? 'rbar' : 'sbar',
    sigma: significant(sigmaDecimal, SIGMA_DIGITS),
    location: locationPanel,
    dispersion: dispersionPanel,
    stable: locationPanel.flagged.length === 0 && dispersionPanel.flagged.length === 0,
    notes,
  };
}
