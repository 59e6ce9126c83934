import { assumedMet } from '../criteria/assumedMet.js';
import type { KindOutcome } from '../criteria/outcome.js';
import { decimalString, toDecimal, type Decimal } from '../decimal.js';
import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { evaluateOutcomes } from '../evaluate.js';
import { compiledProfile } from '../fast/compiledProfile.js';
import { STATUS_NAMES } from '../fast/plan.js';
import { exactScores } from '../fast/exactScores.js';
import { outcomeNumbers } from '../fast/fastNumbers.js';
import { parseProfile } from '../parse/parseProfile.js';
import type { Profile } from '../schema/profile.js';
import type { Decision, Evaluation } from '../scoring/evaluation.js';
import { evaluationOrThrow } from './evaluationShape.js';
import { reauditDueIssues } from '../parse/reauditDueIssues.js';
import { appendAll } from '../lists/appendAll.js';
import { closingState, type ClosingState, type Decided, type GatedResult } from './closingState.js';
import { ungatedOutcome } from '../kinds/links.js';

export type { Decided } from './closingState.js';

/** An evaluation that can be scored again with some criteria taken as met. */
export interface Rescorer {
  readonly profile: Profile;
  readonly evaluation: Evaluation;
  /** Scores, rules, grade and decision with the criteria in `met` taken as fully met. */
  decide(met: ReadonlySet<string>): Decided;
  /** The whole evaluation with the criteria in `met` taken as fully met. */
  evaluate(met: ReadonlySet<string>): Evaluation;
  /**
   * The evaluation as recorded, ready to take the criteria at the positions `closable` (profile order)
   * as met one at a time, each decision equal to `decide` of the criteria closed so far.
   */
  closing(closable: readonly number[]): ClosingState;
  /** The evaluation's unrounded overall score and each criterion's exact share of it (profile order). */
  readonly overall: Decimal;
  readonly shares: readonly Decimal[];
  /** The results another criterion gated, with their own outcomes (what they are while it is met). */
  readonly gates: readonly GatedResult[];
}

/** Returns the parsed profile, or throws its `ValidationError`. */
export function profileOrThrow(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/**
 * Returns a rescorer for an evaluation: the criterion outcomes it records (with the exact scores it
 * keeps where rounding changed them) fed back through the same scoring as `evaluate`, with any
 * criteria taken as fully met. Checks that the evaluation belongs to the profile (id, version,
 * criteria in order, places) and that scoring it again reproduces its score, grade, decision and
 * category scores; otherwise throws a `ValidationError`. Exact for evaluations made by this version,
 * which keep the unrounded score of every criterion whose rounding changed it (`exactScore`).
 *
 * @example
 * const decided = rescorer(profile, evaluate(profile, sumberLogam)).decide(new Set(['throat-d', 'leak-test']));
 * [decided.score.toString(), decided.decision]
 * //=> ['47.4', 'rejected']
 */
export function rescorer(profileInput: unknown, evaluationInput: unknown): Rescorer {
  const profile = profileOrThrow(profileInput);
  const evaluation = evaluationOrThrow(evaluationInput);
  const issues: ValidationIssue[] = [];
  if (evaluation.profile.id !== profile.id || evaluation.profile.version !== profile.version) {
    issues.push(
      createIssue('evaluation_profile_mismatch', ['profile'], {
        evaluated: evaluation.profile.id,
        evaluatedVersion: evaluation.profile.version,
        profile: profile.id,
        version: profile.version,
      }),
    );
  }
  const placed = profile.categories.flatMap((category) => category.criteria.map((criterion) => ({ category, criterion })));
  const results = evaluation.criteria;
  for (let i = 0; i < Math.max(placed.length, results.length); i++) {
    const expected = placed[i]?.criterion.id ?? '(none)';
    const found = results[i]?.id ?? '(none)';
    if (expected !== found) issues.push(createIssue('evaluation_criteria_mismatch', ['criteria', i, 'id'], { expected, found }));
  }
  if (evaluation.places !== profile.places) {
    issues.push(createIssue('evaluation_criteria_mismatch', ['places'], { expected: String(profile.places), found: String(evaluation.places) }));
  }
  appendAll(issues, reauditDueIssues(profile, evaluation.auditDate));
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');

  const context = { at: evaluation.evaluatedOn };
  const recorded: KindOutcome[] = results.map((result) => ({
    status: result.status,
    score: toDecimal(result.exactScore ?? result.score),
    required: result.required,
    found: result.found,
    why: result.why,
    shortfall: result.shortfall,
  }));
  // Results another criterion gated (a measurement failed by its gauge study): their own outcome while that criterion is taken as met.
  const compiled = compiledProfile(profile);
  const gates: GatedResult[] = [];
  for (const { gated, by } of compiled.gates) {
    const own = ungatedOutcome(results[gated] as (typeof results)[number]);
    if (own !== undefined) gates.push({ gated, by, own });
  }
  const ownOf = new Map(gates.map((g) => [g.gated, g]));
  const outcomes = (met: ReadonlySet<string>): KindOutcome[] =>
    met.size === 0
      ? recorded
      : placed.map(({ criterion }, i) => {
          if (met.has(criterion.id)) return assumedMet(criterion, context);
          const gate = ownOf.get(i);
          return gate !== undefined && met.has((placed[gate.by] as (typeof placed)[number]).criterion.id) ? gate.own : (recorded[i] as KindOutcome);
        });
  const head = {
    supplier: evaluation.supplier,
    auditDate: evaluation.auditDate,
    ...(evaluation.auditor ? { auditor: evaluation.auditor } : {}),
    ...(evaluation.processSteps ? { processSteps: evaluation.processSteps } : {}),
    warnings: evaluation.warnings ?? [],
  };
  const numbersOf = (met: ReadonlySet<string>) => outcomeNumbers(compiled, outcomes(met), evaluation.processSteps);
  const statuses = recorded.map((outcome) => STATUS_NAMES.indexOf(outcome.status));
  const exact = exactScores(compiled, statuses, (i) => (recorded[i] as KindOutcome).score);
  const self: Rescorer = {
    profile,
    evaluation,
    decide: (met) => {
      const numbers = numbersOf(met);
      return {
        score: toDecimal(numbers.score),
        categoryScores: numbers.categoryScores.map((s) => (s === null ? null : toDecimal(s))),
        grade: numbers.grade,
        decision: numbers.decision,
      };
    },
    evaluate: (met) => evaluateOutcomes(profile, head, outcomes(met), evaluation.evaluatedOn, numbersOf(met)),
    closing: (closable) => closingState(compiled, recorded, closable, (i) => assumedMet((placed[i] as (typeof placed)[number]).criterion, context), evaluation.processSteps, gates),
    overall: exact.overall(),
    shares: recorded.map((_outcome, i) => exact.share(i)),
    gates,
  };
  const again = self.decide(new Set());
  const score = decimalString(again.score);
  const sameCategories = again.categoryScores.every((s, k) => {
    const recorded = evaluation.categories[k]?.score;
    return recorded === undefined || (s === null ? recorded === null : recorded !== null && s.eq(toDecimal(recorded)));
  });
  if (!again.score.eq(toDecimal(evaluation.score)) || again.grade !== evaluation.grade || again.decision !== evaluation.decision || !sameCategories) {
    throw new ValidationError(
      [
        createIssue('evaluation_not_reproduced', [], {
          score,
          grade: again.grade,
          decision: again.decision,
          recordedScore: evaluation.score,
          recordedGrade: evaluation.grade,
          recordedDecision: evaluation.decision,
        }),
      ],
      'evaluation',
    );
  }
  return self;
}
