import type { CriterionStatus } from '../criteria/outcome.js';
import { toDecimal, type DecimalInput } from '../decimal.js';
import { createIssue, ValidationError } from '../errors/index.js';
import { isDecimalInput } from '../schema/primitives.js';
import type { CriterionResult, Decision, Evaluation } from '../scoring/evaluation.js';
import { criterionDetails, decisionDetails, evaluationHeadline, ruleDetails, scoreDetails } from './describeEvaluation.js';

/** What a matcher sees of the test runner: whether the assertion is negated with `.not`. */
export interface MatcherContext {
  readonly isNot: boolean;
}

/** What a matcher returns to the test runner. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** What `toHaveGap` may check besides the gap being there. */
export interface GapExpectation {
  /** The shortfall in the criterion's own unit, compared as a decimal (`0.03` equals `'0.030'`). */
  readonly shortfall?: DecimalInput;
  /** Whether the gap is a knock-out. */
  readonly knockOut?: boolean;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object without an evaluation’s fields' : typeof value;
}

/** Returns the received value as an evaluation, or throws when it is not one. */
function evaluationOf(received: unknown, matcher: string): Evaluation {
  const e = received as Partial<Evaluation> | null;
  if (e && typeof e === 'object' && typeof e.decision === 'string' && typeof e.score === 'string' && Array.isArray(e.criteria) && Array.isArray(e.gaps) && Array.isArray(e.rules)) {
    return e as Evaluation;
  }
  throw new ValidationError(
    [createIssue('invalid_type', [], { expected: `an evaluation (the result of evaluate) for ${matcher}`, received: describeValue(received) })],
    'value for the matcher',
  );
}

/** Returns the result for a criterion id, or throws when the evaluation has no such criterion. */
function resultOf(evaluation: Evaluation, criterionId: unknown): CriterionResult {
  const result = evaluation.criteria.find((c) => c.id === criterionId);
  if (result) return result;
  const known = evaluation.criteria.map((c) => c.id).join(', ');
  throw new ValidationError([createIssue('unknown_criterion', [], { id: String(criterionId) })], `criterion id (the profile has: ${known})`);
}

