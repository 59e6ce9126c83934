import { roundHalfUp, type Decimal } from '../decimal.js';
import { dayNumber } from '../dates/dayNumber.js';
import { KNOCK_OUT_RULE } from '../scoring/rules.js';
import { isDateText } from './entryChecks.js';
import { exactScores, type ExactScores } from './exactScores.js';
import { decimalOf, ZERO, type FastContext } from './fastContext.js';
import { floatScores, floatScoresHolder, type FloatScores } from './fastNumbers.js';
import { planOf } from '../kinds/registry.js';
import { fastEvidenceHolder, matchFast } from './matchFast.js';
import { CACHE_LIMIT, FAIL, MISSING, NOT_APPLICABLE, STATUS_NAMES, type CompiledCriterion, type CompiledProfile, type CompiledRule, type Entry, type FastEvidence } from './plan.js';
import { roundedUnits } from './roundedUnits.js';
import { emptyVerdict, type Verdict } from './verdict.js';
import { kindOf } from '../kinds/registry.js';

const U = Number.EPSILON;
const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** The working memory of screening against one compiled profile, reused record after record. */
export interface Screener {
  readonly compiled: CompiledProfile;
  readonly holder: FastEvidence;
  readonly verdict: Verdict;
  readonly statuses: Int8Array;
  readonly scores: Float64Array;
  readonly errors: Float64Array;
  readonly minPoints: Float64Array;
  readonly exact: Array<Decimal | null>;
  /** Whether a metric was decided by the fast route (1) or its own evaluator (0), for the last record. */
  readonly decidedFast: Uint8Array;
  readonly floats: FloatScores;
  /** Rounded category scores in units of 10^-places (NaN: no criterion applies). */
  readonly categoryUnits: Float64Array;
  /** Which rules fired (1) for the last record, by compiled rule. */
  readonly fired: Uint8Array;
  /** Criteria a fired knock-out rule names (1), for the last record. */
  readonly knockOut: Uint8Array;
  /** The last record's evaluation date. */
  at: string;
  atDay: number;
  /** Rounded overall score in units, score band and final grade (band positions), decision code. */
  units: number;
  scoreGrade: number;
  grade: number;
  decision: number;
  exactScores: ExactScores | null;
  /** Which criteria of the last record are not applicable (0s and 1s), once asked for. */
  pattern: string | null;
  busy: boolean;
}

/**
 * Returns fresh working memory for screening against a compiled profile.
 *
 * @example
 * screener(compiled).statuses.length
 * //=> 10
 */
export function screener(compiled: CompiledProfile): Screener {
  const n = compiled.criteria.length;
  return {
    compiled,
    holder: fastEvidenceHolder(compiled),
    verdict: emptyVerdict(),
    statuses: new Int8Array(n),
    scores: new Float64Array(n),
    errors: new Float64Array(n),
    minPoints: new Float64Array(n),
    exact: new Array<Decimal | null>(n).fill(null),
    decidedFast: new Uint8Array(n),
    floats: floatScoresHolder(compiled),
    categoryUnits: new Float64Array(compiled.categories.length),
    fired: new Uint8Array(compiled.screeningRules?.length ?? 0),
    knockOut: new Uint8Array(n),
    at: '',
    atDay: 0,
    units: 0,
    scoreGrade: 0,
    grade: 0,
    decision: 0,
    exactScores: null,
    pattern: null,
    busy: false,
  };
}

/** Returns the exact score of criterion i, working it out by its kind's plan when the fast route has not. */
function exactOf(s: Screener, i: number): Decimal {
  const known = s.exact[i];
  if (known) return known;
  const status = s.statuses[i] as number;
  let value: Decimal;
  if (status === MISSING || status === NOT_APPLICABLE) value = ZERO;
  else if (s.errors[i] === 0) value = decimalOf(s.compiled, String(s.scores[i]));
  else {
    const c = s.compiled.criteria[i] as CompiledCriterion;
    const entry = s.holder.entries[i] as object;
    const ctx = { compiled: s.compiled, at: s.at, atDay: s.atDay };
    value = planOf(c.kind).exactScore(ctx, c, entry as Entry, s.holder, status, s.decidedFast[i] === 1, s.verdict);
  }
  s.exact[i] = value;
  return value;
}

function exactly(s: Screener): ExactScores {
  return (s.exactScores ??= exactScores(s.compiled, s.statuses, (i) => exactOf(s, i)));
}


