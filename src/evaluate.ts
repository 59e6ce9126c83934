import type { CalendarDate } from './dates/calendarDate.js';
import { optionsIssues, ValidationError, type ValidationIssue } from './errors/index.js';
import { checkEvidence, type MatchedEvidence } from './parse/parseEvidence.js';
import { parseProfile } from './parse/parseProfile.js';
import { compiledProfile } from './fast/compiledProfile.js';
import { evaluateFast } from './fast/evaluateFast.js';
import { fastEvidenceHolder, matchFast, placeMatched } from './fast/matchFast.js';
import { calendarDateIssues } from './schema/primitives.js';
import type { Profile } from './schema/profile.js';
import type { ProfileShape, TypedEvaluation, TypedProfile } from './schema/profileShape.js';
import type { Evaluation } from './scoring/evaluation.js';

export { decideRounded, evaluateOutcomes, ruleCriterion, type EvaluationHead, type EvaluationNumbers, type RoundedDecision } from './scoring/evaluationResult.js';

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** The evaluation date `YYYY-MM-DD` (default: the audit date; the clock is never read). */
  readonly at?: CalendarDate;
}

function profileOrThrow(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/** Returns the problems of `evaluate`'s options: not an object, an evaluation date that is not a calendar date. */
function evaluateOptionIssues(options: unknown): ValidationIssue[] {
  const notAnObject = optionsIssues(options);
  if (options === undefined || notAnObject.length > 0) return notAnObject;
  const at = (options as { at?: unknown }).at;
  return at === undefined ? [] : calendarDateIssues(at, ['at']);
}

/**
 * Returns the evaluation of one supplier's evidence against a requirement profile: the decision
 * (approved, conditional, rejected, incomplete), the score and grade, the reasons, every rule that
 * fired, per-category and per-criterion results, and the gap list. Both inputs may be unparsed JSON;
 * bad input throws one `ValidationError` listing every problem. Synchronous and pure.
 *
 * @example
 * const result = evaluate(pumpInjectorProfile, majuJaya, { at: '2026-11-28' });
 * [result.decision, result.score, result.grade]
 * //=> ['conditional', '86.6', 'B']
 */
export function evaluate<S extends ProfileShape>(profile: TypedProfile<S>, evidenceInput: unknown, options?: EvaluateOptions): TypedEvaluation<S>;
export function evaluate(profileInput: unknown, evidenceInput: unknown, options?: EvaluateOptions): Evaluation;
export function evaluate(profileInput: unknown, evidenceInput: unknown, options: EvaluateOptions = {}): Evaluation {
  const profile = profileOrThrow(profileInput);
  const compiled = compiledProfile(profile);
  const holder = fastEvidenceHolder(compiled);
  const optionIssues = evaluateOptionIssues(options);
  // The structural check reads plainly valid evidence without copies; anything else is parsed by the
  // schemas, which list its problems or hand the parsed evidence to the same plan.
  if (optionIssues.length > 0 || !matchFast(compiled, evidenceInput, holder)) {
    const { issues, matched } = checkEvidence(profile, evidenceInput);
    if (!matched || optionIssues.length > 0) throw new ValidationError([...issues, ...optionIssues], 'evidence');
    placeMatched(compiled, matched, holder);
  }
  return evaluateFast(compiled, holder, options?.at ?? holder.auditDate);
}

/**
 * Returns the evaluation of evidence already matched against a parsed profile, on the date `at`, by
 * the plan. The criteria named in `met` are taken as fully met (score 100, status pass) whatever
 * their evidence, so a path to a pass or a what-if is checked by the same route as any evaluation.
 * Internal.
 */
export function evaluateMatched(profile: Profile, matched: MatchedEvidence, at: CalendarDate, met?: ReadonlySet<string>): Evaluation {
  const compiled = compiledProfile(profile);
  return evaluateFast(compiled, placeMatched(compiled, matched, fastEvidenceHolder(compiled)), at, met);
}

