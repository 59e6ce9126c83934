import { defineProfile } from '../parse/parseProfile.js';
import type { DecisiveCause } from '../scoring/evaluation.js';
import { decisiveCauses } from './decisiveCauses.js';
import { evaluationOrThrow } from './evaluationShape.js';

/**
 * Returns the causes that on their own hold an evaluation at its decision (see `decisiveCauses`),
 * after checking the profile and the evaluation as every function reading an evaluation back does:
 * the public form, for an evaluation read back from JSON. Throws one `ValidationError` listing every
 * problem of either.
 *
 * @example
 * checkedDecisiveCauses(profile, JSON.parse(JSON.stringify(evaluation))).map((c) => [c.cause, c.rule])
 * //=> [['rule', 'quality-system:vda63-to-c-1']]
 */
export function checkedDecisiveCauses(profile: unknown, evaluation: unknown): DecisiveCause[] {
  const parsed = defineProfile(profile as never);
  return decisiveCauses(parsed, evaluationOrThrow(evaluation, ['evaluation']));
}
