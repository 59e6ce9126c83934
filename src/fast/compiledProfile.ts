import type { Criterion } from '../criteria/criterion.js';
import { requirementOf } from '../criteria/requirement.js';
import { Decimal, toDecimal } from '../decimal.js';
import type { Profile } from '../schema/profile.js';
import type { Rule } from '../schema/rule.js';
import { decisionForGrade } from '../scoring/grades.js';
import { profileRules } from '../scoring/rules.js';
import { criterionGates, linkEntries } from '../kinds/links.js';
import { planOf } from '../kinds/registry.js';
import { fastLimit } from './limit.js';
import { isWellInsideDoubles } from '../stats/rational.js';
import type { CompiledCategory, CompiledCriterion, CompiledProfile, CompiledRule } from './plan.js';
import { kindOf } from '../kinds/registry.js';


const compiled = new WeakMap<Profile, CompiledProfile>();

const unitsOf = (value: string, places: number) => {
  const units = toDecimal(value).times(new Decimal(10).pow(places)).ceil();
  return units.gt(1e15) ? 1e15 : units.lt(-1e15) ? -1e15 : units.toNumber();
};

function compileCriterion(criterion: Criterion, index: number, category: number): CompiledCriterion {
  const required = requirementOf(criterion, { at: '1970-01-01' });
  return planOf(criterion.kind).compile(criterion, { index, category, weight: Number(criterion.weight), weightExact: toDecimal(criterion.weight), kind: criterion.kind, criterion, required });
}

const STATUS_BITS: Readonly<Record<string, number>> = { pass: 1, partial: 2, fail: 4, 'not-applicable': 8, missing: 16 };
const DECISION_CODES: Readonly<Record<string, number>> = { approved: 0, conditional: 1, rejected: 2 };

function compileRules(profile: Profile, rules: readonly Rule[], criteria: readonly CompiledCriterion[], categories: readonly CompiledCategory[]): CompiledRule[] {
  const missingCountsAsFail = profile.decision.missingEvidence === 'fail';
  const gradeIndex = (grade: string | undefined) => (grade === undefined ? -1 : profile.grades.findIndex((band) => band.grade === grade));
  return rules.map((rule) => {
    const when = rule.when;
    const effect = {
      capGrade: gradeIndex(rule.then.capGrade),
      capDecision: rule.then.capDecision === undefined ? -1 : (DECISION_CODES[rule.then.capDecision] as number),
      incomplete: rule.then.incomplete === true,
    };
    // A rule with a scope looks at that category only, as its own category filter does.
    const inScope = (category: string) => (rule.scope === undefined || rule.scope === category) && (!('categories' in when) || !when.categories || when.categories.includes(category));
    const none = { candidates: [], statusMask: 0, pointsAtMost: undefined, scoreBelow: undefined, atLeast: 0, categories: [], belowUnits: 0 };
    if (when.type === 'criteria') {
      let statusMask = 31;
      if (when.status) {
        statusMask = 0;
        for (const status of when.status) statusMask |= STATUS_BITS[status] as number;
        if (missingCountsAsFail && when.status.includes('fail')) statusMask |= STATUS_BITS.missing as number;
      }
      const placed = profile.categories.flatMap((category) => category.criteria.map((criterion) => ({ category: category.id, criterion })));
      const candidates = criteria
        .filter((_c, i) => {
          const { criterion, category } = placed[i] as { category: string; criterion: Criterion };
          return (
            (!when.severity || when.severity.includes(criterion.severity)) &&
            (!when.kind || when.kind.includes(criterion.kind)) &&
            (!when.causeFamily || when.causeFamily.includes(criterion.causeFamily)) &&
            (when.star === undefined || kindOf(criterion.kind).points?.star(criterion) === when.star) &&
            (!when.criteria || when.criteria.includes(criterion.id)) &&
            inScope(category)
          );
        })
        .map((c) => c.index);
      return {
        ...none,
        rule,
        type: 'criteria',
        candidates,
        statusMask,
        pointsAtMost: when.pointsAtMost,
        scoreBelow: when.scoreBelow === undefined ? undefined : fastLimit(when.scoreBelow),
        atLeast: when.atLeast,
        ...effect,
      };
    }
    if (when.type === 'category-score') {
      const looked = categories.map((c, k) => ({ c, k })).filter(({ c }) => inScope(c.id)).map(({ k }) => k);
      return { ...none, rule, type: 'category-score', categories: looked, belowUnits: unitsOf(when.below, profile.places), ...effect };
    }
    if (when.type === 'score') {
      // With a scope, the score read is that category's: the same as a category-score condition on it.
      if (rule.scope !== undefined) {
        const looked = categories.map((c, k) => ({ c, k })).filter(({ c }) => c.id === rule.scope).map(({ k }) => k);
        return { ...none, rule, type: 'category-score', categories: looked, belowUnits: unitsOf(when.below, profile.places), ...effect };
      }
      return { ...none, rule, type: 'score', belowUnits: unitsOf(when.below, profile.places), ...effect };
    }
    throw new Error(`Rule condition ${when.type} is not compiled (screenableRules refuses it)`);
  });
}

