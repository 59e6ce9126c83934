import { CACHE_LIMIT, FAIL, PARTIAL, PASS, type CompiledBase } from '../../fast/planParts.js';
import { metricValue, ratioScale, type MetricCriterion, type MetricEvidence } from './schema.js';
import type { KindOutcome } from '../../criteria/outcome.js';
import { shortfallOf } from '../../criteria/outcome.js';
import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../decimal.js';
import { canonicalText, decimalTextFloat, quotientText, significantText } from '../../fast/decimalText.js';
import { HUNDRED, ZERO, type FastContext } from '../../fast/fastContext.js';
import { jsonClone } from '../../fast/jsonClone.js';
import { compareFloatToLimit, compareToFastLimit, fastLimit, type FastLimit } from '../../fast/limit.js';
import type { Verdict } from '../../fast/verdict.js';
import { isDecimal, onlyKeys, signOf } from '../../fast/entryChecks.js';
import type { KindPlan } from '../kindPlan.js';

export interface MetricBand {
  readonly bound: FastLimit;
  readonly score: FastLimit;
}

/** The plan entry of a metric. */
export interface CompiledMetric extends CompiledBase<'metric', MetricCriterion> {
  readonly higher: boolean;
  readonly limit: FastLimit;
  readonly target: FastLimit | null;
  readonly atLimit: FastLimit;
  /** 100 − score at limit, exact and as a double. */
  readonly rise: Decimal;
  readonly riseFloat: number;
  /** How much better the target is than the limit (exact and double); null without a target. */
  readonly span: { readonly exact: Decimal; readonly float: number; readonly positive: boolean } | null;
  /** Bands, highest score first (equal scores in profile order). */
  readonly bands: readonly MetricBand[] | null;
  readonly scale: { readonly exact: Decimal; readonly float: number };
  /** Outcomes of evidence given as a value, remembered per value (a metric's outcome depends on nothing else). */
  readonly byValue: Map<string | number, RememberedMetric>;
}

/** A metric outcome remembered for one value, with the verdict it set. */
export interface RememberedMetric {
  readonly outcome: KindOutcome;
  readonly status: number;
  readonly score: number;
  readonly error: number;
  readonly exact: Decimal | null;
}

const U = Number.EPSILON;

const floatOf = (value: DecimalInput) => (typeof value === 'number' ? value : decimalTextFloat(value));

/** The figure of a metric's evidence as a double, with its relative error bound. */
interface Figure {
  readonly float: number;
  readonly relative: number;
  /** The decimal as given (a value), or null for a count ratio. */
  readonly given: DecimalInput | null;
}

function figureOf(c: CompiledMetric, evidence: MetricEvidence): Figure {
  if (evidence.value !== undefined) return { float: floatOf(evidence.value), relative: U / 2, given: evidence.value };
  const numerator = floatOf(evidence.numerator ?? 0);
  const denominator = floatOf(evidence.denominator ?? 1);
  return { float: (numerator * c.scale.float) / denominator, relative: 3 * U, given: null };
}

/** Returns the sign of (figure − limit), exactly, or null when only the exact route can tell. */
function compared(figure: Figure, limit: FastLimit): number | null {
  if (figure.given !== null) return compareToFastLimit(figure.given, figure.float, limit);
  return compareFloatToLimit(figure.float, figure.relative, limit);
}

/** Returns the sign of how much better the figure is than a limit (negative when worse), or null. */
function advantageSign(c: CompiledMetric, figure: Figure, limit: FastLimit): number | null {
  const sign = compared(figure, limit);
  return sign === null ? null : c.higher ? sign : -sign;
}

/**
 * Decides a metric in doubles: failed when worse than the limit, full score at the target, bands or a
 * linear score in between. Comparisons are exact; a linear score carries an error bound. Returns
 * false when a comparison of a count ratio, or the clamp of a score to 0–100, is too close to call in
 * doubles, so the caller decides in decimals (`decideMetricExactly`).
 *
 * @example
 * decideMetric(otd, { criterion: 'otd', value: 96.5 }, emptyVerdict())
 * //=> true
 */
