import { closestName } from '../src/errors/closestName.js';
import { cliMessage, type CliText } from './messages.js';

/** A mistake in how the command was called, or an input that cannot be read: exit code 2. A sentence
 * of the command line's catalogue is written in the chosen language (`messageIn`); `message` is English.
 *
 * @example
 * throw new UsageError({ key: 'needs', params: { what: 'evaluate' } })
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly text: CliText | undefined;
  constructor(message: string | CliText) {
    super(typeof message === 'string' ? message : cliMessage(message, 'en'));
    this.text = typeof message === 'string' ? undefined : message;
  }
  /** Returns the sentence in a language (a sentence from outside the catalogue as it was given). */
  messageIn(lang: 'en' | 'id'): string {
    return this.text ? cliMessage(this.text, lang) : this.message;
  }
}

/** An input that cannot be used (unreadable, not UTF-8, holding no supplier): one line, exit code 2, no usage hint.
 *
 * @example
 * throw new InputError({ key: 'noEvidence', params: { source: 'empty.jsonl' } })
 */
export class InputError extends UsageError {}

/**
 * Returns `{ suggestion: '--format' }` for a name close to a known one (see `closestName`), else {}.
 *
 * @example
 * didYouMean('fromat', ['format', 'lang'], '--')
 * //=> { suggestion: '--format' }
 */
export function didYouMean(name: string, known: readonly string[], prefix = ''): { suggestion?: string } {
  const closest = closestName(name, known);
  return closest === undefined ? {} : { suggestion: `${prefix}${closest}` };
}

/** The parsed command line of one command: positional arguments and `--name value` options. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/**
 * Returns the positional arguments and options of a command line. `--name value` and `--name=value`
 * set an option; names in `flags` take no value; `-` is a positional (standard input); `--` ends the
 * options. Unknown options are a usage error.
 *
 * @example
 * parseArgs(['p.json', '--format', 'md', '-'], ['format'], []).positional
 * //=> ['p.json', '-']
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) positional.push(rest);
      break;
    }
    if (arg === '-h') {
      options.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)) throw new UsageError({ key: 'unknownOption', params: { option: arg } });
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === 'help' || flags.includes(name)) {
      if (eq >= 0) throw new UsageError({ key: 'optionTakesNoValue', params: { option: `--${name}` } });
      options.set(name, true);
      continue;
    }
    if (!valued.includes(name)) throw new UsageError({ key: 'unknownOption', params: { option: `--${name}`, ...didYouMean(name, [...valued, ...flags, 'help'], '--') } });
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError({ key: 'optionNeedsValue', params: { option: `--${name}` } });
    options.set(name, value);
  }
  return { positional, options };
}

/** Returns an option's value, or the default; a flag given where a value is needed is a usage error.
 *
 * @example
 * option(parseArgs(['--at', '2026-12-31'], ['at'], []), 'at')
 * //=> '2026-12-31'
 */
export function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return value === true ? undefined : value;
}

/** Returns an option that must be one of `choices` (default: the first).
 *
 * @example
 * choice(parseArgs([], ['format'], []), 'format', ['text', 'json'])
 * //=> 'text'
 */
export function choice<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T {
  const value = option(args, name) ?? choices[0];
  if (!choices.includes(value as T)) throw new UsageError({ key: 'optionChoice', params: { option: `--${name}`, choices: choices.join(', '), value, ...didYouMean(String(value), choices) } });
  return value as T;
}
