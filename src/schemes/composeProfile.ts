import type { GradeBand, ProfileInput } from '../schema/profile.js';
import type { RuleInput } from '../schema/rule.js';
import { createIssue, optionsIssues, ValidationError, valueText } from '../errors/index.js';
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
  const notAnObject = optionsIssues(options, []);
  if (notAnObject.length > 0 || options === undefined) throw new ValidationError(notAnObject.length > 0 ? notAnObject : [createIssue('required', [])], 'profile');
  const { blocks, rules, grades, decision, translations, ...own } = options;
  // Blocks are read here (their categories and rules); everything else is checked by parseProfile.
  const blockIssues = !Array.isArray(blocks)
    ? [createIssue('invalid_type', ['blocks'], { expected: 'a list of profile blocks', received: valueText(blocks) })]
    : blocks.flatMap((block, i) =>
        block !== null && typeof block === 'object' && Array.isArray(block.categories) && Array.isArray(block.rules)
          ? []
          : [createIssue('invalid_type', ['blocks', i], { expected: 'a profile block { categories, rules }', received: valueText(block) })],
      );
  if (blockIssues.length > 0) throw new ValidationError(blockIssues, 'profile');
  const profile = {
    ...own,
    categories: blocks.flatMap((block) => block.categories),
    ...(Array.isArray(grades) ? { grades: grades.map((band) => (band !== null && typeof band === 'object' ? { ...band } : band)) } : grades ? { grades } : {}),
    ...(decision ? { decision: decision !== null && typeof decision === 'object' ? { ...decision } : decision } : {}),
    rules: [...blocks.flatMap((block) => block.rules), ...(Array.isArray(rules) ? rules : rules === undefined ? [] : [rules as never])],
    ...(translations ? { translations } : {}),
  } as ProfileInput;
  const parsed = parseProfile(profile);
  if (!parsed.success) throw parsed.error;
  return profile;
}
