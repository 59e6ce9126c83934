import * as z from 'zod/mini';
import { calendarDateSchema, idSchema, noteSchema, textSchema } from './primitives.js';

/**
 * One evidence entry, named by the criterion it answers. Its fields depend on the criterion's kind and
 * are checked against the profile when evaluated: `values` (measurement), `points`/`results`/
 * `notApplicable` (audit question), `standard`/`expires` (certificate), `value` or `numerator`/
 * `denominator` (metric), `status`/`date` (document), `value: true|false` (check).
 */
export const evidenceEntrySchema = z.looseObject({
  criterion: idSchema,
  note: z.optional(noteSchema),
});
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

/** One audited process step: its id (as used in audit-question `steps`), title and product group. */
export const processStepSchema = z.strictObject({
  id: idSchema,
  title: z.optional(textSchema),
  productGroup: z.optional(idSchema),
});
export type ProcessStep = z.infer<typeof processStepSchema>;

/** What the audit found for one supplier: who, when, by whom, and one entry per criterion. */
export const evidenceSchema = z.strictObject({
  $schema: z.optional(z.string()),
  supplier: z.strictObject({
    id: idSchema,
    name: textSchema,
    region: z.optional(textSchema),
  }),
  auditDate: calendarDateSchema,
  auditor: z.optional(textSchema),
  /** The profile id and version this evidence was collected for (checked when given). */
  profile: z.optional(z.strictObject({ id: idSchema, version: z.optional(z.string()) })),
  /**
   * The process steps audited (VDA 6.3:2016 P6), each optionally in a product group. When given, every
   * step named in an audit question's `steps` must be listed here.
   */
  processSteps: z.optional(z.array(processStepSchema).check(z.maxLength(1000))),
  entries: z.array(evidenceEntrySchema).check(z.maxLength(100000)),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceInput = z.input<typeof evidenceSchema>;

