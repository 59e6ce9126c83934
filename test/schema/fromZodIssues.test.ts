import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemaIssues } from '../../src/schema/schemaIssues.js';
import { decimalValueSchema } from '../../src/stats/decimalValueSchema.js';

describe('fromZodIssues: a refinement of a value that is no text or number', () => {
  it('describes the value in each language, not in English in both', () => {
    const schema = z.array(decimalValueSchema);
    const issues = schemaIssues(schema, [[1, 2], { a: 1 }, true], ['data']);
    expect(issues.map((issue) => [issue.path, issue.code, issue.message, issue.messageId])).toEqual([
      ['data[0]', 'invalid_decimal', '"a list" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).', '"daftar" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).'],
      ['data[1]', 'invalid_decimal', '"an object" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).', '"objek" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).'],
      ['data[2]', 'invalid_decimal', '"true" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).', '"true" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).'],
    ]);
  });
});
