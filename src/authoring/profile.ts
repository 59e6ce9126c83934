import type * as z from 'zod/mini';
import type { CriterionInput } from '../criteria/criterion.js';
import { defineProfile } from '../parse/parseProfile.js';
import type { categorySchema, gradeBandSchema, profileSchema } from '../schema/profile.js';
import type { ProfileShapeOf, TypedProfile } from '../schema/profileShape.js';
import type { ruleSchema } from '../schema/rule.js';

type CategoryInput = z.input<typeof categorySchema>;
type GradeBandInput = z.input<typeof gradeBandSchema>;
type RuleInput = z.input<typeof ruleSchema>;
type ConditionInput = RuleInput['when'];
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type IdOf<T> = T extends { readonly id: infer I extends string } ? I : never;

/** The default grade bands as literal types: A from 90, B from 80, C below. */
export type DefaultGrades = readonly [{ grade: 'A'; min: 90 }, { grade: 'B'; min: 80 }, { grade: 'C'; min: 0 }];

/** A rule condition whose criterion and category lists accept only the profile's own ids. */
export type ConditionFor<CriterionIds extends string, CategoryIds extends string> = ConditionInput extends infer W
  ? W extends { type: 'criteria' }
    ? Omit<W, 'criteria' | 'categories'> & { criteria?: readonly CriterionIds[]; categories?: readonly CategoryIds[] }
    : W extends { categories?: unknown }
      ? Omit<W, 'categories'> & { categories?: readonly CategoryIds[] }
      : W
  : never;

/** The rule's scope (where rules have one) limited to the profile's own categories. */
type ScopeFor<CategoryIds extends string> = 'scope' extends keyof RuleInput ? { readonly scope?: CategoryIds } : unknown;

/** A rule whose condition, scope and grade cap accept only the profile's own ids and grades. */
export type RuleFor<CriterionIds extends string, CategoryIds extends string, Grades extends string> = Omit<RuleInput, 'when' | 'then' | 'scope'> &
  ScopeFor<CategoryIds> & {
  readonly when: ConditionFor<CriterionIds, CategoryIds>;
  readonly then: Omit<RuleInput['then'], 'capGrade'> & { capGrade?: Grades };
};

type CriterionIdsIn<C> = IdOf<ElementOf<ElementOf<C> extends infer K ? (K extends { readonly criteria: infer L } ? L : never) : never>>;
type GradeNamesIn<G> = ElementOf<G> extends { readonly grade: infer N extends string } ? N : string;

/** Everything a profile takes besides its id and title. */
export type ProfileOptions<C extends readonly CategoryInput[], G extends readonly GradeBandInput[], RuleIds extends string> = Omit<
  z.input<typeof profileSchema>,
  'id' | 'title' | 'categories' | 'grades' | 'rules'
> & {
  readonly categories: C;
  readonly grades?: G;
  readonly rules?: readonly (RuleFor<NoInfer<CriterionIdsIn<C>>, NoInfer<IdOf<ElementOf<C>>>, NoInfer<GradeNamesIn<G>>> & { readonly id: RuleIds })[];
};

/**
 * Returns the parsed, frozen profile built from its categories, with its criterion, category, rule and
 * grade ids known at compile time: rules may name only the profile's own criteria, categories and
 * grades. Throws one `ValidationError` listing every problem, as `defineProfile` does.
 *
 * @example
 * const p = profile('pump-injector-jp250', 'Injector for the JP-250 jet pump', { version: '2026.1', component: { name: 'Pump injector' }, categories: [product, material] });
 * p.grades.map((band) => band.grade)
 * //=> ['A', 'B', 'C']
 */
export function profile<
  const C extends readonly CategoryInput[],
  const G extends readonly GradeBandInput[] = DefaultGrades,
  const RuleIds extends string = never,
>(id: string, title: string, options: ProfileOptions<C, G, RuleIds>): TypedProfile<ProfileShapeOf<{ categories: C; grades: G; rules: readonly { id: RuleIds }[] }>> {
  return defineProfile({ id, title, ...options } as unknown) as TypedProfile<ProfileShapeOf<{ categories: C; grades: G; rules: readonly { id: RuleIds }[] }>>;
}
