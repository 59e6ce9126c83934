/** The most characters of a user's text an issue sentence repeats. */
export const SHOWN_TEXT_LENGTH = 80;

/**
 * Returns a user's text as an issue sentence repeats it: whole when short, else its first
 * `SHOWN_TEXT_LENGTH` characters and an ellipsis, so a huge value cannot make a huge message.
 *
 * @example
 * shownText('x'.repeat(100)).length
 * //=> 81
 */
export function shownText(text: string): string {
  return text.length <= SHOWN_TEXT_LENGTH ? text : `${text.slice(0, SHOWN_TEXT_LENGTH)}…`;
}

/**
 * Returns how an issue sentence shows any value a caller passed: numbers, booleans and the like as
 * written, texts shortened by `shownText`, lists and objects by kind. Never throws, whatever the value
 * (an object without a prototype cannot be turned into text by `String`).
 *
 * @example
 * valueText(Object.create(null))
 * //=> 'an object'
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return shownText(value);
  if (typeof value === 'symbol') return shownText(value.toString());
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}
