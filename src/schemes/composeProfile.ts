import type { GradeBand, ProfileInput } from '../schema/profile.js';
import type { RuleInput } from '../schema/rule.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { ProfileBlock } from './profileBlock.js';

/** The profile's own fields besides its categories and rules, and the blocks it is made of. */
export interface ComposeProfileOptions {
  readonly $schema?: string;
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  readonly buyer?: string;
  readonly component: { readonly name: string; readonly partNumber?: string; readonly drawing?: string };
  /** Decimal places of reported scores (default 1). */
  readonly places?: number;
  /** Grade bands, best first (default A ≥ 90, B ≥ 80, C). */
  readonly grades?: ReadonlyArray<{ readonly grade: string; readonly min: number | string; readonly decision?: GradeBand['decision'] }>;
  readonly decision?: ProfileInput['decision'];
  readonly translations?: ProfileInput['translations'];
  readonly blocks: readonly ProfileBlock[];
  /** Rules of the whole profile, after the blocks' own rules. */
  readonly rules?: readonly RuleInput[];
}

/**
 * Returns one requirement profile made of blocks: their categories in order, their rules (each block's
 * rules scoped to its own category) followed by the profile's own rules. The result is plain JSON as
 * written (not parsed), checked to be a valid profile; an invalid one throws a `ValidationError`
 * listing every problem with its path in the composed profile.
 *
 * @example
 * composeProfile({ id: 'injector', version: '1', title: 'Injector', component: { name: 'Injector' },
 *   blocks: [productBlock, vda63Block({ edition: '2016', elements })] }).categories.map((c) => c.id)
 * //=> ['product', 'process-audit']
 */
export function composeProfile(options: ComposeProfileOptions): ProfileInput {
  const { blocks, rules, grades, decision, translations, ...own } = options;
  const profile = {
    ...own,
    categories: blocks.flatMap((block) => block.categories),
    ...(grades ? { grades: grades.map((band) => ({ ...band })) } : {}),
    ...(decision ? { decision: { ...decision } } : {}),
    rules: [...blocks.flatMap((block) => block.rules), ...(rules ?? [])],
    ...(translations ? { translations } : {}),
  } as ProfileInput;
  const parsed = parseProfile(profile);
  if (!parsed.success) throw parsed.error;
  return profile;
}
