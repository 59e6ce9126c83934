import * as z from 'zod/mini';
import { createIssue, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { schemaIssues } from './schemaIssues.js';

/** A path: a list of keys and indexes. */
const segmentsSchema = z.array(z.union([z.string(), z.number()]));

/**
 * Returns an issue of your own, to throw in a `ValidationError` as the library does: a path into your
 * input and its sentence in English and Bahasa Indonesia, with the code `custom`. For readers of
 * forms of your own (a file format, a queue message) that report problems alike. Throws a
 * `ValidationError` when the path is not a list of texts and numbers or a sentence is not a text.
 *
 * @example
 * customIssue(['rows', 3], 'Not valid JSON.', 'Bukan JSON yang sah.').path
 * //=> 'rows[3]'
 */
export function customIssue(segments: readonly PathSegment[], message: string, messageId: string): ValidationIssue {
  const problems = [
    ...schemaIssues(segmentsSchema, segments, ['segments']),
    ...schemaIssues(z.string(), message, ['message']),
    ...schemaIssues(z.string(), messageId, ['messageId']),
  ];
  if (problems.length > 0) throw new ValidationError(problems, 'issue');
  return createIssue('custom', segments, { message, messageId });
}
