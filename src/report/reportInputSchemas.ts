import * as z from 'zod/mini';
import { decimalInputSchema } from '../schema/primitives.js';

const translationsSchema = z.optional(
  z.looseObject({
    en: z.optional(z.looseObject({ title: z.optional(z.string()), remedy: z.optional(z.string()) })),
    id: z.optional(z.looseObject({ title: z.optional(z.string()), remedy: z.optional(z.string()) })),
  }),
);

/**
 * What a report reads from a profile (`ReportProfile`): a parsed profile or the profile JSON fits;
 * other fields pass unchecked.
 *
 * @example
 * reportProfileSchema.safeParse({ grades: [{ grade: 'A', min: 90 }] }).success
 * //=> true
 */
export const reportProfileSchema = z.looseObject({
  title: z.optional(z.string()),
  places: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  translations: translationsSchema,
  grades: z.optional(z.array(z.looseObject({ grade: z.string(), min: decimalInputSchema }))),
  categories: z.optional(
    z.array(
      z.looseObject({
        id: z.string(),
        title: z.optional(z.string()),
        minScore: z.optional(decimalInputSchema),
        translations: translationsSchema,
        criteria: z.optional(z.array(z.looseObject({ id: z.string(), translations: translationsSchema }))),
      }),
    ),
  ),
  rules: z.optional(z.array(z.looseObject({ id: z.string(), translations: translationsSchema }))),
});

/**
 * What a report reads from evidence (`ReportEvidence`): each entry's criterion, measured values (a
 * list, or a list of subgroups) and unit; parsed evidence or the evidence JSON fits.
 *
 * @example
 * reportEvidenceSchema.safeParse({ entries: [{ criterion: 'throat-d', values: ['6.51', 6.49] }] }).success
 * //=> true
 */
export const reportEvidenceSchema = z.looseObject({
  entries: z.array(
    z.looseObject({
      criterion: z.string(),
      values: z.optional(z.union([z.array(decimalInputSchema), z.array(z.array(decimalInputSchema))])),
      unit: z.optional(z.string()),
    }),
  ),
});
