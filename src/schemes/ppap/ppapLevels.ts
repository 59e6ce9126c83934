import type { PpapLevel } from './ppapElements.js';

/**
 * What the customer receives at each PPAP submission level (AIAG PPAP 4th ed.); level 3 is the
 * default unless the customer says otherwise.
 *
 * @example
 * PPAP_LEVELS[3]
 * //=> 'Warrant with product samples and complete supporting data submitted to the customer.'
 */
export const PPAP_LEVELS: Readonly<Record<PpapLevel, string>> = {
  1: 'Warrant only (and, for designated appearance items, an Appearance Approval Report) submitted to the customer.',
  2: 'Warrant with product samples and limited supporting data submitted to the customer.',
  3: 'Warrant with product samples and complete supporting data submitted to the customer.',
  4: 'Warrant and other requirements as defined by the customer.',
  5: "Warrant with product samples and complete supporting data reviewed at the organization's manufacturing location.",
};

/** The default submission level (AIAG PPAP 4th ed.). */
export const PPAP_DEFAULT_LEVEL: PpapLevel = 3;
