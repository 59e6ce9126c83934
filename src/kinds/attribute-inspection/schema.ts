import * as z from 'zod/mini';
import { Decimal } from '../../decimal.js';
import { AQL_VALUES } from '../../sampling/aqlValues.js';
import { editionSchema, inspectionLevelSchema } from '../../sampling/schemas.js';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { decimalSchema, idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';

/**
 * Incoming inspection of lots by attributes under an ISO 2859-1 single sampling plan: the AQL, the
 * inspection level, and the severity (normal, tightened, reduced, or `switching` to follow the
 * switching rules over the lot history).
 */
export const attributeInspectionCriterionSchema = z.strictObject({
  kind: z.literal('attribute-inspection'),
  ...criterionBaseShape,
  aql: decimalSchema,
  level: z._default(inspectionLevelSchema, 'II'),
  inspection: z._default(z.enum(['normal', 'tightened', 'reduced', 'switching']), 'switching'),
  edition: z._default(editionSchema, 'ISO 2859-1:1999'),
});
export type AttributeInspectionCriterion = z.infer<typeof attributeInspectionCriterionSchema>;

/** One lot inspected on original inspection. */
export const inspectedLotSchema = z.strictObject({
  id: z.optional(textSchema),
  lotSize: z.int().check(z.minimum(2), z.maximum(1_000_000_000)),
  inspected: z.int().check(z.minimum(0)),
  nonconforming: z.int().check(z.minimum(0)),
  productionIrregular: z.optional(z.boolean()),
});

/** The lots inspected, in the order they were received. */
export const attributeInspectionEvidenceSchema = z.strictObject({
  criterion: idSchema,
  lots: z.array(inspectedLotSchema).check(z.minLength(1), z.maxLength(10000)),
  note: z.optional(noteSchema),
});
export type AttributeInspectionEvidence = z.infer<typeof attributeInspectionEvidenceSchema>;

/** Returns whether an AQL is a column of the sampling tables. */
export function isTableAql(aql: string): boolean {
  return AQL_VALUES.some((value) => new Decimal(value).eq(aql));
}

/**
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * attributeInspectionRequirement({ kind: 'attribute-inspection', aql: '1.0', level: 'II', inspection: 'normal', edition: '1999', ... }, { at: '2026-11-28' })
 * //=> { aql: '1.0', level: 'II', inspection: 'normal', edition: '1999' }
 */
export function attributeInspectionRequirement(criterion: AttributeInspectionCriterion, _context: CriterionContext): Record<string, JsonValue> {
  return { aql: criterion.aql, level: criterion.level, inspection: criterion.inspection, edition: criterion.edition };
}
