import * as z from 'zod/mini';
import {
  causeFamilySchema,
  idSchema,
  nonNegativeDecimalSchema,
  noteSchema,
  severitySchema,
  textSchema,
} from './primitives.js';

/** Effort to close a gap on this criterion, used to prefer cheaper fixes in the path to a pass. */
export const effortSchema = z.strictObject({
  days: z.optional(nonNegativeDecimalSchema),
  cost: z.optional(nonNegativeDecimalSchema),
  currency: z.optional(z.string().check(z.minLength(1), z.maxLength(10))),
});

/** Texts in another language for a buyer-written title or remedy. */
export const translationsSchema = z.strictObject({
  en: z.optional(z.strictObject({ title: z.optional(textSchema), remedy: z.optional(noteSchema) })),
  id: z.optional(z.strictObject({ title: z.optional(textSchema), remedy: z.optional(noteSchema) })),
});

/**
 * The fields every criterion has, whatever its kind: identity, weight, severity, cause family, the
 * remedy hint and a reference to a clause or drawing.
 */
export const criterionBaseShape = {
  id: idSchema,
  title: textSchema,
  weight: z._default(nonNegativeDecimalSchema, '1'),
  severity: z._default(severitySchema, 'major'),
  causeFamily: causeFamilySchema,
  remedy: z.optional(noteSchema),
  reference: z.optional(textSchema),
  effort: z.optional(effortSchema),
  translations: z.optional(translationsSchema),
};
