import * as z from 'zod/mini';
import { Decimal, toDecimal } from '../../decimal.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { decimalInputSchema, decimalSchema, idSchema, noteSchema } from '../../schema/primitives.js';
import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';

/** One step of a banded score: a value at least as good as `bound` earns `score`. */
export const metricBandSchema = z.strictObject({ bound: decimalSchema, score: decimalSchema });

/**
 * A figure such as defect PPM, on-time delivery %, monthly capacity or lead time: a direction, a pass
 * limit, and either a full-score target with linear scoring in between or step bands.
 */
export const metricCriterionSchema = z.strictObject({
  kind: z.literal('metric'),
  ...criterionBaseShape,
  /** Unit of the figure (may be empty). `ppm` scales a count ratio by 1,000,000 and `%` by 100. */
  unit: z._default(z.string().check(z.maxLength(30)), ''),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  /** The pass limit: worse than this fails. */
  limit: decimalSchema,
  /** The value that earns full score; between limit and target the score rises linearly. */
  target: z.optional(decimalSchema),
  /** Score at the pass limit when a target is given (default 0). */
  scoreAtLimit: z._default(decimalSchema, '0'),
  /** Step bands instead of linear scoring, best first or in any order. */
  bands: z.optional(z.array(metricBandSchema).check(z.minLength(1), z.maxLength(50))),
  /** Smallest step the figure is reported in, for boundary tests (optional). */
  resolution: z.optional(decimalSchema),
});
export type MetricCriterion = z.infer<typeof metricCriterionSchema>;

/** A figure as a value, or as a count over a base (e.g. defective parts over parts received). */
export const metricEvidenceSchema = z.strictObject({
  criterion: idSchema,
  value: z.optional(decimalInputSchema),
  numerator: z.optional(decimalInputSchema),
  denominator: z.optional(decimalInputSchema),
  note: z.optional(noteSchema),
});
export type MetricEvidence = z.infer<typeof metricEvidenceSchema>;

/**
 * Returns the factor a count ratio is scaled by for a unit: 1,000,000 for `ppm`, 100 for `%`, else 1.
 *
 * @example
 * ratioScale('ppm').toString()
 * //=> '1000000'
 */
export function ratioScale(unit: string): Decimal {
  const u = unit.trim().toLowerCase();
  if (u === 'ppm') return new Decimal(1_000_000);
  if (u === '%' || u === 'percent') return new Decimal(100);
  return new Decimal(1);
}

/**
 * Returns the figure a metric's evidence states: its value, or numerator / denominator scaled to the
 * unit (12 rejected of 48,000 received in `ppm` is 250).
 *
 * @example
 * metricValue({ unit: 'ppm' }, { criterion: 'ppm', numerator: 12, denominator: 48000 }).toString()
 * //=> '250'
 */
export function metricValue(criterion: Pick<MetricCriterion, 'unit'>, evidence: MetricEvidence): Decimal {
  if (evidence.value !== undefined) return toDecimal(evidence.value);
  return toDecimal(evidence.numerator ?? 0)
    .times(ratioScale(criterion.unit))
    .div(toDecimal(evidence.denominator ?? 1));
}

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * metricRequirement({ kind: 'metric', direction: 'lower-is-better', limit: '1000', unit: 'ppm', ... }, { at: '2026-11-28' })
 * //=> { direction: 'lower-is-better', limit: '1000', unit: 'ppm' }
 */
export function metricRequirement(criterion: MetricCriterion, _context: CriterionContext): Record<string, JsonValue> {
  return {
    direction: criterion.direction,
    limit: criterion.limit,
    ...(criterion.target !== undefined ? { target: criterion.target } : {}),
    unit: criterion.unit,
  };
}
