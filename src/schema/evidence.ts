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
  entries: z.array(evidenceEntrySchema).check(z.maxLength(100000)),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceInput = z.input<typeof evidenceSchema>;

