import type * as z from 'zod/mini';
import type { categorySchema } from '../schema/profile.js';
import type { RuleInput } from '../schema/rule.js';

/** A category as written in a profile, before parsing (decimals as numbers or strings, defaults open). */
export type CategoryInput = z.input<typeof categorySchema>;

/**
 * A piece of a requirement profile: one or more categories and the rules that belong to them (each
 * rule scoped to its block's category). Blocks from the scheme builders (VDA 6.3, PPAP, scorecard)
 * and hand-written product specifications compose into one profile with `composeProfile`.
 */
export interface ProfileBlock {
  readonly categories: readonly CategoryInput[];
  readonly rules: readonly RuleInput[];
}
