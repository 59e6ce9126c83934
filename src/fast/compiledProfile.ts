import type { AttributeInspectionCriterion } from '../criteria/attributeInspection.js';
import { auditThresholds, type AuditQuestionCriterion } from '../criteria/auditQuestion.js';
import type { CertificateCriterion } from '../criteria/certificate.js';
import type { CheckCriterion } from '../criteria/check.js';
import type { Criterion, CriterionKind } from '../criteria/criterion.js';
import type { DocumentCriterion } from '../criteria/document.js';
import type { CapabilityRequirement } from '../criteria/capabilityRequirement.js';
import { limitsOf, type MeasurementCriterion, type SpecLimits } from '../criteria/measurement.js';
import { ValidationError } from '../errors/index.js';
import { readCapabilityInput, type CapabilityInput } from '../stats/readCapabilityInput.js';
import { ratioScale, type MetricCriterion } from '../criteria/metric.js';
import type { JsonValue, KindOutcome } from '../criteria/outcome.js';
import { requirementOf } from '../criteria/requirement.js';
import { Decimal, decimalString, toDecimal } from '../decimal.js';
import type { Profile } from '../schema/profile.js';
import type { Rule } from '../schema/rule.js';
import { decisionForGrade } from '../scoring/grades.js';
import { profileRules } from '../scoring/rules.js';
import { unitKey } from '../units/index.js';
import { leanStudy, type LeanStudy } from './kinds/capabilityFigures.js';
import { fastLimit, type FastLimit } from './limit.js';

/** Criterion status codes of the fast path, in the order of `STATUS_NAMES`. */
export const PASS = 0;
export const PARTIAL = 1;
export const FAIL = 2;
export const NOT_APPLICABLE = 3;
export const MISSING = 4;
export const STATUS_NAMES = ['pass', 'partial', 'fail', 'not-applicable', 'missing'] as const;

/** Decision codes of the fast path, best first, in the order of `DECISION_NAMES`. */
export const DECISION_NAMES = ['approved', 'conditional', 'rejected', 'incomplete'] as const;

interface CompiledBase<K extends CriterionKind, C> {
  readonly kind: K;
  readonly criterion: C;
  /** Position in profile order. */
  readonly index: number;
  /** Position of the category. */
  readonly category: number;
  /** The weight as a double and as a decimal. */
  readonly weight: number;
  readonly weightExact: Decimal;
  /** `required` of every result (none for certificates, whose requirement names the date). */
  readonly required: Readonly<Record<string, JsonValue>> | null;
  /** Decide this criterion with the kind's own (reference) evaluator only. */
  readonly reference: boolean;
}

export interface CompiledAudit extends CompiledBase<'audit-question', AuditQuestionCriterion> {
  readonly max: number;
  readonly passPoints: number;
  readonly failBelow: number;
  readonly levels: ReadonlySet<number>;
  readonly allowNotApplicable: boolean;
}

export interface CompiledCertificate extends CompiledBase<'certificate', CertificateCriterion> {
  readonly accepted: readonly string[];
  /** Whether a held standard is accepted, by its text as written (bounded). */
  readonly standards: Map<string, boolean>;
  readonly minRemainingDays: number | undefined;
  readonly expiring: FastLimit;
}

export interface MetricBand {
  readonly bound: FastLimit;
  readonly score: FastLimit;
}

export interface CompiledMetric extends CompiledBase<'metric', MetricCriterion> {
  readonly higher: boolean;
  readonly limit: FastLimit;
  readonly target: FastLimit | null;
  readonly atLimit: FastLimit;
  /** 100 − score at limit, exact and as a double. */
  readonly rise: Decimal;
  readonly riseFloat: number;
  /** How much better the target is than the limit (exact and double); null without a target. */
  readonly span: { readonly exact: Decimal; readonly float: number; readonly positive: boolean } | null;
  /** Bands, highest score first (equal scores in profile order). */
  readonly bands: readonly MetricBand[] | null;
  readonly scale: { readonly exact: Decimal; readonly float: number };
  /** Outcomes of evidence given as a value, remembered per value (a metric's outcome depends on nothing else). */
  readonly byValue: Map<string | number, RememberedMetric>;
}

/** A metric outcome remembered for one value, with the verdict it set. */
export interface RememberedMetric {
  readonly outcome: KindOutcome;
  readonly status: number;
  readonly score: number;
  readonly error: number;
  readonly exact: Decimal | null;
}

export interface CompiledDocument extends CompiledBase<'document', DocumentCriterion> {
  /** Accepted statuses, trimmed and lower case. */
  readonly accepted: ReadonlySet<string>;
  readonly acceptedText: string;
  readonly maxAgeDays: number | undefined;
}

