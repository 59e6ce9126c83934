import * as z from 'zod/mini';
import type { ProfileInput } from '../../schema/profile.js';
import { daysSchema, idSchema, noteSchema, textSchema } from '../../schema/primitives.js';
import { composeProfile } from '../composeProfile.js';
import { vda63Block } from './vda63Block.js';
import { VDA63_GRADES } from './vda63Grades.js';
import { checkedVda63Options, vda63BlockOptionsSchema } from './vda63Options.js';

/** What a VDA 6.3 profile is built from: the block's options and the profile's own fields. */
export const vda63ProfileOptionsSchema = z.strictObject({
  ...vda63BlockOptionsSchema.shape,
  id: idSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  /** The profile title (the category keeps the default `Process audit (VDA 6.3:<edition>)`). */
  title: textSchema,
  categoryTitle: z.optional(textSchema),
  description: z.optional(noteSchema),
  buyer: z.optional(textSchema),
  component: z.strictObject({ name: textSchema, partNumber: z.optional(textSchema), drawing: z.optional(textSchema) }),
  /** Days after the audit by which a conditionally approved (B) supplier is audited again. */
  reauditDays: z.optional(daysSchema),
});
export type Vda63ProfileOptions = z.input<typeof vda63ProfileOptionsSchema>;

/**
 * Returns a requirement profile for a VDA 6.3 process audit (full, or partial such as P5–P7): one
 * category of audit questions whose score is E_G, classified A ≥ 90 %, B 80 % to < 90 %, C < 80 %
 * (VDA 6.3:2016 book p. 37) by its grade bands, with the 2016 downgrading, product-group and 2/3
 * coverage rules (see `vda63Rules`). The score, and so the E_G that is classified, is rounded to
 * `places` (default 1); whether the standard rounds E_G is not known. Plain JSON, checked to be a
 * valid profile. Throws a `ValidationError` for bad options and for edition 2023.
 *
 * @example
 * const profile = vda63Profile({ edition: '2016', id: 'vda63-p6', version: '1', title: 'P6 audit',
 *   component: { name: 'Injector' }, elements: [{ element: 'P6', questions: [{ number: 'P6.3.1' }] }] });
 * profile.grades
 * //=> [{ grade: 'A', min: '90', decision: 'approved' }, { grade: 'B', min: '80', decision: 'conditional' }, { grade: 'C', min: '0', decision: 'rejected' }]
 */
export function vda63Profile(input: Vda63ProfileOptions): ProfileInput {
  const options = checkedVda63Options(vda63ProfileOptionsSchema, input);
  const { id, version, title, categoryTitle, description, buyer, component, reauditDays, ...block } = options;
  const places = block.places ?? 1;
  return composeProfile({
    id,
    version,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(buyer !== undefined ? { buyer } : {}),
    component,
    places,
    grades: VDA63_GRADES,
    decision: { missingEvidence: 'incomplete', belowCategoryMinimum: 'rejected', ...(reauditDays !== undefined ? { reauditDays } : {}) },
    blocks: [vda63Block({ ...block, ...(categoryTitle !== undefined ? { title: categoryTitle } : {}), classify: false })],
  });
}
