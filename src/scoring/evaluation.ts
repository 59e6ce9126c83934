import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, JsonValue, Shortfall, Why } from '../criteria/outcome.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import type { ValidationIssue } from '../errors/index.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { AuditGroupLevel, Effect } from '../schema/rule.js';

/** The four decisions, best first. `incomplete`: evidence is missing, never silently passed. */
export type Decision = 'approved' | 'conditional' | 'rejected' | 'incomplete';

/** One criterion's result: what was required, what was found, and why it scored what it did. */
export interface CriterionResult {
  readonly id: string;
  readonly category: string;
  readonly kind: CriterionKind;
  readonly title: string;
  readonly severity: Severity;
  readonly causeFamily: CauseFamily;
  readonly weight: string;
  readonly status: CriterionStatus;
  /** 0–100, rounded to the profile's places. */
  readonly score: string;
  /** The unrounded score, given only when rounding changed it, so the evaluation can be re-scored exactly. */
  readonly exactScore?: string;
  readonly required: Readonly<Record<string, JsonValue>>;
  readonly found: Readonly<Record<string, JsonValue>> | null;
  readonly explanation: string;
  readonly why: Why;
  /** Points this criterion's shortfall costs in the overall score, rounded to the profile's places. */
  readonly pointsLost: string;
  readonly shortfall: Shortfall | null;
  readonly remedy?: string;
  readonly reference?: string;
}

/** One category's weighted result. */
export interface CategoryResult {
  readonly id: string;
  readonly title: string;
  readonly weight: string;
  /** Weighted mean of the applicable criteria, or null when none applies. */
  readonly score: string | null;
  readonly minScore?: string;
  readonly pointsLost: string;
  readonly counts: Readonly<Record<CriterionStatus, number>>;
}

/** An audit group that made a rule fire, with the score or coverage the rule read. */
export interface FiredRuleGroup {
  readonly category: string;
  readonly level: AuditGroupLevel;
  readonly id: string;
  readonly productGroup?: string;
  /** The group score as compared (rounded when the rule says so), for score conditions. */
  readonly score?: string;
  readonly evaluated: number;
  readonly questions: number;
}

/** A rule that fired, with what triggered it. */
export interface FiredRule {
  readonly id: string;
  readonly title: string;
  readonly effect: Effect;
  readonly criteria: readonly string[];
  readonly categories: readonly string[];
  /** The audit groups (elements, sub-elements, process steps, product groups) that triggered it. */
  readonly groups?: readonly FiredRuleGroup[];
  readonly scope?: string;
  readonly reference?: string;
  readonly explanation: string;
  readonly why: Why;
}

/** One audit group's score: points awarded over possible points of its evaluated questions. */
export interface AuditGroupResult {
  readonly level: AuditGroupLevel;
  readonly id: string;
  /** Set when an element or sub-element is scored within one product group. */
  readonly productGroup?: string;
  /** In %, rounded half-up to the profile's places; null when no question was evaluated. */
  readonly score: string | null;
  /** In %, rounded half-up to whole percent, as the VDA 6.3:2016 downgrading rules read it. */
  readonly wholePercent: string | null;
  readonly points: string;
  readonly possible: string;
  readonly evaluated: number;
  readonly questions: number;
}

/**
 * The audit group scores of one category (VDA 6.3:2016 §6.2–6.4): the overall degree of fulfilment
 * E_G and the scores of its elements, sub-elements, process steps and product groups.
 */
export interface AuditGroupsResult {
  readonly category: string;
  /** E_G in %, rounded to the profile's places. */
  readonly score: string | null;
  readonly wholePercent: string | null;
  readonly points: string;
  readonly possible: string;
  readonly evaluated: number;
  readonly questions: number;
  readonly groups: readonly AuditGroupResult[];
}

/** A reason for the decision, as a code and a sentence. */
export interface Reason {
  readonly code: 'knock-out' | 'rule' | 'missing-evidence' | 'grade' | 'decision';
  readonly message: string;
  readonly why: Why;
  readonly criteria?: readonly string[];
  readonly rule?: string;
}

/** The kinds of cause that hold a supplier at its decision, in the order an evaluation lists them. */
export type DecisiveCauseCode = 'knock-out' | 'rule' | 'category-minimum' | 'score-band' | 'missing-evidence';

/**
 * A cause that on its own holds the evaluation at its decision: a knock-out, a fired rule (with the
 * audit groups that fired it, e.g. element P6 at 60 %), a category minimum, the score band, or
 * missing evidence. Codes and parameters only; reports word them in each language.
 */
