import { lintSentencesEn, type LintCode } from '../locales/en.js';

export type { LintCode };

/**
 * The lint codes, in the order they are documented (docs/authoring.md).
 *
 * @example
 * LINT_CODES[0]
 * //=> 'weight_ineffective'
 */
export const LINT_CODES = Object.keys(lintSentencesEn) as LintCode[];
