import * as z from 'zod/mini';
import type { ProfileInput } from '../../schema/profile.js';
import { idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import { composeProfile } from '../composeProfile.js';
import { ppapBlock } from './ppapBlock.js';
import { PPAP_GRADES } from './ppapGrades.js';
import { checkedPpapOptions, ppapBlockOptionsSchema } from './ppapOptions.js';

/** What a PPAP profile is built from: the block's options and the profile's own fields. */
export const ppapProfileOptionsSchema = z.strictObject({
  ...ppapBlockOptionsSchema.shape,
  id: idSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  title: textSchema,
  categoryTitle: z.optional(textSchema),
  description: z.optional(noteSchema),
  buyer: z.optional(textSchema),
  component: z.strictObject({ name: textSchema, partNumber: z.optional(textSchema), drawing: z.optional(textSchema) }),
});
export type PpapProfileOptions = z.input<typeof ppapProfileOptionsSchema>;

/**
 * Returns a requirement profile for a PPAP submission at one level (see `ppapBlock`): approved when
 * every required element is approved; conditional (a candidate for interim approval, see
 * `pswDispositionFor`) when any is not; rejected when a critical element (default the PSW) is not;
 * incomplete when a required element is missing. Plain JSON, checked to be a valid profile. Throws a
 * `ValidationError` for bad options.
 *
 * @example
 * ppapProfile({ level: 3, id: 'inj-ppap', version: '1', title: 'Injector PPAP', component: { name: 'Injector' } }).categories[0].criteria.length
 * //=> 17
 */
export function ppapProfile(input: PpapProfileOptions): ProfileInput {
  const options = checkedPpapOptions(ppapProfileOptionsSchema, input);
  const { id, version, title, categoryTitle, description, buyer, component, ...block } = options;
  return composeProfile({
    id,
    version,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(buyer !== undefined ? { buyer } : {}),
    component,
    grades: PPAP_GRADES,
    blocks: [ppapBlock({ ...block, ...(categoryTitle !== undefined ? { title: categoryTitle } : {}) })],
  });
}
