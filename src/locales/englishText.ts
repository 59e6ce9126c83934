import { explanationsEn } from './en.js';

type P = Readonly<Record<string, string>>;

/** The sentences by code, for lookups without walking the table's own properties. */
const SENTENCES: ReadonlyMap<string, (p: P) => string> = new Map(Object.entries(explanationsEn) as Array<[string, (p: P) => string]>);

/**
 * Returns the English sentence for a message code and its parameters.
 *
 * @example
 * englishText('check.notMet', { value: 'no', expected: 'yes' })
 * //=> 'Answer "no"; "yes" is required.'
 */
export function englishText(code: string, params: Readonly<Record<string, string>>): string {
  if (typeof code !== 'string') return '';
  const entry = SENTENCES.get(code);
  if (!entry) return code;
  return entry(textParams(params));
}

/**
 * Returns the parameters a sentence reads: only text and number parameters (numbers as text), so a
 * stray value can never break the sentence. A plain object of texts only is read as it is.
 */
function textParams(params: unknown): Readonly<Record<string, string>> {
  if (params === null || typeof params !== 'object') return {};
  if (Object.getPrototypeOf(params) === Object.prototype && allTexts(params as Record<string, unknown>)) return params as Record<string, string>;
  const safe: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') safe[key] = String(value);
  return safe;
}

/**
 * Whether every enumerable property of a plain object is a text. One it inherits can only come from
 * `Object.prototype`, which the copy inherits too: the sentence reads the same either way.
 */
function allTexts(params: Record<string, unknown>): boolean {
  for (const key in params) if (typeof params[key] !== 'string') return false;
  return true;
}
