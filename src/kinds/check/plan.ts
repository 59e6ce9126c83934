import { FAIL, PASS, type CompiledBase } from '../../fast/planParts.js';
import type { CheckCriterion, CheckEvidence } from './schema.js';
import type { KindOutcome } from '../../criteria/outcome.js';
import { HUNDRED, ZERO } from '../../fast/fastContext.js';
import { jsonClone } from '../../fast/jsonClone.js';
import type { Verdict } from '../../fast/verdict.js';
import { onlyKeys } from '../../fast/entryChecks.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of a yes/no check. */
export type CompiledCheck = CompiledBase<'check', CheckCriterion>;

/**
 * Decides a yes/no check: met when the answer is the expected one.
 *
 * @example
 * decideCheck(leakTest, { criterion: 'leak-test', value: false }, emptyVerdict()).status
 * //=> 2
 */
export function decideCheck(c: CompiledCheck, evidence: CheckEvidence, verdict: Verdict): Verdict {
  const met = evidence.value === c.criterion.expected;
  verdict.status = met ? PASS : FAIL;
  verdict.score = met ? 100 : 0;
  verdict.error = 0;
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.exact = null;
  return verdict;
}

/**
 * Returns the outcome of a yes/no check (met when the answer is the expected one), with the verdict
 * filled in.
 *
 * @example
 * checkOutcome(leakTest, { criterion: 'leak-test', value: false }, emptyVerdict()).why.code
 * //=> 'check.notMet'
 */
export function checkOutcome(c: CompiledCheck, evidence: CheckEvidence, verdict: Verdict): KindOutcome {
  decideCheck(c, evidence, verdict);
  const met = verdict.status === PASS;
  const expected = c.criterion.expected;
  return {
    status: met ? 'pass' : 'fail',
    score: met ? HUNDRED : ZERO,
    required: jsonClone(c.required ?? {}),
    found: { value: evidence.value, ...(evidence.note ? { note: evidence.note } : {}) },
    why: { code: met ? 'check.met' : 'check.notMet', params: { expected: expected ? 'yes' : 'no', value: evidence.value ? 'yes' : 'no' } },
    shortfall: null,
  };
}


const CHECK_KEYS = new Set(['criterion', 'value', 'note']);

/** The plan of a yes/no check. */
export const checkPlan: KindPlan<CheckCriterion, CompiledCheck> = {
  compile: (_criterion, base) => base,
  fits: (_compiled, _holder, _c, e) => onlyKeys(e, CHECK_KEYS) && typeof e.value === 'boolean',
  outcome: (_ctx, c, entry, _holder, verdict) => checkOutcome(c, entry as unknown as CheckEvidence, verdict),
  decide(_ctx, c, entry, _holder, verdict) {
    decideCheck(c, entry as unknown as CheckEvidence, verdict);
    return false;
  },
  exactScore: (_ctx, _c, _entry, _holder, status) => (status === PASS ? HUNDRED : ZERO),
};
