/** The sentences the command line writes itself, from the catalogues of src/locales (English and Bahasa Indonesia). */
import { cliSentencesEn, type CliMessageKey, type CliParams } from '../src/locales/en.js';
import { cliSentencesId } from '../src/locales/id.js';

export type { CliMessageKey, CliParams } from '../src/locales/en.js';

type Sentence = (p: CliParams) => string;

/** The command line's own sentences by language; both have the same keys. */
export const CLI_MESSAGES: Readonly<Record<'en' | 'id', Readonly<Record<CliMessageKey, Sentence>>>> = { en: cliSentencesEn, id: cliSentencesId };

/** A command-line sentence not yet put into words: its key and the values it names. */
export interface CliText {
  readonly key: CliMessageKey;
  readonly params?: CliParams;
}

/**
 * Returns a command-line sentence in a language.
 *
 * @example
 * cliMessage({ key: 'unknownCommand', params: { command: 'evalute', suggestion: 'evaluate' } }, 'id')
 * //=> 'perintah "evalute" tidak dikenal; maksud Anda "evaluate"?'
 */
export function cliMessage(text: CliText, lang: 'en' | 'id'): string {
  return CLI_MESSAGES[lang][text.key](text.params ?? {});
}
