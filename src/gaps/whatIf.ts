import * as z from 'zod/mini';
import type { CalendarDate } from '../dates/calendarDate.js';
import { createIssue, optionsIssues, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { evaluateMatched } from '../evaluate.js';
import { cachedCriteriaById, checkEvidence, matchEvidence } from '../parse/parseEvidence.js';
import { evidenceEntrySchema, type Evidence } from '../schema/evidence.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import { calendarDateIssues, idSchema } from '../schema/primitives.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { differenceOf, type EvaluationDifference } from './evaluationDifference.js';
import { profileOrThrow } from './rescore.js';
import { appendAll } from '../lists/appendAll.js';

/** What to change in the evidence before evaluating again. */
export interface WhatIfChanges {
  /** Evidence entries that replace the entries for their criteria (or are added where none was given). */
  readonly entries?: readonly unknown[];
  /** Criteria whose evidence is taken away (they become missing). */
  readonly remove?: readonly string[];
  /** Criteria taken as fully met (score 100, status pass) whatever their evidence. */
  readonly met?: readonly string[];
}

/** Options of `whatIf`. */
export interface WhatIfOptions {
  /** The evaluation date `YYYY-MM-DD` (default: the audit date). */
  readonly at?: CalendarDate;
}

/** An evaluation before and after a change of evidence, and what changed. */
export interface WhatIfResult {
  readonly before: Evaluation;
  readonly after: Evaluation;
  readonly difference: EvaluationDifference;
}

const changesSchema = z.strictObject({
  entries: z.optional(z.array(evidenceEntrySchema)),
  remove: z.optional(z.array(idSchema)),
  met: z.optional(z.array(idSchema)),
});

/** Returns an issue with its path moved under `base` (its own path starting at `from` segments in). */
function moved(issue: ValidationIssue, base: readonly PathSegment[], from: number): ValidationIssue {
  return createIssue(issue.code, [...base, ...issue.segments.slice(from)], issue.params);
}

/**
 * Returns the evaluation of a supplier's evidence before and after a change — entries replaced or
 * added (e.g. "if the venturi throat values were these"), evidence removed, or criteria taken as met —
 * and the difference: score, grade and decision change, criteria whose status changed, gaps closed
 * and opened. `changes` may also be a plain list of replacement entries. Bad evidence or changes throw
 * one `ValidationError` with paths under `evidence` or `changes`.
 *
 * @example
 * const { after, difference } = whatIf(profile, sumberLogam, { entries: [{ criterion: 'leak-test', value: true }] });
 * [difference.gaps.closed.map((g) => g.criterion), after.decision]
 * //=> [['leak-test'], 'rejected']
 */
export function whatIf(profileInput: unknown, evidenceInput: unknown, changesInput: WhatIfChanges | readonly unknown[], options: WhatIfOptions = {}): WhatIfResult {
  const profile = profileOrThrow(profileInput);
  const issues: ValidationIssue[] = [];
  const before = checkEvidence(profile, evidenceInput);
  appendAll(issues, before.issues.map((issue) => moved(issue, ['evidence'], 0)));
  const changesValue = Array.isArray(changesInput) ? { entries: changesInput } : changesInput;
  const parsedChanges = changesSchema.safeParse(changesValue);
  if (!parsedChanges.success) appendAll(issues, fromZodIssues(parsedChanges.error.issues, changesValue, ['changes']));
  const notAnObject = optionsIssues(options);
  appendAll(issues, notAnObject);
  if (notAnObject.length === 0 && options.at !== undefined) appendAll(issues, calendarDateIssues(options.at, ['at']));
  if (!before.matched || !parsedChanges.success || notAnObject.length > 0) throw new ValidationError(issues, 'what-if');

  const evidence: Evidence = before.matched.evidence;
  const changes = parsedChanges.data;
  const criteria = cachedCriteriaById(profile);
  const entries = changes.entries ?? [];
  const changed = matchEvidence(profile, { ...evidence, entries });
  appendAll(issues, changed.issues.map((issue) => moved(issue, ['changes'], 0)));
  entries.forEach((entry, i) => {
    if (!criteria.has(entry.criterion)) issues.push(createIssue('unknown_criterion', ['changes', 'entries', i, 'criterion'], { id: entry.criterion }));
  });
  for (const field of ['remove', 'met'] as const) {
    (changes[field] ?? []).forEach((id, i) => {
      if (!criteria.has(id)) issues.push(createIssue('unknown_criterion', ['changes', field, i], { id }));
    });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'what-if');

  const replaced = new Set([...entries.map((entry) => entry.criterion), ...(changes.remove ?? [])]);
  const next: Evidence = { ...evidence, entries: [...evidence.entries.filter((entry) => !replaced.has(entry.criterion)), ...entries] };
  const at = options.at ?? evidence.auditDate;
  const beforeEvaluation = evaluateMatched(profile, before.matched, at);
  const afterEvaluation = evaluateMatched(profile, matchEvidence(profile, next).matched, at, new Set(changes.met ?? []));
  return { before: beforeEvaluation, after: afterEvaluation, difference: differenceOf(beforeEvaluation, afterEvaluation) };
}
