import type {} from 'vitest';
import type { CriterionStatus } from '../criteria/outcome.js';
import type { DecimalInput } from '../decimal.js';
import type { CriterionId, RuleId } from '../schema/profileShape.js';
import type { GapExpectation } from './matchers.js';

/**
 * The evaluation matchers as typed on `expect(value)`. For the evaluation of a profile written in
 * code, criterion and rule ids complete and an unknown id is a compile error.
 */
export interface EvaluationMatchers<T = unknown> {
  /** Passes when the decision is `approved`. */
  toBeApproved(): void;
  /** Passes when the decision is `rejected`. */
  toBeRejected(): void;
  /** Passes when the decision is `conditional`. */
  toBeConditional(): void;
  /** Passes when the decision is `incomplete` (evidence missing). */
  toBeIncomplete(): void;
  /** Passes when the criterion's status is `pass`. */
  toPass(criterionId: CriterionId<T>): void;
  /** Passes when the criterion's status is `fail`. */
  toFail(criterionId: CriterionId<T>): void;
  /** Passes when the criterion has the given status. */
  toHaveStatus(criterionId: CriterionId<T>, status: CriterionStatus): void;
  /** Passes when there is a gap on the criterion, with the shortfall (in its unit) and knock-out flag when given. */
  toHaveGap(criterionId: CriterionId<T>, expectation?: GapExpectation): void;
  /** Passes when the rounded score equals the value, compared as decimals. */
  toHaveScore(value: DecimalInput): void;
  /** Passes when the rule fired (a profile rule, `knock-out` or `category-minimum:<category>`). */
  toTriggerRule(ruleId: RuleId<T>): void;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Assertion<T = any> extends EvaluationMatchers<T> {}
}
