import { Decimal, decimalString, roundHalfUp, toDecimal } from '../decimal.js';
import type { ValidationIssue } from '../errors/index.js';
import type { CapabilityInterval } from './bissellInterval.js';
import type { ExpectedShareOutside } from './expectedShareOutside.js';
import type { CapabilityData, ProcessCapabilityOptions } from './readCapabilityInput.js';
import { processCapabilityValues, type SubgroupSummary } from './processCapabilityValues.js';
import type { CapabilityConstants, WithinSigmaMethod } from './types.js';

/**
 * How the numbers of a `processCapability` result are rounded (half-up, from the shortest
 * round-trip text of the float result):
 * - indices (Cp … Ppk, Cpm) and their confidence limits: 4 decimal places;
 * - mean: 10 significant digits; σ within and overall: 6 significant digits;
 * - fractions of parts outside the limits: 12 decimal places; PPM: 6 decimal places (the same
 *   resolution, 1e-12 of the parts).
 * Counts, N and subgroup sizes are exact integers; limits, target, min and max are the exact
 * decimals given.
 */
export const REPORTED_PRECISION = Object.freeze({
  indexDecimalPlaces: 4,
  meanSignificantDigits: 10,
  sigmaSignificantDigits: 6,
  fractionDecimalPlaces: 12,
  ppmDecimalPlaces: 6,
});

/** A share of parts: as a fraction of 1 and in parts per million. */
export interface Share {
  fraction: string;
  ppm: string;
}

/** A share of parts counted in the data. */
export interface ObservedShare extends Share {
  count: number;
}

/** Expected shares outside the limits for one σ (normal model). */
export interface ExpectedShares {
  /** `null` without a lower limit. */
  belowLsl: Share | null;
  /** `null` without an upper limit. */
  aboveUsl: Share | null;
  total: Share;
}

/**
 * The JSON result of a capability study (plain data: strings, integers, booleans, `null`). An index
 * is `null` when the specification does not define it (Cp/Pp/Cpm need both limits; Cpm needs a
 * target) or when its σ is 0 (a `zero_spread` note then explains). Rounding: `REPORTED_PRECISION`.
 */
export interface ProcessCapability {
  n: number;
  subgroups: SubgroupSummary;
  sigmaWithinMethod: WithinSigmaMethod;
  constants: CapabilityConstants;
  unbiasedOverall: boolean;
  lsl: string | null;
  usl: string | null;
  target: string | null;
  min: string;
  max: string;
  mean: string;
  sigmaWithin: string;
  sigmaOverall: string;
  /** Within-σ indices (Cp = (USL − LSL)/6σ_within, CPL, CPU, Cpk = min(CPL, CPU)). */
  cp: string | null;
  cpl: string | null;
  cpu: string | null;
  cpk: string | null;
  /** Cpm = (USL − LSL)/(6·sqrt(σ_overall² + (x̄ − T)²)), with the overall σ. */
  cpm: string | null;
  /** Overall-σ indices (Pp, PPL, PPU, Ppk). */
  pp: string | null;
  ppl: string | null;
  ppu: string | null;
  ppk: string | null;
  /** Bissell limits for Cpk: `lower`/`upper` two-sided, `lowerBound` one-sided, at `level`. */
  cpkInterval: CapabilityInterval<string> | null;
  /** Bissell limits for Ppk: `lower`/`upper` two-sided, `lowerBound` one-sided, at `level`. */
  ppkInterval: CapabilityInterval<string> | null;
  /** Expected shares outside the limits (normal model) with the within and the overall σ. */
  expectedOutside: { within: ExpectedShares | null; overall: ExpectedShares | null };
  /** Counted shares outside the limits, decided exactly (a value on a limit is inside). */
  observedOutside: { belowLsl: ObservedShare | null; aboveUsl: ObservedShare | null; total: ObservedShare };
  notes: ValidationIssue[];
}