export type CompiledCheck = CompiledBase<'check', CheckCriterion>;

export interface CompiledCapability {
  readonly min: FastLimit;
  readonly partialFrom: FastLimit | null;
  /** The confidence in percent, as printed. */
  readonly confidencePercent: string;
  /** The study options as `readCapabilityInput` reads them, for a list of values and for subgroups (null: refused). */
  readonly flat: CapabilityInput | null;
  readonly grouped: CapabilityInput | null;
  /** What a study of these options by R̄ or moving range needs besides the data, for a list of values and for subgroups (null: another method). */
  readonly flatLean: LeanStudy | null;
  readonly groupedLean: LeanStudy | null;
}

export interface CompiledMeasurement extends CompiledBase<'measurement', MeasurementCriterion> {
  readonly lower: FastLimit | null;
  readonly upper: FastLimit | null;
  readonly lslText: string;
  readonly uslText: string;
  /** USL − LSL when both are given. */
  readonly width: Decimal | null;
  readonly requiredShare: FastLimit;
  readonly partialFrom: FastLimit | null;
  readonly unitKey: string;
  readonly capability: CompiledCapability | null;
}

export type CompiledInspection = CompiledBase<'attribute-inspection', AttributeInspectionCriterion>;

export type CompiledCriterion =
  | CompiledAudit
  | CompiledCertificate
  | CompiledMetric
  | CompiledDocument
  | CompiledCheck
  | CompiledMeasurement
  | CompiledInspection;

export interface CompiledCategory {
  readonly id: string;
  readonly weight: number;
  readonly weightExact: Decimal;
  readonly from: number;
  readonly to: number;
}

export interface CompiledGrade {
  readonly grade: string;
  /** The lowest rounded score (in units of 10^-places) in the band. */
  readonly minUnits: number;
  readonly decision: 0 | 1 | 2;
}

/** A rule ready for the screening path. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly type: 'criteria' | 'category-score' | 'score';
  /** Criteria conditions: the criteria every static filter lets through, and the status bit mask. */
  readonly candidates: readonly number[];
  readonly statusMask: number;
  readonly pointsAtMost: number | undefined;
  readonly scoreBelow: FastLimit | undefined;
  readonly atLeast: number;
  /** Category-score conditions: the categories looked at. */
  readonly categories: readonly number[];
  /** Score conditions: fires when the rounded score (in units) is below this. */
  readonly belowUnits: number;
  readonly capGrade: number;
  readonly capDecision: number;
  /** The rule makes the evaluation incomplete (unless a rule rejects). */
  readonly incomplete: boolean;
}

/** A validated profile prepared once for fast evaluation. */
export interface CompiledProfile {
  readonly profile: Profile;
  readonly places: number;
  readonly criteria: readonly CompiledCriterion[];
  readonly byId: ReadonlyMap<string, number>;
  readonly categories: readonly CompiledCategory[];
  readonly grades: readonly CompiledGrade[];
  readonly missingCountsAsFail: boolean;
  readonly rules: readonly Rule[];
  /** The rules for the screening route, or null when it cannot fire them all itself (then `screen` evaluates). */
  readonly screeningRules: readonly CompiledRule[] | null;
  /** Whether a calendar date text is valid, by text (bounded). */
  readonly dates: Map<string, boolean>;
  /** Rounded scores as decimals, by text (bounded), for the rules. */
  readonly decimals: Map<string, Decimal>;
  /** Exact shares of criteria in the overall score, by criterion and pattern of applicable criteria (bounded). */
  readonly shares: Map<string, Decimal>;
  /** Points lost by a criterion scoring 0, in units, by criterion and pattern of applicable criteria (bounded). */
  readonly lostUnits: Map<string, number>;
}

/** At most this many texts are remembered per cache. */
export const CACHE_LIMIT = 4096;

const compiled = new WeakMap<Profile, CompiledProfile>();

const unitsOf = (value: string, places: number) => {
  const units = toDecimal(value).times(new Decimal(10).pow(places)).ceil();
  return units.gt(1e15) ? 1e15 : units.lt(-1e15) ? -1e15 : units.toNumber();
};

