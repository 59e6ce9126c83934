/** The help text of the command line and of each command, from the catalogues of src/locales. */
import { cliHelpEn, type CliHelpKey } from '../src/locales/en.js';
import { cliHelpId } from '../src/locales/id.js';

/** The help by language: the command line's (`main`) and each command's. */
export const HELP: Readonly<Record<'en' | 'id', Readonly<Record<CliHelpKey, string>>>> = { en: cliHelpEn, id: cliHelpId };

/**
 * Returns the help of a command (or of the command line, for `main` or an unknown name) in a language.
 *
 * @example
 * helpText('plan', 'id').split('\n')[0]
 * //=> 'Cara pakai: supplier-quality plan --lot N --aql A [opsi]'
 */
export function helpText(command: string, lang: 'en' | 'id'): string {
  const table = HELP[lang];
  return Object.hasOwn(table, command) ? table[command as CliHelpKey] : table.main;
}