/**
 * Returns a process capability study as plain JSON: N, subgroups, mean, within σ (R̄/d2, S̄/c4,
 * pooled Sp/c4(d + 1) or MR̄/d2(2)), overall σ (s, or s/c4(N) with `unbiasedOverall`), Cp, CPL,
 * CPU, Cpk (within σ), Pp, PPL, PPU, Ppk (overall σ), Cpm (with a target), Bissell confidence limits
 * for Cpk and Ppk, and expected (normal model) and observed shares outside the limits (AIAG SPC
 * 2nd ed., chapter IV; AIAG PPAP 4th ed. §2.2.11; formulas in standards §3).
 *
 * - `data`: individual values in time order (`number[]`), or subgroups (`number[][]`); values may
 *   be numbers or plain decimal strings. Statistics are float computations (see `mean`,
 *   `sampleStandardDeviation`); the observed counts are decided exactly in decimal.
 * - `sigma`: `'rbar'` (default for subgroups), `'sbar'`, `'pooled'`, or `'moving-range'` (the only
 *   method, and default, for individual values). R̄/d2 and S̄/c4 take subgroups of 2..25 values.
 * - `constants`: `'printed'` (default: the AIAG tables, d2 to 3 and c4 to 4 decimals) or `'exact'`,
 *   for R̄/d2, S̄/c4 and MR̄/d2(2). The pooled method and the unbiased overall σ always use the
 *   exact c4, as Minitab does.
 * - `confidence`: level of the Bissell limits, default 0.95.
 * - A one-sided specification gives only CPU/Cpk (or CPL/Cpk) and PPU/Ppk (or PPL/Ppk); Cp, Pp and
 *   Cpm are `null`. A target outside the limits is allowed (a note says so).
 * - σ = 0 (no variation) is not an error: the indices, intervals and expected shares that use that
 *   σ are `null` and a `zero_spread` note explains. The result never holds Infinity or NaN.
 * - To decide an index against a minimum, use `meetsIndex` with the unrounded value from
 *   `processCapabilityValues`, not the rounded string.
 *
 * @throws {ValidationError} listing every problem: empty or short data, non-finite or non-decimal
 * values, subgroups under 2 or over 25 values (R̄, S̄), unknown method or option, no limit,
 * LSL ≥ USL, confidence not in (0, 1).
 *
 * @example
 * processCapability([5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1], { lsl: 4.4, usl: 5.6 }).cpk
 * //=> '0.8515'
 */
export function processCapability(data: CapabilityData, options: ProcessCapabilityOptions): ProcessCapability {
  const v = processCapabilityValues(data, options);
  const index = (value: number | null): string | null =>
    value === null ? null : decimalString(roundHalfUp(toDecimal(value), REPORTED_PRECISION.indexDecimalPlaces));
  const interval = (value: typeof v.cpkInterval): CapabilityInterval<string> | null =>
    value === null
      ? null
      : {
          level: decimalString(toDecimal(value.level)),
          lower: index(value.lower) as string,
          upper: index(value.upper) as string,
          lowerBound: index(value.lowerBound) as string,
        };
  const expected = (value: ExpectedShareOutside | null): ExpectedShares | null =>
    value === null
      ? null
      : {
          belowLsl: value.belowLsl === null ? null : share(toDecimal(value.belowLsl)),
          aboveUsl: value.aboveUsl === null ? null : share(toDecimal(value.aboveUsl)),
          total: share(toDecimal(value.total)),
        };
  const observed = (count: number | null): ObservedShare | null =>
    count === null ? null : { count, ...share(new Decimal(count).div(v.n)) };
  const o = v.observedOutside;
  return {
    n: v.n,
    subgroups: { ...v.subgroups },
    sigmaWithinMethod: v.sigmaWithinMethod,
    constants: v.constants,
    unbiasedOverall: v.unbiasedOverall,
    lsl: v.lsl,
    usl: v.usl,
    target: v.target,
    min: v.min,
    max: v.max,
    mean: significant(v.mean, REPORTED_PRECISION.meanSignificantDigits),
    sigmaWithin: significant(v.sigmaWithin, REPORTED_PRECISION.sigmaSignificantDigits),
    sigmaOverall: significant(v.sigmaOverall, REPORTED_PRECISION.sigmaSignificantDigits),
    cp: index(v.cp),
    cpl: index(v.cpl),
    cpu: index(v.cpu),
    cpk: index(v.cpk),
    cpm: index(v.cpm),
    pp: index(v.pp),
    ppl: index(v.ppl),
    ppu: index(v.ppu),
    ppk: index(v.ppk),
    cpkInterval: interval(v.cpkInterval),
    ppkInterval: interval(v.ppkInterval),
    expectedOutside: { within: expected(v.expectedOutside.within), overall: expected(v.expectedOutside.overall) },
    observedOutside: {
      belowLsl: observed(o.belowLsl),
      aboveUsl: observed(o.aboveUsl),
      total: observed(o.total) as ObservedShare,
    },
    notes: v.notes,
  };
}

function significant(value: number, digits: number): string {
  return decimalString(toDecimal(value).toSignificantDigits(digits, Decimal.ROUND_HALF_UP));
}

function share(fraction: Decimal): Share {
  return {
    fraction: decimalString(roundHalfUp(fraction, REPORTED_PRECISION.fractionDecimalPlaces)),
    ppm: decimalString(roundHalfUp(fraction.times(1_000_000), REPORTED_PRECISION.ppmDecimalPlaces)),
  };
}
