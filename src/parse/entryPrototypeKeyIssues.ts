import { createIssue, type ValidationIssue } from '../errors/index.js';

/**
 * Returns an `unrecognized_key` problem for every evidence entry with an own `__proto__` key (as JSON
 * readers make from `"__proto__": …`). An entry's fields depend on its criterion's kind, so entries
 * are read loosely before their kind is known, and a loose read cannot keep a `__proto__` key: it
 * would drop it unseen. No kind has such a field, so it is refused, as it is everywhere else.
 *
 * @example
 * entryPrototypeKeyIssues(JSON.parse('{"entries":[{"criterion":"leak-test","__proto__":{"value":true}}]}'))[0].path
 * //=> 'entries[0].__proto__'
 */
export function entryPrototypeKeyIssues(input: unknown): ValidationIssue[] {
  const entries = typeof input === 'object' && input !== null ? (input as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return [];
  const issues: ValidationIssue[] = [];
  entries.forEach((entry: unknown, i) => {
    if (typeof entry === 'object' && entry !== null && Object.prototype.hasOwnProperty.call(entry, '__proto__')) {
      issues.push(createIssue('unrecognized_key', ['entries', i, '__proto__'], { key: '__proto__' }));
    }
  });
  return issues;
}
