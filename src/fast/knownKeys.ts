import type { Profile } from '../schema/profile.js';

const set = (...keys: string[]) => new Set(keys);

const PROFILE = set('$schema', 'id', 'version', 'title', 'description', 'buyer', 'component', 'places', 'categories', 'grades', 'decision', 'rules', 'translations');
const CATEGORY = set('id', 'title', 'weight', 'minScore', 'criteria', 'translations');
const GRADE = set('grade', 'min', 'decision');
const DECISION = set('missingEvidence', 'belowCategoryMinimum', 'reauditDays');
const BASE = ['kind', 'id', 'title', 'weight', 'severity', 'causeFamily', 'remedy', 'reference', 'effort', 'translations'];
const CRITERION: Readonly<Record<string, ReadonlySet<string>>> = {
  measurement: set(...BASE, 'unit', 'nominal', 'tolerance', 'upperDeviation', 'lowerDeviation', 'lsl', 'usl', 'requiredShare', 'partialFromShare', 'resolution', 'capability'),
  'audit-question': set(...BASE, 'levels', 'star', 'allowNotApplicable', 'passPoints', 'failBelow', 'number', 'question', 'element', 'subElement', 'perStep'),
  certificate: set(...BASE, 'standard', 'alsoAccepted', 'minRemainingDays', 'expiringScore'),
  metric: set(...BASE, 'unit', 'direction', 'limit', 'target', 'scoreAtLimit', 'bands', 'resolution'),
  document: set(...BASE, 'document', 'acceptedStatuses', 'maxAgeDays'),
  check: set(...BASE, 'expected', 'question'),
  'attribute-inspection': set(...BASE, 'aql', 'level', 'inspection', 'edition'),
};
const CAPABILITY = set('index', 'min', 'minSamples', 'subgroupSize', 'sigma', 'constants', 'useLowerBound', 'confidence', 'partialFrom');
const RULE = set('id', 'title', 'reference', 'scope', 'when', 'then', 'translations');
const CONDITION: Readonly<Record<string, ReadonlySet<string>>> = {
  criteria: set('type', 'status', 'severity', 'kind', 'causeFamily', 'star', 'pointsAtMost', 'scoreBelow', 'criteria', 'categories', 'atLeast'),
  'category-score': set('type', 'below', 'categories'),
  score: set('type', 'below'),
};
const EFFECT = set('capGrade', 'capDecision', 'incomplete');

function only(value: unknown, keys: ReadonlySet<string> | undefined): boolean {
  if (keys === undefined || typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) if (!keys.has(key)) return false;
  return true;
}

/**
 * Returns whether every criterion of a parsed profile is one the fast route knows: known keys on the
 * profile, its categories, criteria, capability requirements and grades. The rules may be of any kind:
 * the fast route of `evaluate` fires them with the same code as the exact route. A profile using
 * anything else (a newer option) is evaluated the exact way only, so the fast route never guesses.
 *
 * @example
 * isKnownProfile(defineProfile(pumpInjector))
 * //=> true
 */
export function isKnownProfile(profile: Profile): boolean {
  if (!only(profile, PROFILE) || !only(profile.decision, DECISION)) return false;
  if (!profile.grades.every((band) => only(band, GRADE))) return false;
  for (const category of profile.categories) {
    if (!only(category, CATEGORY)) return false;
    for (const criterion of category.criteria) {
      if (!only(criterion, CRITERION[criterion.kind])) return false;
      if (criterion.kind === 'measurement' && criterion.capability && !only(criterion.capability, CAPABILITY)) return false;
    }
  }
  return true;
}

/**
 * Returns whether the screening route can fire every rule of a profile itself: conditions on
 * criteria, category scores or the score, with known options. Rules on audit groups (VDA 6.3 element
 * and process-step scores) are left to `evaluate`.
 *
 * @example
 * screenableRules(defineProfile(pumpInjector))
 * //=> false
 */
export function screenableRules(profile: Profile): boolean {
  return profile.rules.every((rule) => only(rule, RULE) && only(rule.when, CONDITION[rule.when.type]) && only(rule.then, EFFECT));
}
