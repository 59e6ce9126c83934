import * as z from 'zod/mini';
import type { ProfileInput } from '../../schema/profile.js';
import { idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import { composeProfile } from '../composeProfile.js';
import { scorecardCriterion } from './scorecardCriteria.js';
import { checkedScorecardOptions, scorecardBlockOptionsSchema } from './scorecardOptions.js';
import { scorecardParts } from './scorecardParts.js';

/** What a scorecard profile is built from: the scorecard's options and the profile's own fields. */
export const scorecardProfileOptionsSchema = z.strictObject({
  ...scorecardBlockOptionsSchema.shape,
  id: idSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  title: textSchema,
  description: z.optional(noteSchema),
  buyer: z.optional(textSchema),
  component: z.strictObject({ name: textSchema, partNumber: z.optional(textSchema), drawing: z.optional(textSchema) }),
  /** Places of the total (default 2, so 89.99 stays below 90). */
  places: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
});
export type ScorecardProfileOptions = z.input<typeof scorecardProfileOptionsSchema>;

/**
 * Returns a periodic supplier scorecard profile in the style of SAP MM vendor evaluation: one category
 * per main criterion (quality, delivery, service) weighted by the weighting key, each subcriterion a
 * metric scored 1–100 (1 at its limit, 100 at its target, linear between; a `score` subcriterion such
 * as complaints takes a 1–100 score computed with `complaintScore` or `goodsReceiptScore`), and the
 * total classed by grade bands (default DRiV: Preferred ≥ 90, Acceptable ≥ 70, Developmental). Plain
 * JSON, checked to be a valid profile. Throws a `ValidationError` for bad options.
 *
 * @example
 * scorecardProfile({ id: 'sc', version: '2026-Q4', title: 'Quarterly scorecard', component: { name: 'Injector' } }).categories.map((c) => c.id)
 * //=> ['quality', 'delivery', 'service']
 */
export function scorecardProfile(input: ScorecardProfileOptions): ProfileInput {
  const options = checkedScorecardOptions(scorecardProfileOptionsSchema, input);
  const prefix = options.idPrefix ?? '';
  const { mains, classes } = scorecardParts(options);
  const titles = { quality: 'Quality', delivery: 'Delivery', service: 'Service' } as const;
  const titlesId = { quality: 'Mutu', delivery: 'Pengiriman', service: 'Layanan' } as const;
  return composeProfile({
    id: options.id,
    version: options.version,
    title: options.title,
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(options.buyer !== undefined ? { buyer: options.buyer } : {}),
    component: options.component,
    places: options.places ?? 2,
    grades: classes,
    blocks: [
      {
        categories: mains.map((m) => ({
          id: `${prefix}${m.main}`,
          title: titles[m.main],
          weight: m.weight,
          criteria: m.subs.map(({ sub, settings }) => scorecardCriterion(sub, settings, prefix)),
          translations: { id: { title: titlesId[m.main] } },
        })),
        rules: [],
      },
    ],
  });
}
