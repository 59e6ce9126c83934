import type { JsonValue } from '../criteria/outcome.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import { daysBetween } from '../dates/daysBetween.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import * as z from 'zod/mini';
import { schemaIssues } from '../schema/schemaIssues.js';
import type { CriterionResult } from '../scoring/evaluation.js';
import { criterionResultSchema } from '../scoring/evaluationSchema.js';
import { differenceOf, type EvaluationDifference } from './evaluationDifference.js';
import { evaluationOrThrow } from './evaluationShape.js';
import { appendAll } from '../lists/appendAll.js';

/** The criteria that differ between the two profile versions behind two evaluations. */
export interface ProfileChanges {
  /** Criteria only the later profile has. */
  readonly added: readonly string[];
  /** Criteria only the earlier profile has. */
  readonly removed: readonly string[];
  /** Criteria in both whose requirement changed, with the fields that changed. */
  readonly changed: ReadonlyArray<{ readonly criterion: string; readonly fields: readonly string[] }>;
}

/** A re-audit compared with the one before it. */
export interface EvaluationComparison extends EvaluationDifference {
  readonly supplier: { readonly id: string; readonly name: string };
  readonly profile: {
    readonly id: string;
    readonly before: string;
    readonly after: string;
    readonly changes: ProfileChanges;
  };
  readonly auditDates: { readonly before: CalendarDate; readonly after: CalendarDate };
  /** Calendar days from the earlier audit to the later one. */
  readonly daysBetweenAudits: number;
  /** When the earlier evaluation set a re-audit date: that date and whether the later audit met it. */
  readonly reaudit?: { readonly due: CalendarDate; readonly onTime: boolean; readonly daysLate: number };
}

/** The fields of a criterion result that describe the requirement rather than the finding. */
const REQUIREMENT_FIELDS = ['kind', 'category', 'title', 'weight', 'severity', 'causeFamily'] as const;

/** Returns a JSON text with object keys sorted, so equal values give equal texts. */
function stableText(value: JsonValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableText(value[key])}`)
    .join(',')}}`;
}

/** Returns the requirement of a criterion without its dependence on the evaluation date. */
function requirementText(result: CriterionResult): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(result.required ?? {})) if (key !== 'validOn') out[key] = stableText(value);
  return out;
}

/**
 * Returns the criteria added, removed and changed between the profiles behind two evaluations, read
 * from the evaluations themselves (kind, category, title, weight, severity, cause family and every
 * field of the requirement except the evaluation date). Throws a `ValidationError` listing every
 * problem when either has no `criteria` list of criterion results as `evaluate` writes them (paths
 * start at `before` or `after`).
 *
 * @example
 * profileChanges(before, after).changed
 * //=> [{ criterion: 'throat-d', fields: ['required.lsl', 'required.usl'] }]
 */
export function profileChanges(before: { readonly criteria: readonly CriterionResult[] }, after: { readonly criteria: readonly CriterionResult[] }): ProfileChanges {
  const issues = [...schemaIssues(criteriaSchema, before, ['before']), ...schemaIssues(criteriaSchema, after, ['after'])];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluations');
  return criteriaChangesOf(before, after);
}

/** The part of an evaluation `profileChanges` reads. */
const criteriaSchema = z.object({ criteria: z.array(criterionResultSchema) });

/**
 * Returns the criteria added, removed and changed between two checked evaluations, unchecked (the
 * path of `compareEvaluations`; `profileChanges` checks its input).
 *
 * @example
 * criteriaChangesOf(before, after).added
 * //=> []
 */
function criteriaChangesOf(before: { readonly criteria: readonly CriterionResult[] }, after: { readonly criteria: readonly CriterionResult[] }): ProfileChanges {
  const earlier = new Map(before.criteria.map((result) => [result.id, result]));
  const later = new Set(after.criteria.map((result) => result.id));
  const added = after.criteria.filter((result) => !earlier.has(result.id)).map((result) => result.id);
  const removed = before.criteria.filter((result) => !later.has(result.id)).map((result) => result.id);
  const changed: { criterion: string; fields: string[] }[] = [];
  for (const result of after.criteria) {
    const old = earlier.get(result.id);
    if (!old) continue;
    const fields: string[] = REQUIREMENT_FIELDS.filter((field) => old[field] !== result[field]);
    const a = requirementText(old);
    const b = requirementText(result);
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) if (a[key] !== b[key]) fields.push(`required.${key}`);
    if (fields.length > 0) changed.push({ criterion: result.id, fields });
  }
  return { added, removed, changed };
}

/**
 * Returns the comparison of two evaluations of the same supplier against the same profile (or two
 * versions of it): gaps closed, opened, remaining and dropped, score, grade and decision change, the
 * criteria that changed between profile versions, the calendar days between the audits, and whether
 * a re-audit date set by the earlier evaluation was met. Throws a `ValidationError` when the
 * evaluations are of different suppliers or profiles, or the later audit is dated before the earlier.
 *
 * @example
 * const c = compareEvaluations(evaluate(profile, majuJaya), evaluate(profile, majuJayaReaudit));
 * [c.daysBetweenAudits, c.decision.after, c.gaps.closed.map((g) => g.criterion)]
 * //=> [85, 'approved', ['machine-maintenance', 'iso-9001', 'defect-ppm']]
 */
export function compareEvaluations(beforeInput: unknown, afterInput: unknown): EvaluationComparison {
  const issues: ValidationIssue[] = [];
  const collect = (value: unknown, side: 'before' | 'after') => {
    try {
      return evaluationOrThrow(value, [side]);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      appendAll(issues, error.issues);
      return null;
    }
  };
  const before = collect(beforeInput, 'before');
  const after = collect(afterInput, 'after');
  if (!before || !after) throw new ValidationError(issues, 'evaluations');
  if (before.supplier.id !== after.supplier.id) {
    issues.push(createIssue('supplier_mismatch', ['after', 'supplier', 'id'], { before: before.supplier.id, after: after.supplier.id }));
  }
  if (before.profile.id !== after.profile.id) {
    issues.push(createIssue('profile_mismatch', ['after', 'profile', 'id'], { before: before.profile.id, after: after.profile.id }));
  }
  const days = daysBetween(before.auditDate, after.auditDate);
  if (days < 0) issues.push(createIssue('date_after', ['before', 'auditDate'], { date: before.auditDate, later: after.auditDate }));
  if (issues.length > 0) throw new ValidationError(issues, 'evaluations');

  const due = before.reauditDue;
  return {
    supplier: { id: after.supplier.id, name: after.supplier.name },
    profile: { id: after.profile.id, before: before.profile.version, after: after.profile.version, changes: criteriaChangesOf(before, after) },
    auditDates: { before: before.auditDate, after: after.auditDate },
    daysBetweenAudits: days,
    ...(due ? { reaudit: { due, onTime: daysBetween(after.auditDate, due) >= 0, daysLate: Math.max(0, daysBetween(due, after.auditDate)) } } : {}),
    ...differenceOf(before, after),
  };
}
