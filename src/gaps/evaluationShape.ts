import { ValidationError, type PathSegment } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';

/**
 * Returns the value as an evaluation after checking it against the evaluation's schema (as every
 * function reading an evaluation back does), or throws one
 * `ValidationError` listing every problem (paths start with `base`, e.g. `['before']`).
 *
 * @example
 * evaluationOrThrow(JSON.parse(JSON.stringify(evaluation))).decision
 * //=> 'conditional'
 */
export function evaluationOrThrow(value: unknown, base: readonly PathSegment[] = []): Evaluation {
  const issues = schemaIssues(evaluationSchema, value, base);
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');
  return value as Evaluation;
}
