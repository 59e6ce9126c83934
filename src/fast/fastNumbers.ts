import type { KindOutcome } from '../criteria/outcome.js';
import { decimalString, roundHalfUp, type Decimal } from '../decimal.js';
import { decideRounded, type EvaluationNumbers } from '../scoring/evaluationResult.js';
import type { ProcessStep } from '../schema/evidence.js';
import { NOT_APPLICABLE, type CompiledProfile } from './plan.js';
import { roundedText } from './decimalText.js';
import { decimalOf, HUNDRED, ZERO } from './fastContext.js';
import { exactScores, type ExactScores } from './exactScores.js';
import { roundedUnits, unitsString } from './roundedUnits.js';
import { outcomeVerdict } from './fastOutcomes.js';
import { emptyVerdict, type Verdict } from './verdict.js';

const U = Number.EPSILON;

/** The weighted scores of one evaluation in doubles, each with an error bound. */
export interface FloatScores {
  overall: number;
  overallError: number;
  /** Per category: its score (NaN when no criterion applies), error, share of the overall score. */
  readonly category: number[];
  readonly categoryError: number[];
  readonly categoryShare: number[];
  /** Per category: the sum of the weights of its applicable criteria. */
  readonly categoryWeight: number[];
}

/**
 * Returns room for the weighted scores of evaluations against a compiled profile (reusable).
 *
 * @example
 * floatScoresHolder(compiled).category.length
 * //=> 4
 */
export function floatScoresHolder(compiled: CompiledProfile): FloatScores {
  const k = compiled.categories.length;
  // Plain arrays: a typed array costs far more to make, and a holder is made for each evaluation.
  return {
    overall: 0,
    overallError: 0,
    category: new Array<number>(k).fill(0),
    categoryError: new Array<number>(k).fill(0),
    categoryShare: new Array<number>(k).fill(0),
    categoryWeight: new Array<number>(k).fill(0),
  };
}

/**
 * Fills the weighted scores of a profile whose weights the doubles cannot hold with NaN (every number
 * then rounds from its exact value), keeping which categories have a score: those with an applicable
 * criterion of a weight above zero.
 */
function unknownScores(compiled: CompiledProfile, statuses: ArrayLike<number>, into: FloatScores): FloatScores {
  const categories = compiled.categories;
  for (let k = 0; k < categories.length; k++) {
    const category = categories[k] as (typeof categories)[number];
    let weighted = false;
    for (let i = category.from; i < category.to && !weighted; i++) {
      weighted = statuses[i] !== NOT_APPLICABLE && !(compiled.criteria[i] as (typeof compiled.criteria)[number]).weightExact.isZero();
    }
    // NaN marks a category without a score; a category with one gets an unknown double (infinite error).
    into.category[k] = weighted ? 0 : Number.NaN;
    into.categoryError[k] = weighted ? Number.POSITIVE_INFINITY : 0;
    into.categoryWeight[k] = weighted ? Number.NaN : 0;
    into.categoryShare[k] = weighted ? Number.NaN : 0;
  }
  into.overall = 0;
  into.overallError = Number.POSITIVE_INFINITY;
  return into;
}

/**
 * Works out the weighted scores in doubles, as `weightedScores` defines them (a category's score is
 * the weighted mean of its applicable criteria, the overall score the weighted mean of the categories
 * that have any), with error bounds that cover the doubles of the weights and every rounding.
 *
 * @example
 * floatScores(compiled, statuses, scores, errors, floatScoresHolder(compiled)).overall
 * //=> 86.56
 */
export function floatScores(
  compiled: CompiledProfile,
  statuses: ArrayLike<number>,
  scores: ArrayLike<number>,
  errors: ArrayLike<number>,
  into: FloatScores,
): FloatScores {
  const categories = compiled.categories;
  const criteria = compiled.criteria;
  if (!compiled.weightsInDoubles) return unknownScores(compiled, statuses, into);
  let total = 0;
  let weighted = 0;
  let worst = 0;
  for (let k = 0; k < categories.length; k++) {
    const category = categories[k] as (typeof categories)[number];
    let weights = 0;
    let sum = 0;
    let error = 0;
    for (let i = category.from; i < category.to; i++) {
      if (statuses[i] === NOT_APPLICABLE) continue;
      const w = (criteria[i] as (typeof criteria)[number]).weight;
      weights += w;
      sum += w * (scores[i] as number);
      if ((errors[i] as number) > error) error = errors[i] as number;
    }
    into.categoryWeight[k] = weights;
    if (weights === 0) {
      into.category[k] = Number.NaN;
      into.categoryError[k] = 0;
      continue;
    }
    const score = sum / weights;
    const e = error + 200 * U * (category.to - category.from + 4);
    into.category[k] = score;
    into.categoryError[k] = e;
    total += category.weight;
    weighted += category.weight * score;
    if (e > worst) worst = e;
  }
  into.overall = total === 0 ? 0 : weighted / total;
  into.overallError = total === 0 ? 0 : worst + 200 * U * (categories.length + 4);
  for (let k = 0; k < categories.length; k++) {
    into.categoryShare[k] = Number.isNaN(into.category[k] as number) || total === 0 ? 0 : (categories[k] as (typeof categories)[number]).weight / total;
  }
  return into;
}