/** Decides one criterion into the screener's arrays. */
function decide(s: Screener, ctx: FastContext, c: CompiledCriterion): void {
  const i = c.index;
  const v = s.verdict;
  const entry = s.holder.entries[i];
  let fast = 0;
  v.exact = null;
  v.minPoints = Number.POSITIVE_INFINITY;
  if (entry === undefined) {
    v.status = MISSING;
    v.score = 0;
    v.error = 0;
    // A missing audit question counted as failed has, for rules on points, the lowest result: 0 points.
    if (s.compiled.missingCountsAsFail && kindOf(c.kind).points !== undefined) v.minPoints = 0;
  } else if (entry.notApplicable === true) {
    v.status = NOT_APPLICABLE;
    v.score = 0;
    v.error = 0;
  } else if (planOf(c.kind).decide(ctx, c, entry, s.holder, v)) fast = 1;
  s.statuses[i] = v.status;
  s.scores[i] = v.score;
  s.errors[i] = v.error;
  s.minPoints[i] = v.minPoints;
  s.exact[i] = v.exact;
  s.decidedFast[i] = fast;
}

/** Returns whether criterion i's exact score is below a limit, by its double where that is certain. */
function scoreBelow(s: Screener, i: number, limit: { float: number; exact: Decimal; error: number }): boolean {
  const x = s.scores[i] as number;
  const e = (s.errors[i] as number) + limit.error + 4 * U * Math.max(Math.abs(x), Math.abs(limit.float));
  if (x < limit.float - e) return true;
  if (x > limit.float + e) return false;
  return exactOf(s, i).lt(limit.exact);
}

/**
 * Returns whether criterion i of the last screened record meets a criteria rule's condition (one of
 * the criteria that make it fire).
 *
 * @example
 * criterionMatches(s, compiled.screeningRules[0], 1)
 * //=> true
 */
export function criterionMatches(s: Screener, rule: CompiledRule, i: number): boolean {
  const status = s.statuses[i] as number;
  if (((rule.statusMask >> status) & 1) === 0) return false;
  if (rule.pointsAtMost !== undefined && !((s.minPoints[i] as number) <= rule.pointsAtMost)) return false;
  return rule.scoreBelow === undefined || (status !== NOT_APPLICABLE && scoreBelow(s, i, rule.scoreBelow));
}

/** Rounds a double with an error bound to units, or the exact value when the double cannot tell. */
function units(x: number, error: number, places: number, value: () => Decimal): number {
  const u = roundedUnits(x, error, places);
  if (!Number.isNaN(u)) return u;
  return roundHalfUp(value(), places).times(SCALES[places] as number).toNumber();
}

/**
 * Screens one record against a compiled profile into the screener: every criterion decided on the
 * fast route (doubles far from a limit, exact comparisons near one), the weighted scores in doubles
 * and rounded once where the doubles are certain (exactly otherwise), the rules, grade and decision.
 * Returns false when the record is not plainly valid evidence (the caller then evaluates it the
 * exact way, which lists its problems). Gives the decision, score and grade `evaluate` gives
 * (checked by property tests).
 *
 * @example
 * screenRecord(screener(compiled), evidence, undefined) && DECISION_NAMES[s.decision]
 * //=> 'conditional'
 */
