import { kindOf } from '../kinds/registry.js';
import type { Criterion } from './criterion.js';
import type { CriterionContext, JsonValue } from './outcome.js';

/**
 * Returns what a criterion requires, as plain JSON, whatever the evidence: the `required` part of
 * every criterion result, also when evidence is missing.
 *
 * @example
 * requirementOf({ kind: 'check', expected: true, ... }, { at: '2026-11-28' })
 * //=> { expected: true }
 */
export function requirementOf(criterion: Criterion, context: CriterionContext): Record<string, JsonValue> {
  return kindOf(criterion.kind).requirement(criterion, context);
}
