import type * as z from 'zod/mini';
import type { PathSegment, ValidationIssue } from '../errors/index.js';
import { depthIssues } from './depthIssues.js';
import { fromZodIssues } from './fromZodIssues.js';
import { fieldNames } from './fieldNames.js';

/**
 * Returns every problem of a value against a schema as the library's issues, with paths starting at
 * `base` (e.g. `['before']` for a function's first argument); none when the value fits. A value nested
 * deeper than `MAX_DEPTH` gets only a `too_deep` issue, before the schema reads it.
 *
 * @example
 * schemaIssues(evaluationSchema, { decision: 'maybe' }, ['before'])[0].path
 * //=> 'before.profile'
 */
export function schemaIssues(schema: z.ZodMiniType, value: unknown, base: readonly PathSegment[] = []): ValidationIssue[] {
  const tooDeep = depthIssues(value, undefined, base);
  if (tooDeep.length > 0) return tooDeep;
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, value, base, fieldNames(schema));
}
