import { Decimal, type DecimalInput } from '../../decimal.js';
import { createIssue } from '../../errors/index.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/** One main criterion's score and its weight. */
export interface WeightedScore {
  readonly score: DecimalInput;
  readonly weight: DecimalInput;
}

/**
 * Returns the overall score of main criteria by their weighting key, as SAP vendor evaluation weighs
 * them: Σ score · weight / Σ weight. Throws a `ValidationError` for bad input or weights adding up to 0.
 *
 * @example
 * weightedTotal([{ score: 80, weight: 3 }, { score: 90, weight: 1 }])
 * //=> '82.5'
 */
export function weightedTotal(scores: readonly WeightedScore[], places?: number): string {
  const checks = new NumberChecks();
  let sum = new Decimal(0);
  let weights = new Decimal(0);
  checks.list(scores, []).forEach((item, i) => {
    const s = checks.record(item, [i]);
    const weight = checks.decimal(s.weight, [i, 'weight'], 0);
    sum = sum.plus(checks.decimal(s.score, [i, 'score']).times(weight));
    weights = weights.plus(weight);
  });
  const p = checks.places(places);
  if (checks.issues.length === 0 && weights.isZero()) checks.issues.push(createIssue('weights_zero', []));
  checks.done('weighted scores');
  return resultText(sum.div(weights), p);
}
