import * as z from 'zod/mini';
import { attributeInspectionCriterionSchema, attributeInspectionEvidenceSchema } from '../kinds/attribute-inspection/schema.js';
import { auditQuestionCriterionSchema, auditQuestionEvidenceSchema } from '../kinds/audit-question/schema.js';
import { certificateCriterionSchema, certificateEvidenceSchema } from '../kinds/certificate/schema.js';
import { checkCriterionSchema, checkEvidenceSchema } from '../kinds/check/schema.js';
import { documentCriterionSchema, documentEvidenceSchema } from '../kinds/document/schema.js';
import { measurementCriterionSchema, measurementEvidenceSchema } from '../kinds/measurement/schema.js';
import { metricCriterionSchema, metricEvidenceSchema } from '../kinds/metric/schema.js';

/** Every criterion kind, told apart by `kind`. Adding a kind adds one member here. */
export const criterionSchema = z.discriminatedUnion('kind', [
  measurementCriterionSchema,
  auditQuestionCriterionSchema,
  certificateCriterionSchema,
  metricCriterionSchema,
  documentCriterionSchema,
  checkCriterionSchema,
  attributeInspectionCriterionSchema,
]);
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionInput = z.input<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];

/** The evidence schema of each criterion kind. */
export const evidenceSchemaByKind = {
  measurement: measurementEvidenceSchema,
  'audit-question': auditQuestionEvidenceSchema,
  certificate: certificateEvidenceSchema,
  metric: metricEvidenceSchema,
  document: documentEvidenceSchema,
  check: checkEvidenceSchema,
  'attribute-inspection': attributeInspectionEvidenceSchema,
} as const satisfies Record<CriterionKind, unknown>;

/** The evidence entry for a criterion of kind `K`. */
export type EvidenceEntryFor<K extends CriterionKind> = z.infer<(typeof evidenceSchemaByKind)[K]>;
