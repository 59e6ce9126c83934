import type { Profile } from '../schema/profile.js';
import { causeFamilySchema, type CauseFamily } from '../schema/primitives.js';
import type { CriterionResult, Decision, DecisiveCause, DecisiveCauseCode, FiredRule } from '../scoring/evaluation.js';
import { decisionForGrade, worseDecision } from '../scoring/grades.js';
import { KNOCK_OUT_RULE } from '../scoring/rules.js';

/** The kinds of decisive cause, in the order an evaluation lists them. */
export const DECISIVE_CAUSES: readonly DecisiveCauseCode[] = ['knock-out', 'rule', 'category-minimum', 'score-band', 'missing-evidence'];
/** The six cause families (6M), in the order causes and summaries list them (the schema's order). */
export const CAUSE_FAMILY_ORDER: readonly CauseFamily[] = causeFamilySchema.options;
/** The prefix of the rule a category's `minScore` makes. */
const CATEGORY_MINIMUM = 'category-minimum:';

/** The part of an evaluation its decisive causes are read from. */
export type DecisiveInput = {
  readonly decision: Decision;
  readonly score: string;
  readonly scoreGrade: string;
  readonly rules: readonly FiredRule[];
  readonly criteria: ReadonlyArray<Pick<CriterionResult, 'id' | 'category' | 'status' | 'causeFamily'>>;
};

/** Returns the kind of decisive cause a fired rule is. */
export function ruleCauseCode(ruleId: string): DecisiveCauseCode {
  return ruleId === KNOCK_OUT_RULE ? 'knock-out' : ruleId.startsWith(CATEGORY_MINIMUM) ? 'category-minimum' : 'rule';
}

/** Returns the decision a rule's effect allows at best (`incomplete` for a rule that makes the decision incomplete). */
export function ruleCap(effect: FiredRule['effect'], grades: Profile['grades']): Decision {
  let cap: Exclude<Decision, 'incomplete'> = 'approved';
  if (effect.capGrade !== undefined) cap = decisionForGrade(effect.capGrade, grades);
  if (effect.capDecision !== undefined) cap = worseDecision(cap, effect.capDecision);
  return effect.incomplete === true && cap !== 'rejected' ? 'incomplete' : cap;
}

/** Returns the distinct cause families of some criteria, in 6M order. */
function familiesOf(ids: readonly string[], families: ReadonlyMap<string, { readonly causeFamily: CauseFamily }>): CauseFamily[] {
  const seen = new Set<CauseFamily>();
  for (const id of ids) {
    const family = families.get(id)?.causeFamily;
    if (family !== undefined) seen.add(family);
  }
  return CAUSE_FAMILY_ORDER.filter((f) => seen.has(f));
}

/**
 * Returns the causes that on their own hold an evaluation at its decision, in order: the knock-out
 * criteria, then each fired rule that caps the decision there (with the criteria, audit groups or
 * categories that fired it), then category minimums, then the score band (when the score alone earns
 * no better decision), then missing evidence (for an incomplete decision). Every cause names its
 * criteria and their cause families. An approved evaluation has none; any other has at least one.
 * `byId` (the profile's criteria by id, when the caller has them) gives the cause families without
 * reading them from the results.
 *
 * @example
 * decisiveCauses(profile, evaluate(profile, sumberLogam)).map((c) => c.rule ?? c.cause)
 * //=> ['knock-out', 'quality-system:vda63-to-c-1', 'score-band']
 */
export function decisiveCauses(
  profile: Pick<Profile, 'grades' | 'decision'>,
  evaluation: DecisiveInput,
  byId?: ReadonlyMap<string, { readonly causeFamily: CauseFamily }>,
): DecisiveCause[] {
  const { decision } = evaluation;
  if (decision === 'approved') return [];
  const families = byId ?? new Map(evaluation.criteria.map((c) => [c.id, c] as const));
  const byCode: Record<DecisiveCauseCode, DecisiveCause[]> = { 'knock-out': [], rule: [], 'category-minimum': [], 'score-band': [], 'missing-evidence': [] };
  for (const rule of evaluation.rules) {
    if (ruleCap(rule.effect, profile.grades) !== decision) continue;
    const code = ruleCauseCode(rule.id);
    const criteria =
      rule.categories.length > 0 && rule.criteria.length === 0
        ? evaluation.criteria.filter((c) => rule.categories.includes(c.category) && isGap(c.status)).map((c) => c.id)
        : [...rule.criteria];
    const cause: Record<string, unknown> = { cause: code, rule: rule.id, criteria };
    if (rule.categories.length > 0) cause.categories = [...rule.categories];
    if (rule.groups && rule.groups.length > 0) cause.groups = rule.groups.map((g) => ({ ...g }));
    cause.causeFamilies = familiesOf(criteria, families);
    byCode[code].push(cause as unknown as DecisiveCause);
  }
  if (decision !== 'incomplete' && decisionForGrade(evaluation.scoreGrade, profile.grades) === decision) {
    byCode['score-band'].push({ cause: 'score-band', criteria: [], grade: evaluation.scoreGrade, score: evaluation.score, causeFamilies: [] });
  }
  if (decision === 'incomplete' && profile.decision.missingEvidence !== 'fail') {
    const missing = evaluation.criteria.filter((c) => c.status === 'missing').map((c) => c.id);
    if (missing.length > 0) byCode['missing-evidence'].push({ cause: 'missing-evidence', criteria: missing, causeFamilies: familiesOf(missing, families) });
  }
  return DECISIVE_CAUSES.flatMap((code) => byCode[code]);
}

/** Whether a status is a gap (not fully met). */
function isGap(status: CriterionResult['status']): boolean {
  return status === 'partial' || status === 'fail' || status === 'missing';
}
