import { createIssue, type ValidationIssue } from '../errors/index.js';
import type { Evidence } from '../schema/evidence.js';

/**
 * Returns the problems of the evidence's process steps: a step listed twice in `processSteps`, or an
 * audit question's `steps` naming a step that `processSteps` does not list (checked only when
 * `processSteps` is given).
 *
 * @example
 * processStepIssues({ ...evidence, processSteps: [{ id: 'OP10' }], entries: [{ criterion: 'P6.2.1', steps: [{ step: 'OP20', points: 8 }] }] })[0].code
 * //=> 'unknown_step'
 */
export function processStepIssues(evidence: Evidence): ValidationIssue[] {
  const declared = evidence.processSteps;
  if (declared === undefined) return [];
  const issues: ValidationIssue[] = [];
  const ids = new Set<string>();
  declared.forEach((step, i) => {
    if (ids.has(step.id)) issues.push(createIssue('duplicate_step', ['processSteps', i, 'id'], { step: step.id }));
    ids.add(step.id);
  });
  evidence.entries.forEach((entry, e) => {
    const steps = (entry as { steps?: unknown }).steps;
    if (!Array.isArray(steps)) return;
    steps.forEach((s: unknown, i) => {
      const step = (s as { step?: unknown } | null)?.step;
      if (typeof step === 'string' && !ids.has(step)) {
        issues.push(createIssue('unknown_step', ['entries', e, 'steps', i, 'step'], { step, steps: [...ids].join(', ') }));
      }
    });
  });
  return issues;
}
