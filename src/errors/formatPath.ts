import * as z from 'zod/mini';
import { schemaIssues } from '../schema/schemaIssues.js';
import { pathText } from './pathText.js';
import { ValidationError } from './ValidationError.js';

/** One step of a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/** A path: a list of keys and indexes. */
const segmentsSchema = z.array(z.union([z.string(), z.number()]));

/**
 * Returns the readable form of a path into the input, as users see it in error messages. Throws a
 * `ValidationError` when the path is not a list of texts and numbers.
 *
 * @example
 * formatPath(['categories', 1, 'criteria', 3, 'usl'])
 * //=> 'categories[1].criteria[3].usl'
 */
export function formatPath(segments: readonly PathSegment[]): string {
  const issues = schemaIssues(segmentsSchema, segments, ['segments']);
  if (issues.length > 0) throw new ValidationError(issues, 'path');
  return pathText(segments);
}