function compileCriterion(criterion: Criterion, index: number, category: number): CompiledCriterion {
  const base = { index, category, weight: Number(criterion.weight), weightExact: toDecimal(criterion.weight), reference: false };
  const required = criterion.kind === 'certificate' ? null : requirementOf(criterion, { at: '1970-01-01' });
  switch (criterion.kind) {
    case 'audit-question': {
      const { max, passPoints, failBelow } = auditThresholds(criterion);
      return {
        ...base,
        kind: criterion.kind,
        criterion,
        required,
        reference: !(max > 0),
        max,
        passPoints,
        failBelow,
        levels: new Set(criterion.levels),
        allowNotApplicable: criterion.allowNotApplicable,
      };
    }
    case 'certificate':
      return {
        ...base,
        kind: criterion.kind,
        criterion,
        required,
        accepted: [criterion.standard, ...criterion.alsoAccepted],
        standards: new Map(),
        minRemainingDays: criterion.minRemainingDays,
        expiring: fastLimit(criterion.expiringScore),
      };
    case 'metric': {
      const higher = criterion.direction === 'higher-is-better';
      const limit = fastLimit(criterion.limit);
      const target = criterion.target === undefined ? null : fastLimit(criterion.target);
      const atLimit = fastLimit(criterion.scoreAtLimit);
      const span = target ? (higher ? target.exact.minus(limit.exact) : limit.exact.minus(target.exact)) : null;
      const bands = criterion.bands
        ? criterion.bands
            .map((band, order) => ({ bound: fastLimit(band.bound), score: fastLimit(band.score), order }))
            .sort((a, b) => b.score.exact.comparedTo(a.score.exact) || a.order - b.order)
            .map(({ bound, score }) => ({ bound, score }))
        : null;
      const scale = ratioScale(criterion.unit);
      return {
        ...base,
        kind: criterion.kind,
        criterion,
        required,
        higher,
        limit,
        target,
        atLimit,
        rise: new Decimal(100).minus(atLimit.exact),
        riseFloat: new Decimal(100).minus(atLimit.exact).toNumber(),
        span: span ? { exact: span, float: span.toNumber(), positive: span.gt(0) } : null,
        bands,
        scale: { exact: scale, float: scale.toNumber() },
        byValue: new Map(),
      };
    }
    case 'document':
      return {
        ...base,
        kind: criterion.kind,
        criterion,
        required,
        accepted: new Set(criterion.acceptedStatuses.map((s) => s.trim().toLowerCase())),
        acceptedText: criterion.acceptedStatuses.join(', '),
        maxAgeDays: criterion.maxAgeDays,
      };
    case 'check':
      return { ...base, kind: criterion.kind, criterion, required };
    case 'measurement': {
      const limits = limitsOf(criterion);
      const capability = criterion.capability;
      const flat = capability ? studyOptions(capability, limits, capability.subgroupSize > 1 ? [[1, 2], [3, 4]] : [1, 2]) : null;
      const grouped = capability ? studyOptions(capability, limits, [[1, 2], [3, 4]]) : null;
      return {
        ...base,
        kind: criterion.kind,
        criterion,
        required,
        lower: limits.lsl ? fastLimit(limits.lsl) : null,
        upper: limits.usl ? fastLimit(limits.usl) : null,
        lslText: limits.lsl ? decimalString(limits.lsl) : '',
        uslText: limits.usl ? decimalString(limits.usl) : '',
        width: limits.lsl && limits.usl ? limits.usl.minus(limits.lsl) : null,
        requiredShare: fastLimit(criterion.requiredShare),
        partialFrom: criterion.partialFromShare === undefined ? null : fastLimit(criterion.partialFromShare),
        unitKey: unitKey(criterion.unit),
        capability: capability
          ? {
              min: fastLimit(capability.min),
              partialFrom: capability.partialFrom === undefined ? null : fastLimit(capability.partialFrom),
              confidencePercent: decimalString(toDecimal(capability.confidence).times(100)),
              flat,
              grouped,
              flatLean: flat && leanStudy(flat),
              groupedLean: grouped && leanStudy(grouped),
            }
          : null,
      };
    }
    case 'attribute-inspection':
      return { ...base, kind: criterion.kind, criterion, required, reference: true };
  }
}

/** Returns the study options a capability requirement gives, as read for data of the shape of `sample`, or null when refused. */
function studyOptions(capability: CapabilityRequirement, limits: SpecLimits, sample: unknown): CapabilityInput | null {
  try {
    return readCapabilityInput(sample, {
      lsl: limits.lsl ? decimalString(limits.lsl) : null,
      usl: limits.usl ? decimalString(limits.usl) : null,
      ...(capability.sigma ? { sigma: capability.sigma } : {}),
      constants: capability.constants,
      confidence: capability.confidence,
    });
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
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
            (when.star === undefined || (criterion.kind === 'audit-question' && criterion.star === when.star)) &&
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
  const rules = profileRules(profile);
  return {
    profile,
    places: profile.places,
    criteria,
    byId,
    categories,
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
