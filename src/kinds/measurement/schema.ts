import * as z from 'zod/mini';
import { Decimal, decimalString, toDecimal, type DecimalInput } from '../../decimal.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { convertValue, unitKey } from '../../units/index.js';
import { ValidationError } from '../../errors/index.js';
import { schemaIssues } from '../../schema/schemaIssues.js';
import { decimalInputSchema, decimalSchema, idSchema, noteSchema } from '../../schema/primitives.js';
import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';
import { capabilityRequirementSchema } from './capabilityRequirement.js';
import { selectedRules } from './stabilityRequirement.js';

const shareSchema = decimalSchema.check(
  z.refine((v: string) => toDecimal(v).gt(0) && toDecimal(v).lte(100), {
    params: { code: 'out_of_range', minimum: '0 (exclusive)', maximum: 100 },
  }),
);

/**
 * A measured characteristic: a unit and limits, given as nominal ± tolerance, as nominal with upper and
 * lower deviations (ISO 286 style, signed), or as lower/upper specification limits (either may be
 * omitted for a one-sided specification).
 */
export const measurementCriterionSchema = z.strictObject({
  kind: z.literal('measurement'),
  ...criterionBaseShape,
  unit: z.string().check(z.minLength(1), z.maxLength(30)),
  nominal: z.optional(decimalSchema),
  tolerance: z.optional(decimalSchema),
  upperDeviation: z.optional(decimalSchema),
  lowerDeviation: z.optional(decimalSchema),
  lsl: z.optional(decimalSchema),
  usl: z.optional(decimalSchema),
  /** Percentage of values that must lie within the limits (default 100). */
  requiredShare: z._default(shareSchema, '100'),
  /** Percentage of conforming values from which partial credit starts (off by default). */
  partialFromShare: z.optional(shareSchema),
  /** Smallest step the gauge resolves, for boundary tests (optional). */
  resolution: z.optional(decimalSchema),
  /** A process-capability requirement (Cpk or Ppk) on the same values. */
  capability: z.optional(capabilityRequirementSchema),
  /** The id of the gauge-study criterion that qualifies the gauge: a measurement with a gauge that is not qualified is not a pass. */
  gauge: z.optional(idSchema),
});
export type MeasurementCriterion = z.infer<typeof measurementCriterionSchema>;

/** The most measured values one evidence entry may give, subgroups counted together. */
export const MAX_MEASURED_VALUES = 1_000_000;

const valuesSchema = z.union([
  z.array(decimalInputSchema).check(z.maxLength(MAX_MEASURED_VALUES)),
  // Subgroups: as many as the values allow (a million values in subgroups of 5 are 200,000 subgroups).
  z.array(z.array(decimalInputSchema).check(z.minLength(1), z.maxLength(1000))).check(z.maxLength(MAX_MEASURED_VALUES)),
]);

/** Returns whether a values list holds at most `MAX_MEASURED_VALUES` values, counted before any is read. */
function withinValueLimit(values: unknown): boolean {
  if (!Array.isArray(values)) return true;
  let count = 0;
  for (const group of values) count += Array.isArray(group) ? group.length : 1;
  return count <= MAX_MEASURED_VALUES;
}

/** Measured values for a characteristic, in production order or as subgroups, optionally in another unit. */
export const measurementEvidenceSchema = z.strictObject({
  criterion: idSchema,
  values: z.pipe(
    z.custom<z.input<typeof valuesSchema>>(withinValueLimit, { params: { code: 'too_many_values', maximum: MAX_MEASURED_VALUES } }),
    valuesSchema,
  ),
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(30))),
  note: z.optional(noteSchema),
});
export type MeasurementEvidence = z.infer<typeof measurementEvidenceSchema>;

/** The specification limits a measurement criterion resolves to. */
export interface SpecLimits {
  readonly lsl: Decimal | null;
  readonly usl: Decimal | null;
  readonly nominal: Decimal | null;
}

/**
 * Returns the lower and upper specification limits of a parsed measurement criterion, whichever way
 * they were written, without checking the criterion (the evaluators' path; `specLimits` checks).
 *
 * @example
 * limitsOf({ nominal: '6.5', tolerance: '0.05' } as MeasurementCriterion).usl?.toString()
 * //=> '6.55'
 */
export function limitsOf(criterion: Pick<MeasurementCriterion, 'nominal' | 'tolerance' | 'upperDeviation' | 'lowerDeviation' | 'lsl' | 'usl'>): SpecLimits {
  const nominal = criterion.nominal === undefined ? null : toDecimal(criterion.nominal);
  if (nominal && criterion.tolerance !== undefined) {
    const tol = toDecimal(criterion.tolerance);
    return { nominal, lsl: nominal.minus(tol), usl: nominal.plus(tol) };
  }
  if (nominal && (criterion.upperDeviation !== undefined || criterion.lowerDeviation !== undefined)) {
    return {
      nominal,
      lsl: criterion.lowerDeviation === undefined ? null : nominal.plus(toDecimal(criterion.lowerDeviation)),
      usl: criterion.upperDeviation === undefined ? null : nominal.plus(toDecimal(criterion.upperDeviation)),
    };
  }
  return {
    nominal,
    lsl: criterion.lsl === undefined ? null : toDecimal(criterion.lsl),
    usl: criterion.usl === undefined ? null : toDecimal(criterion.usl),
  };
}

/** The limit fields `specLimits` reads, each a number or decimal text when given. */
const limitFieldsSchema = z.object({
  nominal: z.optional(decimalInputSchema),
  tolerance: z.optional(decimalInputSchema),
  upperDeviation: z.optional(decimalInputSchema),
  lowerDeviation: z.optional(decimalInputSchema),
  lsl: z.optional(decimalInputSchema),
  usl: z.optional(decimalInputSchema),
});