/**
 * Returns the numbers of an evaluation from its outcomes and their verdicts: every rounded number
 * (the overall and category scores, each criterion's and category's points lost) from doubles with
 * error bounds where they round with certainty, and worked out exactly, by the very operations of
 * `exactNumbers`, where a double lies too close to a rounding boundary (`exactScores`). Always equal
 * to `exactNumbers` (checked by property tests).
 *
 * @example
 * fastNumbers(compiled, outcomes, verdicts).score
 * //=> '86.6'
 */
export function fastNumbers(
  compiled: CompiledProfile,
  outcomes: readonly KindOutcome[],
  verdicts: readonly Verdict[],
  processSteps?: readonly ProcessStep[],
): EvaluationNumbers {
  const places = compiled.places;
  const n = outcomes.length;
  // Plain arrays: typed arrays of more than a few numbers are costly to make.
  const statuses = new Array<number>(n);
  const scores = new Array<number>(n);
  const errors = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = verdicts[i] as Verdict;
    statuses[i] = v.status;
    scores[i] = v.score;
    errors[i] = v.error;
  }
  const f = floatScores(compiled, statuses, scores, errors, floatScoresHolder(compiled));
  let exact: ExactScores | undefined;
  const exactly = () => (exact ??= exactScores(compiled, statuses, (i) => (outcomes[i] as KindOutcome).score));
  // A number rounded from its double where that is certain, else from its exact value (no closure
  // made per number: which exact number, and its index, name it).
  const rounded = (x: number, error: number, which: 'overall' | 'category' | 'lost' | 'categoryLost', index: number): string => {
    const units = roundedUnits(x, error, places);
    if (!Number.isNaN(units)) return unitsString(units, places);
    const scores = exactly();
    return decimalString(roundHalfUp(which === 'overall' ? scores.overall() : (scores[which](index) as Decimal), places));
  };
  const score = rounded(f.overall, f.overallError, 'overall', 0);
  const categoryScores: Array<string | null> = [];
  const categoryLost: string[] = [];
  const lost: string[] = new Array<string>(n);
  for (let k = 0; k < compiled.categories.length; k++) {
    const category = compiled.categories[k] as (typeof compiled.categories)[number];
    const c = f.category[k] as number;
    categoryScores.push(Number.isNaN(c) ? null : rounded(c, f.categoryError[k] as number, 'category', k));
    const share = f.categoryShare[k] as number;
    const weights = f.categoryWeight[k] as number;
    let sum = 0;
    let sumError = 0;
    for (let i = category.from; i < category.to; i++) {
      let value = 0;
      let error = 0;
      if (statuses[i] !== NOT_APPLICABLE && weights !== 0 && share !== 0) {
        const criterionShare = (share * (compiled.criteria[i] as (typeof compiled.criteria)[number]).weight) / weights;
        const missing = 100 - (scores[i] as number);
        value = missing * criterionShare;
        error = criterionShare * ((errors[i] as number) + 8 * U * Math.abs(missing)) + Math.abs(value) * 400 * U * (category.to - category.from + compiled.categories.length + 4);
      }
      lost[i] = rounded(value, error, 'lost', i);
      sum += value;
      sumError += error + Math.abs(sum) * 2 * U;
    }
    categoryLost.push(rounded(sum, sumError, 'categoryLost', k));
  }
  const decided = decideRounded(
    compiled.profile,
    outcomes,
    decimalOf(compiled, score),
    categoryScores.map((text) => (text === null ? null : decimalOf(compiled, text))),
    processSteps,
    compiled.rules,
  );
  const exactTexts = outcomes.map((o) => (o.score === ZERO ? '0' : o.score === HUNDRED ? '100' : decimalString(o.score)));
  return {
    score,
    categoryScores,
    ...decided,
    shown: outcomes.map((o, i) => (o.status === 'not-applicable' ? '0' : roundedText(exactTexts[i] as string, places))),
    exact: exactTexts,
    lost,
    categoryLost,
  };
}

/**
 * Returns the numbers of an evaluation from criterion outcomes already known (an evaluation scored
 * again with some criteria taken as met), by the same weighing and rounding as every evaluation.
 *
 * @example
 * outcomeNumbers(compiled, outcomes).decision
 * //=> 'rejected'
 */
export function outcomeNumbers(compiled: CompiledProfile, outcomes: readonly KindOutcome[], processSteps?: readonly ProcessStep[]): EvaluationNumbers {
  const verdicts = outcomes.map((outcome, i) => {
    const verdict = emptyVerdict();
    outcomeVerdict(compiled.criteria[i] as (typeof compiled.criteria)[number], outcome, verdict);
    return verdict;
  });
  return fastNumbers(compiled, outcomes, verdicts, processSteps);
}
