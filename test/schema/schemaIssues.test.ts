import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { jsonObjectSchema, jsonValueSchema } from '../../src/schema/jsonValue.js';
import { schemaIssues } from '../../src/schema/schemaIssues.js';

describe('schemaIssues', () => {
  const schema = z.object({ id: z.string(), n: z.int() });

  it('returns no problems for a value that fits', () => {
    expect(schemaIssues(schema, { id: 'a', n: 1 })).toEqual([]);
  });

  it('returns every problem as the library’s issues, paths starting at the given base', () => {
    expect(schemaIssues(schema, { n: 'x' }, ['before']).map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['before.id', 'required', 'This value is required.'],
      ['before.n', 'invalid_type', 'Expected a number, got the text "x".'],
    ]);
  });
});

describe('jsonValueSchema', () => {
  it('accepts JSON values and refuses what JSON cannot hold', () => {
    expect(jsonValueSchema.safeParse({ a: [1, 'x', null, true, { b: 2.5 }] }).success).toBe(true);
    expect(jsonObjectSchema.safeParse({ a: 1 }).success).toBe(true);
    expect(jsonObjectSchema.safeParse([1]).success).toBe(false);
    for (const value of [undefined, Number.NaN, Number.POSITIVE_INFINITY, () => 1, 10n, { a: undefined }]) expect(jsonValueSchema.safeParse(value).success).toBe(false);
  });
});
