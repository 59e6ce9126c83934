import { describe, expect, it } from 'vitest';
import { entryPrototypeKeyIssues } from '../../src/parse/entryPrototypeKeyIssues.js';

describe('entryPrototypeKeyIssues', () => {
  it('names every entry with an own __proto__ key, as JSON readers make it', () => {
    const input = JSON.parse('{"entries":[{"criterion":"a"},{"criterion":"b","__proto__":{"value":true}},{"__proto__":1}]}');
    expect(entryPrototypeKeyIssues(input).map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['entries[1].__proto__', 'unrecognized_key', 'Unknown field "__proto__".'],
      ['entries[2].__proto__', 'unrecognized_key', 'Unknown field "__proto__".'],
    ]);
  });

  it('finds nothing in ordinary entries, an inherited prototype, or input without entries', () => {
    expect(entryPrototypeKeyIssues({ entries: [{ criterion: 'a' }, Object.create({ x: 1 }), null, 3] })).toEqual([]);
    expect(entryPrototypeKeyIssues({ entries: 'x' })).toEqual([]);
    expect(entryPrototypeKeyIssues(null)).toEqual([]);
    expect(entryPrototypeKeyIssues(undefined)).toEqual([]);
  });
});
