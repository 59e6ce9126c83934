import * as z from 'zod/mini';
import { ValidationError } from '../../errors/index.js';
import { gradeBandSchema } from '../../schema/profile.js';
import { fromZodIssues } from '../../schema/fromZodIssues.js';
import { decimalSchema, idSchema, nonNegativeDecimalSchema, textSchema } from '../../schema/primitives.js';

const settingsSchema = z.union([
  z.boolean(),
  z.strictObject({ weight: z.optional(nonNegativeDecimalSchema), target: z.optional(decimalSchema), limit: z.optional(decimalSchema) }),
]);

/** What a scorecard is built from. */
export const scorecardBlockOptionsSchema = z.strictObject({
  /** The category id of the block (default `scorecard`). */
  category: z.optional(idSchema),
  title: z.optional(textSchema),
  weight: z.optional(nonNegativeDecimalSchema),
  /** Weighting key: the weight of each main criterion (default 1 each). */
  weights: z.optional(
    z.strictObject({
      quality: z.optional(nonNegativeDecimalSchema),
      delivery: z.optional(nonNegativeDecimalSchema),
      service: z.optional(nonNegativeDecimalSchema),
    }),
  ),
  /** Per subcriterion: `false` to leave it out, `true` to add it, or its weight, target and limit. */
  subcriteria: z.optional(
    z.strictObject({
      'goods-receipt': z.optional(settingsSchema),
      'incoming-ppm': z.optional(settingsSchema),
      complaints: z.optional(settingsSchema),
      'eight-d-response': z.optional(settingsSchema),
      'on-time-delivery': z.optional(settingsSchema),
      'quantity-reliability': z.optional(settingsSchema),
      'service-score': z.optional(settingsSchema),
    }),
  ),
  /** Classes from the total: `driv` (default), `abc`, or the buyer's own bands, best first. */
  classes: z.optional(z.union([z.enum(['driv', 'abc']), z.array(gradeBandSchema).check(z.minLength(1), z.maxLength(20))])),
  /** Prefix of the criterion ids (default none). */
  idPrefix: z.optional(z.string().check(z.maxLength(100))),
});
export type ScorecardBlockOptions = z.input<typeof scorecardBlockOptionsSchema>;

/**
 * Returns checked scorecard options, or throws one `ValidationError` listing every problem.
 *
 * @example
 * checkedScorecardOptions(scorecardBlockOptionsSchema, { weights: { quality: -1 } })
 * //=> throws ValidationError: weights.quality: Must be at least 0.
 */
export function checkedScorecardOptions<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fromZodIssues(parsed.error.issues, input), 'scorecard options');
  return parsed.data;
}