export function decideMetric(c: CompiledMetric, evidence: MetricEvidence, verdict: Verdict): boolean {
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.exact = null;
  const figure = figureOf(c, evidence);
  const byLimit = advantageSign(c, figure, c.limit);
  if (byLimit === null) return false;
  if (byLimit < 0) {
    verdict.status = FAIL;
    verdict.score = 0;
    verdict.error = 0;
    return true;
  }
  let score: number;
  let error = 0;
  if (c.bands) {
    score = 0;
    for (const band of c.bands) {
      const sign = advantageSign(c, figure, band.bound);
      if (sign === null) return false;
      if (sign >= 0) {
        score = band.score.float;
        error = band.score.error;
        break;
      }
    }
  } else if (c.target === null || c.span === null) {
    score = 100;
  } else {
    const byTarget = advantageSign(c, figure, c.target);
    if (byTarget === null) return false;
    if (byTarget >= 0 || !c.span.positive) score = 100;
    else if (byLimit === 0) {
      score = c.atLimit.float;
      error = c.atLimit.error;
    } else {
      const limit = c.limit.float;
      const v = figure.float;
      const advantage = c.higher ? v - limit : limit - v;
      const span = c.span.float;
      const ratio = advantage / span;
      const rise = c.riseFloat;
      score = c.atLimit.float + rise * ratio;
      const errorAdvantage = (Math.abs(v) * (figure.relative + U) + Math.abs(limit) * U) * 2;
      error = 2 * (Math.abs(rise) * (errorAdvantage / Math.abs(span) + 4 * U * Math.abs(ratio)) + 4 * U * (Math.abs(c.atLimit.float) + Math.abs(score)));
    }
  }
  // A limit, target or figure beyond the doubles makes the linear score no number: decide exactly.
  if (!(Math.abs(score) + error < Number.POSITIVE_INFINITY)) return false;
  // Clamp to 0–100, as the exact route does; too close to a bound to tell: decide exactly.
  if (score - error >= 100) {
    score = 100;
    error = 0;
  } else if (score + error >= 100) return false;
  if (score + error <= 0) {
    score = 0;
    error = 0;
  } else if (score - error <= 0 && error > 0) return false;
  verdict.status = score >= 100 ? PASS : PARTIAL;
  verdict.score = score;
  verdict.error = error;
  return true;
}

const advantage = (c: CompiledMetric, value: Decimal, reference: Decimal) => (c.higher ? value.minus(reference) : reference.minus(value));

/** Returns the exact score of a metric that meets its limit: the best band it reaches, or linear from the score at the limit to 100 at the target, clamped to 0–100. */
function exactScore(c: CompiledMetric, value: Decimal): Decimal {
  let score: Decimal;
  if (c.bands) {
    score = ZERO;
    for (const band of c.bands) {
      if (advantage(c, value, band.bound.exact).gte(0)) {
        score = band.score.exact;
        break;
      }
    }
  } else if (c.target === null || c.span === null) return HUNDRED;
  else if (advantage(c, value, c.target.exact).gte(0) || !c.span.positive) return HUNDRED;
  else score = c.atLimit.exact.plus(c.rise.times(advantage(c, value, c.limit.exact)).div(c.span.exact));
  // Clamped to 0–100 as `Decimal.min(100, Decimal.max(0, score))`, without copying the score.
  return score.gt(HUNDRED) ? HUNDRED : score.lte(ZERO) ? ZERO : score;
}

/**
 * Returns the exact score of a metric whose status is known, in decimal arithmetic.
 *
 * @example
 * metricExactScore(otd, { criterion: 'otd', value: 96.5 }, verdict).toString()
 * //=> '81.25'
 */
export function metricExactScore(c: CompiledMetric, evidence: MetricEvidence, verdict: Verdict): Decimal {
  if (verdict.status === FAIL) return ZERO;
  if (verdict.status === PASS) return HUNDRED;
  return exactScore(c, evidence.value !== undefined ? toDecimal(evidence.value) : metricValue(c.criterion, evidence));
}

/** Below 2^49: whole numbers `quotientText` divides exactly. */
const QUOTIENT_LIMIT = 2 ** 49;

/**
 * Returns the text of a count ratio to 6 significant digits (numerator × unit scale / denominator,
 * as `metricValue` gives it, rounded half-up) by long division of whole numbers, or null when the
 * counts are not whole numbers small enough for it.
 */