function decisionMatcher(expected: Decision) {
  return function (this: MatcherContext, received: unknown): MatcherResult {
    const evaluation = evaluationOf(received, `toBe${expected[0]?.toUpperCase()}${expected.slice(1)}`);
    const pass = evaluation.decision === expected;
    const name = evaluation.supplier.name;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${name} not to be ${expected}, but it is\n\n${decisionDetails(evaluation)}`
          : `expected ${name} to be ${expected}, but the decision is ${evaluation.decision}\n\n${decisionDetails(evaluation)}`,
      actual: evaluation.decision,
      expected,
    };
  };
}

function statusMatcher(this: MatcherContext, received: unknown, criterionId: unknown, status: CriterionStatus, matcher: string): MatcherResult {
  const evaluation = evaluationOf(received, matcher);
  const result = resultOf(evaluation, criterionId);
  const pass = result.status === status;
  const verb = status === 'pass' || status === 'fail' ? status : `be ${status}`;
  const did = status === 'pass' ? 'it passed' : status === 'fail' ? 'it failed' : `it is ${status}`;
  return {
    pass,
    message: () =>
      pass
        ? `expected ${result.id} not to ${verb}, but ${did}\n\n${criterionDetails(result)}`
        : `expected ${result.id} to ${verb}, but its status is ${result.status}\n\n${criterionDetails(result)}`,
    actual: result.status,
    expected: status,
  };
}

/**
 * The evaluation matchers, for `expect.extend(matchers)` in Vitest (or any test runner with the same
 * matcher protocol). Each takes an evaluation and explains a failure with the part of the evaluation
 * that matters: the decision's reasons and gaps, a criterion's requirement and finding, the category
 * scores, the rules that fired.
 *
 * @example
 * expect.extend(matchers);
 * expect(evaluate(profile, evidence)).toFail('throat-d');
 * //=> passes when throat-d failed; otherwise throws "expected throat-d to fail, but its status is pass" with its result
 */
export const matchers = {
  /** Passes when the decision is `approved`. */
  toBeApproved: decisionMatcher('approved'),
  /** Passes when the decision is `rejected`. */
  toBeRejected: decisionMatcher('rejected'),
  /** Passes when the decision is `conditional`. */
  toBeConditional: decisionMatcher('conditional'),
  /** Passes when the decision is `incomplete` (evidence missing). */
  toBeIncomplete: decisionMatcher('incomplete'),

  /** Passes when the criterion's status is `pass`. */
  toPass(this: MatcherContext, received: unknown, criterionId: string): MatcherResult {
    return statusMatcher.call(this, received, criterionId, 'pass', 'toPass');
  },

  /** Passes when the criterion's status is `fail`. */
  toFail(this: MatcherContext, received: unknown, criterionId: string): MatcherResult {
    return statusMatcher.call(this, received, criterionId, 'fail', 'toFail');
  },

  /** Passes when the criterion has the given status (`pass`, `partial`, `fail`, `not-applicable`, `missing`). */
  toHaveStatus(this: MatcherContext, received: unknown, criterionId: string, status: CriterionStatus): MatcherResult {
    return statusMatcher.call(this, received, criterionId, status, 'toHaveStatus');
  },

  /**
   * Passes when the evaluation lists a gap for the criterion, with the given shortfall (compared as
   * decimals, in the criterion's unit) and knock-out flag when those are given.
   */
  toHaveGap(this: MatcherContext, received: unknown, criterionId: string, expectation: GapExpectation = {}): MatcherResult {
    const evaluation = evaluationOf(received, 'toHaveGap');
    const result = resultOf(evaluation, criterionId);
    if (expectation.shortfall !== undefined && !isDecimalInput(expectation.shortfall)) {
      throw new ValidationError([createIssue('invalid_decimal', ['shortfall'], { value: String(expectation.shortfall) })], 'gap expectation');
    }
    const gap = evaluation.gaps.find((g) => g.criterion === result.id);
    const wanted = [
      expectation.shortfall !== undefined ? ` falling short by ${toDecimal(expectation.shortfall).toFixed()}${gap?.shortfall ? ` ${gap.shortfall.unit}` : ''}` : '',
      expectation.knockOut === undefined ? '' : expectation.knockOut ? ' that is a knock-out' : ' that is not a knock-out',
    ].join(expectation.shortfall !== undefined && expectation.knockOut !== undefined ? ' and' : '');
    const shortfallOk =
      expectation.shortfall === undefined || (gap?.shortfall != null && toDecimal(gap.shortfall.amount).eq(toDecimal(expectation.shortfall)));
    const knockOutOk = expectation.knockOut === undefined || gap?.knockOut === expectation.knockOut;
    const pass = gap !== undefined && shortfallOk && knockOutOk;
    const found = !gap
      ? `it has none (status ${result.status})`
      : [
          gap.shortfall ? `its shortfall is ${gap.shortfall.amount} ${gap.shortfall.unit}` : 'it has no measurable shortfall',
          gap.knockOut ? 'it is a knock-out' : 'it is not a knock-out',
          `priority ${gap.priority}`,
        ].join(', ');
    return {
      pass,
      message: () =>
        pass
          ? `expected no gap on ${result.id}${wanted}, but there is one: ${found}\n\n${criterionDetails(result)}`
          : `expected a gap on ${result.id}${wanted}, but ${found}\n\n${criterionDetails(result)}`,
      actual: gap ? { shortfall: gap.shortfall?.amount ?? null, knockOut: gap.knockOut } : null,
      expected: { ...(expectation.shortfall !== undefined ? { shortfall: toDecimal(expectation.shortfall).toFixed() } : {}), ...(expectation.knockOut !== undefined ? { knockOut: expectation.knockOut } : {}) },
    };
  },

  /** Passes when the (rounded) score equals the value, compared as decimals (`86.6` equals `'86.60'`). */
  toHaveScore(this: MatcherContext, received: unknown, value: DecimalInput): MatcherResult {
    const evaluation = evaluationOf(received, 'toHaveScore');
    if (!isDecimalInput(value)) throw new ValidationError([createIssue('invalid_decimal', [], { value: String(value) })], 'score');
    const expected = toDecimal(value);
    const pass = toDecimal(evaluation.score).eq(expected);
    return {
      pass,
      message: () =>
        pass
          ? `expected the score not to be ${expected.toFixed()}, but it is\n\n${scoreDetails(evaluation)}`
          : `expected the score ${expected.toFixed()}, got ${evaluation.score}\n\n${scoreDetails(evaluation)}`,
      actual: evaluation.score,
      expected: expected.toFixed(),
    };
  },

  /** Passes when the rule fired: a profile rule's id, `knock-out`, or `category-minimum:<category id>`. */
  toTriggerRule(this: MatcherContext, received: unknown, ruleId: string): MatcherResult {
    const evaluation = evaluationOf(received, 'toTriggerRule');
    const rule = evaluation.rules.find((r) => r.id === ruleId);
    const pass = rule !== undefined;
    return {
      pass,
      message: () =>
        pass
          ? `expected rule ${ruleId} not to fire, but it did: ${rule?.explanation}\n\n${evaluationHeadline(evaluation)}\n${ruleDetails(evaluation)}`
          : `expected rule ${ruleId} to fire, but it did not\n\n${evaluationHeadline(evaluation)}\n${ruleDetails(evaluation)}`,
      actual: evaluation.rules.map((r) => r.id),
      expected: ruleId,
    };
  },
};