export function screenRecord(s: Screener, input: unknown, at: string | undefined): boolean {
  const compiled = s.compiled;
  const rules = compiled.screeningRules;
  if (rules === null) return false;
  if (at !== undefined && !isDateText(compiled, at)) return false;
  if (!matchFast(compiled, input, s.holder)) return false;
  s.at = at ?? s.holder.auditDate;
  s.atDay = dayNumber(s.at);
  s.exactScores = null;
  s.pattern = null;
  const ctx: FastContext = { compiled, at: s.at, atDay: s.atDay };
  const criteria = compiled.criteria;
  for (let i = 0; i < criteria.length; i++) decide(s, ctx, criteria[i] as CompiledCriterion);
  // A criterion gated by another (a measurement that requires a qualified gauge) is decided after it.
  for (const { gated, by, status: gatedStatus } of compiled.gates) {
    const status = gatedStatus(STATUS_NAMES[s.statuses[gated] as number]!, STATUS_NAMES[s.statuses[by] as number]!);
    if (status === null) continue;
    s.statuses[gated] = STATUS_NAMES.indexOf(status);
    s.scores[gated] = 0;
    s.errors[gated] = 0;
    s.exact[gated] = ZERO;
  }

  // Weighted scores, rounded once.
  const places = compiled.places;
  const f = floatScores(compiled, s.statuses, s.scores, s.errors, s.floats);
  s.units = units(f.overall, f.overallError, places, () => exactly(s).overall());
  for (let k = 0; k < compiled.categories.length; k++) {
    const c = f.category[k] as number;
    s.categoryUnits[k] = Number.isNaN(c) ? Number.NaN : units(c, f.categoryError[k] as number, places, () => exactly(s).category(k) as Decimal);
  }

  // Rules.
  const statuses = s.statuses;
  s.knockOut.fill(0);
  let capGrade = -1;
  let capDecision = -1;
  let rejected = false;
  let incomplete = false;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as (typeof rules)[number];
    let fires = false;
    if (rule.type === 'criteria') {
      let count = 0;
      const candidates = rule.candidates;
      for (let j = 0; j < candidates.length; j++) if (criterionMatches(s, rule, candidates[j] as number)) count++;
      fires = count >= rule.atLeast;
      if (fires && rule.rule.id === KNOCK_OUT_RULE) {
        for (let j = 0; j < candidates.length; j++) {
          const i = candidates[j] as number;
          if (criterionMatches(s, rule, i)) s.knockOut[i] = 1;
        }
      }
    } else if (rule.type === 'category-score') {
      for (const k of rule.categories) {
        const u = s.categoryUnits[k] as number;
        if (!Number.isNaN(u) && u < rule.belowUnits) {
          fires = true;
          break;
        }
      }
    } else fires = s.units < rule.belowUnits;
    s.fired[r] = fires ? 1 : 0;
    if (!fires) continue;
    if (rule.capGrade > capGrade) capGrade = rule.capGrade;
    if (rule.capDecision > capDecision) capDecision = rule.capDecision;
    if (rule.capDecision === 2) rejected = true;
    if (rule.incomplete) incomplete = true;
  }

  // Grade and decision.
  const grades = compiled.grades;
  let band = grades.length - 1;
  for (let g = 0; g < grades.length; g++) {
    if (s.units >= (grades[g] as (typeof grades)[number]).minUnits) {
      band = g;
      break;
    }
  }
  s.scoreGrade = band;
  s.grade = capGrade > band ? capGrade : band;
  let decision: number = (grades[s.grade] as (typeof grades)[number]).decision;
  if (capDecision > decision) decision = capDecision;
  if (!rejected) {
    if (incomplete) decision = 3;
    else if (!compiled.missingCountsAsFail) {
      for (let i = 0; i < statuses.length; i++) {
        if (statuses[i] === MISSING) {
          decision = 3;
          break;
        }
      }
    }
  }
  s.decision = decision;
  return true;
}

/**
 * Returns the points a criterion of the last screened record loses, rounded to the profile's places,
 * in units of 10^-places (as the evaluation's `pointsLost`, whose text is `unitsString` of it).
 *
 * @example
 * unitsString(pointsLostUnits(s, 1), 1)
 * //=> '13.6'
 */
export function pointsLostUnits(s: Screener, i: number): number {
  const compiled = s.compiled;
  const c = compiled.criteria[i] as CompiledCriterion;
  const k = c.category;
  const f = s.floats;
  const share = f.categoryShare[k] as number;
  const weights = f.categoryWeight[k] as number;
  const category = compiled.categories[k] as (typeof compiled.categories)[number];
  let value = 0;
  let error = 0;
  if (s.statuses[i] !== NOT_APPLICABLE && weights !== 0 && share !== 0) {
    const criterionShare = (share * c.weight) / weights;
    const missing = 100 - (s.scores[i] as number);
    value = missing * criterionShare;
    error = criterionShare * ((s.errors[i] as number) + 8 * U * Math.abs(missing)) + Math.abs(value) * 400 * U * (category.to - category.from + compiled.categories.length + 4);
  }
  const rounded = roundedUnits(value, error, compiled.places);
  if (!Number.isNaN(rounded)) return rounded;
  // A tie: worked out exactly. A failed or missing criterion (score 0) loses the same points for every
  // record with the same criteria applicable, so that result is remembered per profile.
  const status = s.statuses[i];
  const constant = (status === FAIL || status === MISSING) && s.scores[i] === 0 && s.errors[i] === 0;
  if (!constant) return units(value, error, compiled.places, () => exactly(s).lost(i));
  // By pattern, then by criterion: the record's one pattern text is hashed once, not once per criterion.
  const pattern = applicablePattern(s);
  let byCriterion = compiled.lostUnits.get(pattern);
  if (byCriterion === undefined) {
    // At most about 8 × CACHE_LIMIT points remembered in all (each pattern holds up to one per criterion).
    if (compiled.lostUnits.size >= Math.max(1, Math.floor((8 * CACHE_LIMIT) / compiled.criteria.length))) compiled.lostUnits.clear();
    byCriterion = new Map();
    compiled.lostUnits.set(pattern, byCriterion);
  }
  let known = byCriterion.get(i);
  if (known === undefined) {
    known = units(value, error, compiled.places, () => exactly(s).lost(i));
    byCriterion.set(i, known);
  }
  return known;
}

/** Returns which criteria of the last record are not applicable, as a text of 0s and 1s. */
function applicablePattern(s: Screener): string {
  if (s.pattern === null) {
    let text = '';
    for (let i = 0; i < s.statuses.length; i++) text += s.statuses[i] === NOT_APPLICABLE ? '1' : '0';
    s.pattern = text;
  }
  return s.pattern;
}