function ratioText(c: CompiledMetric, evidence: MetricEvidence): string | null {
  const numerator = evidence.numerator ?? 0;
  const denominator = evidence.denominator ?? 1;
  if (typeof numerator !== 'number' || typeof denominator !== 'number') return null;
  const scaled = numerator * c.scale.float;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(c.scale.float) || numerator < 0 || scaled >= QUOTIENT_LIMIT) return null;
  if (!Number.isSafeInteger(denominator) || denominator <= 0 || denominator >= QUOTIENT_LIMIT) return null;
  return quotientText(scaled, denominator, 6);
}

/** Returns a copy of an outcome sharing no objects with it (the score, a decimal, never changes). */
function outcomeCopy(o: KindOutcome): KindOutcome {
  return {
    status: o.status,
    score: o.score,
    required: jsonClone(o.required),
    found: o.found && jsonClone(o.found),
    why: { code: o.why.code, params: jsonClone(o.why.params) },
    shortfall: o.shortfall && { amount: o.shortfall.amount, unit: o.shortfall.unit, relative: o.shortfall.relative },
  };
}

/**
 * Returns the outcome of a metric, with the verdict filled in. Outcomes of
 * evidence given as a value are remembered per value in the compiled criterion (figures such as an
 * on-time share to one decimal or a complaint count repeat across suppliers); each call gets its own
 * copy of the outcome's objects.
 *
 * @example
 * metricOutcome(ctx, otd, { criterion: 'otd', value: 96.5 }, emptyVerdict()).status
 * //=> 'partial'
 */
export function metricOutcome(ctx: FastContext, c: CompiledMetric, evidence: MetricEvidence, verdict: Verdict): KindOutcome {
  const value = evidence.value;
  // -0 is the same key as 0 in a Map but not necessarily the same outcome: worked out each time.
  if (value === undefined || Object.is(value, -0)) return workedOutcome(ctx, c, evidence, verdict);
  const known = c.byValue.get(value);
  if (known !== undefined) {
    verdict.status = known.status;
    verdict.score = known.score;
    verdict.error = known.error;
    verdict.minPoints = Number.POSITIVE_INFINITY;
    verdict.exact = known.exact;
    return outcomeCopy(known.outcome);
  }
  const outcome = workedOutcome(ctx, c, evidence, verdict);
  if (c.byValue.size >= CACHE_LIMIT) c.byValue.clear();
  c.byValue.set(value, {
    outcome: outcomeCopy(outcome),
    status: verdict.status,
    score: verdict.score,
    error: verdict.error,
    exact: verdict.exact,
  });
  return outcome;
}

/**
 * Decides a metric in decimal arithmetic, for a figure the doubles cannot place against a limit, band
 * bound or the clamp to 0–100: failed when worse than the limit, else its exact score, met at 100.
 *
 * @example
 * decideMetricExactly(otd, new Decimal('96.5'), emptyVerdict()).exact?.toString()
 * //=> '81.25'
 */
export function decideMetricExactly(c: CompiledMetric, value: Decimal, verdict: Verdict): Verdict {
  verdict.minPoints = Number.POSITIVE_INFINITY;
  const worse = advantage(c, value, c.limit.exact).lt(0);
  const exact = worse ? ZERO : exactScore(c, value);
  verdict.status = worse ? FAIL : exact.gte(HUNDRED) ? PASS : PARTIAL;
  verdict.exact = exact;
  verdict.score = exact.toNumber();
  verdict.error = Math.abs(verdict.score) * U;
  return verdict;
}

