import { compareToLimit } from '../../kinds/measurement/schema.js';
import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../decimal.js';
import { largest } from '../../lists/largest.js';
import { smallest } from '../../lists/smallest.js';

/** One bar of a histogram: values from `from` (inclusive) to `to`, all inside or all outside the limits. */
export interface HistogramBin {
  /** Position in bin widths from the origin (the lower limit, else the upper limit). */
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly outside: boolean;
  /** The bin also holds every value further out (the chart is cut there). */
  readonly overflow: boolean;
}

/** Measured values binned against their limits. Limits fall on bin edges, so no bar straddles one. */
export interface Histogram {
  /** The non-empty bins, lowest first. */
  readonly bins: readonly HistogramBin[];
  /** The first and last bin index the chart shows (a bin beyond each limit is always shown). */
  readonly first: number;
  readonly last: number;
  /** Edges of the limits and the nominal, in bin widths from the origin. */
  readonly lslEdge: number | null;
  readonly uslEdge: number | null;
  readonly nominalEdge: number | null;
  readonly width: string;
  /** The values at the left and right ends of the chart (the edges of bins `first` and `last + 1`). */
  readonly low: string;
  readonly high: string;
  readonly n: number;
}

/** Bins across the tolerance of a two-sided limit. */
export const BINS_IN_TOLERANCE = 10;
/** Bins shown at most beyond a limit; values further out share the last one. */
const MAX_BINS_BEYOND = 10;

/** Returns the smallest of 1, 2, 5 × 10^k that is at least `x` (x > 0). */
function niceWidth(x: Decimal): Decimal {
  const exponent = Math.floor(Math.log10(x.toNumber()));
  for (const e of [exponent - 1, exponent, exponent + 1]) {
    for (const step of [1, 2, 5]) {
      const candidate = new Decimal(step).times(new Decimal(10).pow(e));
      if (candidate.gte(x)) return candidate;
    }
  }
  return new Decimal(10).pow(exponent + 2);
}

/**
 * Returns measured values binned for a histogram against their limits. With both limits the
 * tolerance is cut into 10 equal bins from the lower limit; with one limit, bins of a round width
 * start at that limit. Whether a value is inside is decided exactly, as the evaluation decides it (a
 * value on a limit is inside); the bin only places it on the chart. At most 10 bins are shown beyond
 * a limit, the outermost one holding every value further out.
 *
 * @example
 * histogramOf(['6.47', '6.50', '6.58'], { lsl: '6.45', usl: '6.55', nominal: '6.5' }).bins.map((b) => [b.from, b.count, b.outside])
 * //=> [['6.47', 1, false], ['6.5', 1, false], ['6.58', 1, true]]
 */
export function histogramOf(
  values: readonly DecimalInput[],
  limits: { readonly lsl: string | null; readonly usl: string | null; readonly nominal?: string | null },
): Histogram {
  const lsl = limits.lsl === null ? null : toDecimal(limits.lsl);
  const usl = limits.usl === null ? null : toDecimal(limits.usl);
  const floats = values.map((v) => (typeof v === 'number' ? v : Number(v)));
  let min = Infinity;
  let max = -Infinity;
  for (const x of floats) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  let origin: Decimal;
  let width: Decimal;
  let insideLow = -Infinity;
  let insideHigh = Infinity;
  if (lsl && usl && usl.gt(lsl)) {
    origin = lsl;
    width = usl.minus(lsl).div(BINS_IN_TOLERANCE);
    insideLow = 0;
    insideHigh = BINS_IN_TOLERANCE - 1;
  } else {
    const limit = usl ?? lsl;
    const spread = limit
      ? Math.max(Math.abs(max - limit.toNumber()), Math.abs(min - limit.toNumber()))
      : Number.isFinite(max - min)
        ? max - min
        : 0;
    const base = limit ?? new Decimal(Number.isFinite(min) ? min : 0);
    const span = spread > 0 ? new Decimal(spread) : base.isZero() ? new Decimal(1) : base.abs().div(10);
    width = niceWidth(span.div(BINS_IN_TOLERANCE));
    origin = limit ?? base.div(width).floor().times(width);
    if (usl && !lsl) insideHigh = -1;
    if (lsl && !usl) insideLow = 0;
  }
  const originFloat = origin.toNumber();
  const widthFloat = width.toNumber();
  const lower = lsl ? { exact: lsl, float: lsl.toNumber() } : null;
  const upper = usl ? { exact: usl, float: usl.toNumber() } : null;
  const twoSided = Number.isFinite(insideLow) && Number.isFinite(insideHigh);
  const counts = new Map<number, { count: number; outside: boolean }>();
  values.forEach((value, i) => {
    let k = Math.floor(((floats[i] as number) - originFloat) / widthFloat + 1e-9);
    const below = lower !== null && compareToLimit(value, lower) < 0;
    const above = !below && upper !== null && compareToLimit(value, upper) > 0;
    if (below) k = Math.min(k, insideLow - 1);
    else if (above) k = Math.max(k, insideHigh + 1);
    else k = Math.min(Math.max(k, insideLow), insideHigh);
    if (twoSided) k = Math.min(Math.max(k, insideLow - MAX_BINS_BEYOND), insideHigh + MAX_BINS_BEYOND);
    const bin = counts.get(k) ?? { count: 0, outside: below || above };
    bin.count++;
    counts.set(k, bin);
  });
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const lslEdge = lsl ? lsl.minus(origin).div(width).toNumber() : null;
  const uslEdge = usl ? usl.minus(origin).div(width).toNumber() : null;
  const edges = [lslEdge === null ? null : lslEdge - 1, uslEdge].filter((e): e is number => e !== null);
  const first = smallest([...indices, ...edges.map(Math.floor)]);
  const last = largest([...indices, ...edges.map(Math.ceil)]);
  const nominal = limits.nominal ? toDecimal(limits.nominal).minus(origin).div(width).toNumber() : null;
  return {
    bins: indices.map((index) => {
      const bin = counts.get(index) as { count: number; outside: boolean };
      const from = origin.plus(width.times(index));
      return {
        index,
        from: decimalString(from),
        to: decimalString(from.plus(width)),
        count: bin.count,
        outside: bin.outside,
        overflow: twoSided && (index === insideLow - MAX_BINS_BEYOND || index === insideHigh + MAX_BINS_BEYOND),
      };
    }),
    first,
    last,
    lslEdge,
    uslEdge,
    nominalEdge: nominal !== null && nominal >= first && nominal <= last + 1 ? nominal : null,
    width: decimalString(width),
    low: decimalString(origin.plus(width.times(first))),
    high: decimalString(origin.plus(width.times(last + 1))),
    n: values.length,
  };
}