/**
 * Returns the lower and upper specification limits of a measurement criterion, whichever way they
 * were written. Throws a `ValidationError` naming every limit field that is not a number or decimal
 * text (or when the criterion is not an object).
 *
 * @example
 * specLimits({ nominal: '6.5', tolerance: '0.05' } as MeasurementCriterion).usl?.toString()
 * //=> '6.55'
 */
export function specLimits(criterion: Pick<MeasurementCriterion, 'nominal' | 'tolerance' | 'upperDeviation' | 'lowerDeviation' | 'lsl' | 'usl'>): SpecLimits {
  const issues = schemaIssues(limitFieldsSchema, criterion);
  if (issues.length > 0) throw new ValidationError(issues, 'criterion');
  return limitsOf(criterion);
}

/** A limit with its float twin, so values far from it are decided without building decimals. */
interface FastLimit {
  readonly exact: Decimal;
  readonly float: number;
}

const RELATIVE_MARGIN = 1e-9;

/**
 * Returns -1, 0 or 1 as `value` is below, on or above `limit`. Values clearly away from the limit are
 * decided by their binary value (a margin of 1e-9 relative, far above any rounding of a decimal text to
 * a double); anything closer is decided exactly in decimal, so 10.05 on a limit of 10.05 is on it.
 */
export function compareToLimit(value: DecimalInput, limit: FastLimit): number {
  const float = typeof value === 'number' ? value : Number(value);
  const margin = RELATIVE_MARGIN * Math.max(Math.abs(float), Math.abs(limit.float), 1e-300);
  if (float > limit.float + margin) return 1;
  if (float < limit.float - margin) return -1;
  return toDecimal(value).comparedTo(limit.exact);
}

/** Flattens subgroups into one list in production order. */
export function flatValues(values: MeasurementEvidence['values']): DecimalInput[] {
  if (values.length === 0 || !Array.isArray(values[0])) return values as DecimalInput[];
  return (values as DecimalInput[][]).flat();
}

/**
 * Returns the measured values in the criterion's unit: as given when the evidence states no other
 * unit, else each converted exactly (to 50 significant digits) from the evidence's unit.
 *
 * @example
 * valuesInUnit('mm', { criterion: 'd', values: [0.25], unit: 'in' })
 * //=> ['6.35']
 */
export function valuesInUnit(unit: string, evidence: MeasurementEvidence): DecimalInput[] {
  return flatValues(groupedValuesInUnit(unit, evidence));
}

/**
 * Returns the measured values in the criterion's unit, subgroups kept: as given when the evidence
 * states no other unit, else each converted exactly (to 50 significant digits) from the evidence's unit.
 *
 * @example
 * groupedValuesInUnit('mm', { criterion: 'd', values: [[0.25, 0.5]], unit: 'in' })
 * //=> [['6.35', '12.7']]
 */
export function groupedValuesInUnit(unit: string, evidence: MeasurementEvidence): MeasurementEvidence['values'] {
  return subgroupsInUnit(unit, evidence) ?? inUnit(unit, evidence, evidence.values as DecimalInput[]);
}

function inUnit(unit: string, evidence: MeasurementEvidence, values: DecimalInput[]): DecimalInput[] {
  if (evidence.unit === undefined || unitKey(evidence.unit) === unitKey(unit)) return values;
  const from = evidence.unit;
  return values.map((value) => decimalString(convertValue(toDecimal(value), from, unit)));
}

/** Returns the subgroups in the criterion's unit when the evidence gives subgroups, else null. */
function subgroupsInUnit(unit: string, evidence: MeasurementEvidence): DecimalInput[][] | null {
  const values = evidence.values;
  if (values.length === 0 || !Array.isArray(values[0])) return null;
  return (values as DecimalInput[][]).map((group) => inUnit(unit, evidence, group));
}

/**
 * Returns the mean to 12 significant digits: the float mean when it is finite, else (values near the
 * largest double, whose float sum overflows) the exact decimal mean.
 */
export function meanOf(values: readonly DecimalInput[], floatMean: number): Decimal {
  if (Number.isFinite(floatMean)) return new Decimal(floatMean.toPrecision(12));
  let sum = new Decimal(0);
  for (const value of values) sum = sum.plus(toDecimal(value));
  return sum.div(values.length).toSignificantDigits(12);
}

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * measurementRequirement({ kind: 'measurement', lsl: '3.18', usl: '3.22', unit: 'mm', ... }, { at: '2026-11-28' })
 * //=> { lsl: '3.18', usl: '3.22', unit: 'mm', requiredShare: '100' }
 */
export function measurementRequirement(criterion: MeasurementCriterion, _context: CriterionContext): Record<string, JsonValue> {
  const limits = limitsOf(criterion);
  return {
    ...(limits.lsl ? { lsl: decimalString(limits.lsl) } : {}),
    ...(limits.usl ? { usl: decimalString(limits.usl) } : {}),
    ...(limits.nominal ? { nominal: decimalString(limits.nominal) } : {}),
    unit: criterion.unit,
    requiredShare: criterion.requiredShare,
    ...(criterion.capability
      ? {
          capability: {
            index: criterion.capability.index,
            min: criterion.capability.min,
            minSamples: criterion.capability.minSamples,
            ...(criterion.capability.useLowerBound ? { lowerBoundAt: criterion.capability.confidence } : {}),
            ...(criterion.capability.requireStable
              ? { stable: { rules: selectedRules(criterion.capability.requireStable.rules), onUnstable: criterion.capability.requireStable.onUnstable } }
              : {}),
          },
        }
      : {}),
  };
}