export interface DecisiveCause {
  readonly cause: DecisiveCauseCode;
  /** The rule's id (every cause but the score band and missing evidence). */
  readonly rule?: string;
  /** The criteria behind it: the failed critical criteria, the criteria or questions that fired the rule, the unmet criteria of a category below its minimum, the missing criteria. */
  readonly criteria: readonly string[];
  /** The categories below their limit (category rules). */
  readonly categories?: readonly string[];
  /** The audit groups that fired the rule. */
  readonly groups?: readonly FiredRuleGroup[];
  /** The score band: the grade the score alone earns, and the score. */
  readonly grade?: string;
  readonly score?: string;
  /** The cause families of `criteria`, in 6M order. */
  readonly causeFamilies: readonly CauseFamily[];
}

/** How a gap bears on the decision, strongest first. */
export type GapImpact = 'knock-out' | 'rule' | 'missing-evidence' | 'category' | 'points';

/** A criterion not fully met: required versus found, by how much, what it costs, and what to do. */
export interface Gap {
  /** 1 for the most important gap. */
  readonly priority: number;
  readonly criterion: string;
  readonly title: string;
  readonly category: string;
  readonly kind: CriterionKind;
  readonly severity: Severity;
  readonly causeFamily: CauseFamily;
  readonly status: CriterionStatus;
  readonly required: Readonly<Record<string, JsonValue>>;
  readonly found: Readonly<Record<string, JsonValue>> | null;
  /** The criterion's own score, 0–100, rounded to the profile's places. */
  readonly score: string;
  /** How far it falls short, in the criterion's own unit and relative to the requirement (null when not measurable, e.g. a yes/no check or missing evidence). */
  readonly shortfall: Shortfall | null;
  /** Points this gap costs in the overall score, rounded to the profile's places. */
  readonly pointsLost: string;
  /** A failed critical criterion: the supplier is rejected until it is closed. */
  readonly knockOut: boolean;
  /** Ids of the rules this gap triggers (caps and downgrades). */
  readonly rules: readonly string[];
  /** Ids of the category-score rules (e.g. a category minimum) that fired on this gap's category. */
  readonly categoryRules: readonly string[];
  /**
   * How the gap bears on the decision, strongest first: `knock-out` (rejects), `rule` (triggers a cap or
   * downgrade), `missing-evidence` (the decision stays incomplete), `category` (its category is below a
   * rule's limit), or `points` (it only costs score).
   */
  readonly impact: GapImpact;
  /** The worst decision the rules it triggers or contributes to allow, when any caps the decision. */
  readonly capDecision?: 'conditional' | 'rejected';
  /** The worst grade the rules it triggers or contributes to allow, when any caps the grade. */
  readonly capGrade?: string;
  /**
   * For a capability study from a process the run rules flag: the chart, the rules that flagged and
   * the flagged points. The gap's remedy is then to find and remove the special cause and run the
   * study again; its cause family and effort are the stability requirement's.
   */
  readonly stability?: { readonly chart: 'i-mr' | 'xbar-r' | 'xbar-s'; readonly rules: readonly string[]; readonly points: readonly number[] };
  readonly explanation: string;
  readonly remedy?: string;
  readonly effort?: { readonly days?: string; readonly cost?: string; readonly currency?: string };
}

/** The result for one supplier against one profile. Plain JSON: it round-trips through JSON.stringify. */
export interface Evaluation {
  readonly profile: { readonly id: string; readonly version: string; readonly title: string };
  readonly supplier: { readonly id: string; readonly name: string; readonly region?: string };
  readonly auditDate: CalendarDate;
  readonly evaluatedOn: CalendarDate;
  readonly auditor?: string;
  /** The audited process steps and their product groups, as the evidence lists them. */
  readonly processSteps?: ReadonlyArray<{ readonly id: string; readonly title?: string; readonly productGroup?: string }>;
  readonly decision: Decision;
  /** 0–100, rounded once, half-up, to `places`. */
  readonly score: string;
  readonly places: number;
  readonly grade: string;
  /** The grade the score alone earns, before rules capped it. */
  readonly scoreGrade: string;
  readonly reasons: readonly Reason[];
  /** What holds the supplier at its decision, in order (none when approved). */
  readonly decisiveCauses: readonly DecisiveCause[];
  readonly rules: readonly FiredRule[];
  readonly categories: readonly CategoryResult[];
  /** Audit group scores, for categories whose audit questions carry elements (e.g. VDA 6.3). */
  readonly auditGroups?: readonly AuditGroupsResult[];
  readonly criteria: readonly CriterionResult[];
  readonly gaps: readonly Gap[];
  /** For a conditional decision when the profile sets `decision.reauditDays`. */
  readonly reauditDue?: CalendarDate;
  readonly warnings: readonly ValidationIssue[];
}