/**
 * Returns whether the screening route can fire every rule of a profile itself: conditions on
 * criteria (without `pointsIn`), category scores or the score. Rules on audit groups (VDA 6.3 element
 * and process-step scores) are left to `evaluate`.
 *
 * @example
 * screenableRules(defineProfile(pumpInjector))
 * //=> false
 */
export function screenableRules(profile: Profile): boolean {
  return profile.rules.every((rule) =>
    rule.when.type === 'criteria' ? rule.when.pointsIn === undefined : rule.when.type === 'category-score' || rule.when.type === 'score',
  );
}

/**
 * Returns a parsed profile compiled into its evaluation plan: limits as decimals and doubles,
 * requirements worked out, rules indexed by criterion, grade minimums in score units. Every parsed
 * profile compiles (the schemas are strict, so the plan knows every field); compiled once per frozen
 * profile and remembered.
 *
 * @example
 * compiledProfile(defineProfile(pumpInjector)).criteria.length
 * //=> 10
 */
export function compiledProfile(profile: Profile): CompiledProfile {
  const known = compiled.get(profile);
  if (known !== undefined) return known;
  const result = compile(profile);
  if (Object.isFrozen(profile)) compiled.set(profile, result);
  return result;
}

/** Whether a weight's double is zero exactly when the weight is, and otherwise a normal double far from overflow. */
const isPlainWeight = ({ weight, weightExact }: { readonly weight: number; readonly weightExact: Decimal }): boolean =>
  weight === 0 ? weightExact.isZero() : isWellInsideDoubles(weight);

/**
 * Returns whether the weights of criteria and categories are plain doubles: each zero or between
 * 1e-280 and 1e280 (so its double is zero only when it is, and carries a relative error of half a
 * unit in the last place), and their sums, within a category and over the categories, at most 1e290.
 *
 * @example
 * weightsInDoubles(criteria, categories)
 * //=> true
 */
export function weightsInDoubles(criteria: readonly CompiledCriterion[], categories: readonly CompiledCategory[]): boolean {
  let total = 0;
  for (const category of categories) {
    if (!isPlainWeight(category)) return false;
    total += category.weight;
    let sum = 0;
    for (let i = category.from; i < category.to; i++) {
      const criterion = criteria[i] as CompiledCriterion;
      if (!isPlainWeight(criterion)) return false;
      sum += criterion.weight;
    }
    if (!(sum <= 1e290)) return false;
  }
  return total <= 1e290;
}

function compile(profile: Profile): CompiledProfile {
  const criteria: CompiledCriterion[] = [];
  const categories: CompiledCategory[] = [];
  const byId = new Map<string, number>();
  profile.categories.forEach((category, k) => {
    const from = criteria.length;
    for (const criterion of category.criteria) {
      byId.set(criterion.id, criteria.length);
      criteria.push(compileCriterion(criterion, criteria.length, k));
    }
    categories.push({ id: category.id, weight: Number(category.weight), weightExact: toDecimal(category.weight), from, to: criteria.length });
  });
  linkEntries(criteria, byId);
  const rules = profileRules(profile);
  return {
    profile,
    places: profile.places,
    criteria,
    byId,
    gates: criterionGates(criteria.map((c) => c.criterion), byId),
    categories,
    weightsInDoubles: weightsInDoubles(criteria, categories),
    grades: profile.grades.map((band) => ({
      grade: band.grade,
      minUnits: unitsOf(band.min, profile.places),
      decision: DECISION_CODES[decisionForGrade(band.grade, profile.grades)] as 0 | 1 | 2,
    })),
    missingCountsAsFail: profile.decision.missingEvidence === 'fail',
    rules,
    screeningRules: screenableRules(profile) ? compileRules(profile, rules, criteria, categories) : null,
    dates: new Map(),
    decimals: new Map(),
    shares: new Map(),
    lostUnits: new Map(),
  };
}
