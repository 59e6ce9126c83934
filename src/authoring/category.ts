import type * as z from 'zod/mini';
import type { CriterionInput } from '../criteria/criterion.js';
import type { categorySchema } from '../schema/profile.js';

/** Everything a category takes besides its id and title: its criteria, weight, minimum score, translations. */
export type CategoryOptions<C extends readonly CriterionInput[] = readonly CriterionInput[]> = Omit<z.input<typeof categorySchema>, 'id' | 'title' | 'criteria'> & {
  readonly criteria: C;
};

/** What `category` returns: the category as plain JSON-form data, its id and criteria as literal types. */
export type BuiltCategory<Id extends string, C extends readonly CriterionInput[]> = { readonly id: Id; readonly title: string } & CategoryOptions<C>;

/**
 * Returns a category: a weighted group of criteria (default weight 1), optionally with a minimum score
 * below which the decision is capped. The same data as its JSON form.
 *
 * @example
 * category('material', 'Material', { weight: 1, criteria: [requiredDocument('mtr', 'Material test report', { causeFamily: 'material' })] }).criteria.length
 * //=> 1
 */
export function category<const Id extends string, const C extends readonly CriterionInput[]>(
  id: Id,
  title: string,
  options: CategoryOptions<C>,
): BuiltCategory<Id, C> {
  return { id, title, ...options };
}
