import type { AttributeInspectionCriterion } from '../kinds/attribute-inspection/schema.js';
import type { AuditQuestionCriterion } from '../kinds/audit-question/schema.js';
import type { CertificateCriterion } from '../kinds/certificate/schema.js';
import type { CheckCriterion } from '../kinds/check/schema.js';
import type { CriterionKind } from '../criteria/criterion.js';
import type { DocumentCriterion } from '../kinds/document/schema.js';
import type { MeasurementCriterion } from '../kinds/measurement/schema.js';
import type { MetricCriterion } from '../kinds/metric/schema.js';
import type { JsonValue, KindOutcome } from '../criteria/outcome.js';
import type { Decimal } from '../decimal.js';
import type { ValidationIssue } from '../errors/index.js';
import type { ProcessStep } from '../schema/evidence.js';
import type { Profile } from '../schema/profile.js';
import type { Rule } from '../schema/rule.js';
import type { CapabilityInput } from '../stats/readCapabilityInput.js';
import type { LeanStudy } from '../kinds/measurement/capabilityFigures.js';
import type { FastLimit } from './limit.js';

/**
 * The compiled plan of a profile and the evidence holder it reads into: the shapes the engine and
 * the kinds' plan code share, and the status and decision codes of the route.
 */

/** Criterion status codes of the fast path, in the order of `STATUS_NAMES`. */
export const PASS = 0;
export const PARTIAL = 1;
export const FAIL = 2;
export const NOT_APPLICABLE = 3;
export const MISSING = 4;
export const STATUS_NAMES = ['pass', 'partial', 'fail', 'not-applicable', 'missing'] as const;

/** Decision codes of the fast path, best first, in the order of `DECISION_NAMES`. */
export const DECISION_NAMES = ['approved', 'conditional', 'rejected', 'incomplete'] as const;

export interface CompiledBase<K extends CriterionKind, C> {
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

/** A plain object as JSON gives it. */
export type Entry = Record<string, unknown>;

/** Evidence accepted by the fast check, with its entries placed by criterion position. */
export interface FastEvidence {
  evidence: Entry;
  supplier: { id: string; name: string; region?: string };
  auditDate: string;
  auditor: string | undefined;
  /** The audited process steps, when the evidence lists them. */
  processSteps: readonly ProcessStep[] | undefined;
  /** Warnings of the evidence (entries for criteria the profile does not have, another profile's id). */
  warnings: readonly ValidationIssue[];
  /** The entry of each criterion (profile order), or undefined when none was given. */
  readonly entries: (Entry | undefined)[];
  /** The measured values of each measurement criterion as doubles, in order (a plain array: small typed arrays are costly to make). */
  readonly values: (ArrayLike<number> | undefined)[];
  /** The subgroup sizes of each measurement criterion given as subgroups, else null. */
  readonly groups: (number[] | null)[];
  /** The criteria whose entry the structural check does not read (audit answers per process step): decided by their kind's decimal evaluator. */
  readonly exactly: boolean[];
  /** Marks the criteria seen in the evidence being read. */
  readonly seen: number[];
  stamp: number;
}