/** Returns the outcome of a metric, worked out, with the verdict filled in: decided in doubles where they are certain, else in decimals. */
function workedOutcome(ctx: FastContext, c: CompiledMetric, evidence: MetricEvidence, verdict: Verdict): KindOutcome {
  const criterion = c.criterion;
  const byValue = evidence.value !== undefined;
  let ratio: Decimal | null = null;
  const exactValue = () => (byValue ? toDecimal(evidence.value as DecimalInput) : (ratio ??= metricValue(criterion, evidence)));
  if (!decideMetric(c, evidence, verdict)) decideMetricExactly(c, exactValue(), verdict);
  const unit = criterion.unit;
  const required = jsonClone(c.required ?? {});
  const shown = byValue ? significantText(evidence.value as DecimalInput, 6) : (ratioText(c, evidence) ?? decimalString(exactValue().toSignificantDigits(6)));
  const found: Record<string, string> = { value: shown };
  if (evidence.numerator !== undefined) {
    found.numerator = canonicalText(evidence.numerator);
    found.denominator = canonicalText(evidence.denominator ?? 1);
  }
  found.unit = unit;
  const params = {
    value: shown,
    limit: criterion.limit,
    target: criterion.target ?? '',
    unit,
    better: c.higher ? 'at least' : 'at most',
  };
  if (verdict.status === FAIL) {
    const amount = advantage(c, exactValue(), c.limit.exact).abs();
    return {
      status: 'fail',
      score: ZERO,
      required,
      found,
      why: { code: 'metric.worseThanLimit', params },
      shortfall: shortfallOf(amount, unit, c.limit.exact, 12),
    };
  }
  if (verdict.status === PASS) {
    verdict.exact = HUNDRED;
    return { status: 'pass', score: HUNDRED, required, found, why: { code: 'metric.meetsTarget', params }, shortfall: null };
  }
  const exact = verdict.exact ?? exactScore(c, exactValue());
  verdict.exact = exact;
  const goal = c.target ? c.target.exact : null;
  const gap = goal ? advantage(c, goal, exactValue()) : null;
  return {
    status: 'partial',
    score: exact,
    required,
    found,
    why: { code: 'metric.belowTarget', params },
    shortfall: gap && gap.gt(0) ? shortfallOf(gap, unit, goal, 12) : null,
  };
}


const METRIC_KEYS = new Set(['criterion', 'value', 'numerator', 'denominator', 'note']);

/** The plan of a metric: limit, target, score at the limit and bands as decimals and doubles. */
export const metricPlan: KindPlan<MetricCriterion, CompiledMetric> = {
  compile(criterion, base) {
    const higher = criterion.direction === 'higher-is-better';
    const limit = fastLimit(criterion.limit);
    const target = criterion.target === undefined ? null : fastLimit(criterion.target);
    const atLimit = fastLimit(criterion.scoreAtLimit);
    const span = target ? (higher ? target.exact.minus(limit.exact) : limit.exact.minus(target.exact)) : null;
    const bands = criterion.bands
      ? criterion.bands
          .map((band, order) => ({ bound: fastLimit(band.bound), score: fastLimit(band.score), order }))
          .sort((a, b) => b.score.exact.comparedTo(a.score.exact) || a.order - b.order)
          .map(({ bound, score }) => ({ bound, score }))
      : null;
    const scale = ratioScale(criterion.unit);
    return {
      ...base,
      higher,
      limit,
      target,
      atLimit,
      rise: new Decimal(100).minus(atLimit.exact),
      riseFloat: new Decimal(100).minus(atLimit.exact).toNumber(),
      span: span ? { exact: span, float: span.toNumber(), positive: span.gt(0) } : null,
      bands,
      scale: { exact: scale, float: scale.toNumber() },
      byValue: new Map(),
    };
  },
  fits(_compiled, _holder, _c, e) {
    if (!onlyKeys(e, METRIC_KEYS)) return false;
    const { value, numerator, denominator } = e;
    if (value !== undefined) return isDecimal(value) && numerator === undefined && denominator === undefined;
    if (numerator === undefined || denominator === undefined || !isDecimal(numerator) || !isDecimal(denominator)) return false;
    return signOf(denominator as number | string) > 0 && signOf(numerator as number | string) >= 0;
  },
  outcome: (ctx, c, entry, _holder, verdict) => metricOutcome(ctx, c, entry as unknown as MetricEvidence, verdict),
  decide(_ctx, c, entry, _holder, verdict) {
    const evidence = entry as unknown as MetricEvidence;
    if (decideMetric(c, evidence, verdict)) return true;
    decideMetricExactly(c, metricValue(c.criterion, evidence), verdict);
    return false;
  },
  exactScore(_ctx, c, entry, _holder, status, _fast, verdict) {
    verdict.status = status;
    return metricExactScore(c, entry as unknown as MetricEvidence, verdict);
  },
};
