import type { LintCode } from '../locales/en.js';
import type * as z from 'zod/mini';
import type { CriterionContext, CriterionStatus, JsonValue, KindOutcome, Shortfall, Why } from '../criteria/outcome.js';
import type { PathSegment, ValidationIssue } from '../errors/index.js';
import type { Decimal } from '../decimal.js';
import type { CauseFamily } from '../schema/primitives.js';
import type { CompiledBase } from '../fast/planParts.js';
import type { KindPlan } from './kindPlan.js';
import type { PassingFixture } from './passingFixture.js';
import type { KindDescription } from './reportWords.js';
import type { LimitsPart } from './limitValues.js';
import type { ShortForm } from './sheetCells.js';

/** What rules and checks read of a kind answered in points (VDA 6.3 questions). */
export interface PointsPart<C> {
  /** The point levels an answer may have. */
  levels(criterion: C): readonly number[];
  /** Whether the question is a star (*) question. */
  star(criterion: C): boolean;
  /** The ids of the audit groups (element, sub-element) the question belongs to. */
  groups(criterion: C): readonly string[];
}

/** A criterion's own verdict, as its evidence gave it before another criterion gated it. */
export interface OwnVerdict {
  readonly status: CriterionStatus;
  /** The exact score, as a decimal text. */
  readonly score: string;
  readonly why: Why;
  readonly shortfall: Shortfall | null;
}

/** A lint warning of a kind: its code, the path of the field and the sentence's parameters. */
export interface LintFinding {
  readonly code: LintCode;
  readonly segments: readonly PathSegment[];
  readonly params: Readonly<Record<string, string | number>>;
}

/** A criterion with where it is in the profile, as profile checks read it. */
export interface PlacedCriterion {
  readonly criterion: { readonly kind: string; readonly id: string };
  readonly at: readonly PathSegment[];
}

/** A criterion whose outcome another criterion it names gates (a measurement, by its gauge study). */
export interface GatePart<C> {
  /** The id of the criterion that gates it, when it names one; the plan decides it after that one, lint counts that one as acting through it. */
  by(criterion: C): string | undefined;
  /** The status the gate gives it from its own status and the gate's, or null when the gate leaves it as it is (`outcome` and screening both decide by it). */
  status(own: CriterionStatus, gate: CriterionStatus): CriterionStatus | null;
  /** Its outcome gated by the outcome of the criterion `gateId` that gates it. */
  outcome(own: KindOutcome, gate: KindOutcome, gateId: string): KindOutcome;
  /** The id of the criterion whose outcome changed a result, read from the result's `found`; the gap list puts that one's gap first. */
  gatedIn(found: Readonly<Record<string, JsonValue>> | null): string | undefined;
  /** The criterion's own verdict a gated result recorded: what it is once the gating criterion is met (the path to a pass and what-if read it). */
  ownIn(found: Readonly<Record<string, JsonValue>> | null): OwnVerdict | undefined;
}

/**
 * A kind's links to other criteria of the profile: the criterion that gates its criteria, what its
 * plan entries take from the entries of the criteria they name, and the checks of those names.
 */
export interface KindLinks<C, P> {
  readonly gate?: GatePart<C>;
  /** A plan entry completed from the plan entries of the criteria it names (a gauge study's tolerance from its characteristic). */
  linked?(entry: P, entryOf: (id: string) => object | undefined): P;
  /** The problems of the links between the profile's criteria that the kind checks: a name of no criterion, or of one of another kind. */
  issues?(placed: readonly PlacedCriterion[]): ValidationIssue[];
  /** Lint warnings about links that are valid but act otherwise than they read (a gauge study of a measurement that does not require it). */
  warnings?(placed: readonly PlacedCriterion[]): LintFinding[];
}

/**
 * The sheet of `evidenceFromSheets` that holds a kind's entries (docs/sheets.md), for kinds whose
 * evidence has a sheet of its own: its key in `EvidenceSheets`, its default name, how its rows make
 * entries, and other header names of its fields. Its columns are derived from the evidence schema.
 */
export interface EvidenceSheetPart {
  readonly key: string;
  readonly name: string;
  /**
   * `columns`: one column per criterion, one row per measured value; `steps`: one row per answer, or
   * per answer and process step (the rows of one criterion make its list `list`); `rows`: one row per
   * entry; `items`: the rows of one criterion are the items of its entry's list `list`.
   */
  readonly layout: 'columns' | 'steps' | 'rows' | 'items';
  readonly list?: string;
  /** Other header names a field is read from, by field. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/** A bound of a score interval. */
export type ScoreBound = Decimal | string | number;

/**
 * Everything particular to one criterion kind, for criteria `C`, evidence entries `E` and plan
 * entries `P`: each kind's `index.ts` gives one, and the registry lists them. A kind without one of
 * the required parts does not compile.
 */
export interface Kind<C extends { readonly kind: string }, E, P extends CompiledBase<C['kind'], C>> {
  /** The criterion as a profile writes it (a strict object with a literal `kind`). */
  readonly criterionSchema: z.ZodMiniType<C>;
  /** One evidence entry for a criterion of this kind. */
  readonly evidenceSchema: z.ZodMiniType<E>;
  /** The `required` part of every result, whatever the evidence. */
  requirement(criterion: C, context: CriterionContext): Record<string, JsonValue>;
  /** The problems a criterion has beyond its schema (limits out of order, levels not allowed...). */
  criterionIssues?(criterion: C, at: readonly PathSegment[]): ValidationIssue[];
  /** The problems of an entry, already valid for the evidence schema, against its criterion. */
  entryIssues?(criterion: C, entry: E, at: readonly PathSegment[]): ValidationIssue[];
  /**
   * The scores (0–100) a criterion can get, as intervals `[low, high]` (a single score as `[s, s]`):
   * any score at all, or only the scores that do not fail it; any score includes 0, the score of
   * missing evidence. Scores that can take many values are given as a whole interval. For lint.
   */
  scores(criterion: C, any: boolean): readonly (readonly [ScoreBound, ScoreBound])[];
  /** Whether a criterion can ever end with a status other than missing, as its settings allow. For lint. */
  canEndAs(criterion: C, status: 'pass' | 'partial' | 'fail' | 'not-applicable', missingCountsAsFail: boolean): boolean;
  /** For kinds answered in points (VDA 6.3 questions): what rules on points and stars read. */
  readonly points?: PointsPart<C>;
  /** How a report describes its requirement and finding. */
  readonly describe: KindDescription;
  /** The fields of an entry that meets the criterion fully (besides `criterion`), for `/testing`. */
  passingEntry(criterion: C, fixture: PassingFixture): Record<string, unknown>;
  /** How a cell of a supplier row holds an entry (sheets and CSV rows). */
  readonly shortForm: ShortForm<C>;
  /** Lint's warnings particular to the kind (limits or windows that are allowed but likely wrong). */
  lintWarnings?(criterion: C, at: readonly PathSegment[]): LintFinding[];
  /**
   * For kinds held as dated certificates: the days of validity a criterion asks for beyond the audit
   * date (0 for none), which a passing fixture's dates must leave room for.
   */
  certificateWindow?(criterion: C): number;
  /**
   * For kinds decided against limits (measurement, metric): the resolution step, the values at and
   * around each limit and the entry and status of a boundary case, for `/testing`.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly limits?: LimitsPart<C, any>;
  /**
   * For kinds measured against a drawing's limits (measurement): the criterion's fields that give the
   * limits. Parsing keeps their text as written (`'6.000'`), reports write the limits with those
   * decimals and the measured figures with one more, and chart the measured values.
   */
  readonly drawing?: { readonly limitFields: readonly string[] };
  /**
   * The fields of the `required` and `found` of its results that hold decimals (a report computes
   * with them), checked as decimal texts when a result is read; none when it has none to check.
   */
  readonly resultDecimals?: { readonly required: readonly string[]; readonly found: readonly string[] };
  /**
   * Groups of entry fields that state the same finding in different ways (points, results per
   * step...): a `/testing` override giving a field of one group drops the fields of the others.
   */
  readonly findingForms?: readonly (readonly string[])[];
  /** The sheet of `evidenceFromSheets` that holds its entries, for kinds whose evidence has a sheet of its own. */
  readonly evidenceSheet?: EvidenceSheetPart;
  /** Its links to other criteria of the profile, for kinds whose criteria name others. */
  readonly links?: KindLinks<C, P>;
  /** The kind's plan: compile, structural check, outcome, verdict, exact score. */
  readonly plan: KindPlan<C, P>;
  /**
   * What a criterion taken as fully met shows as found besides `assumedMet` (an audit question its
   * highest level), for a path to a pass and what-if; none for most kinds.
   */
  assumedMetFound?(criterion: C): Record<string, JsonValue>;
  /**
   * The smallest single point result an outcome shows (audit questions), for rules on points;
   * kinds without points have none.
   */
  leastPoints?(found: Readonly<Record<string, JsonValue>>): number;
  /**
   * What makes the gap of a result a gap of its own, with its own cause family and effort (a
   * measurement's capability study from an unstable process), or null when the gap is the
   * criterion's; kinds whose gaps are always the criterion's have none.
   */
  ownGap?(criterion: C, why: Why, found: Readonly<Record<string, JsonValue>> | null): OwnGap | null;
}

/** A gap of its own (see `Kind.ownGap`): its cause family and effort, and the stability behind it. */
export interface OwnGap {
  readonly causeFamily: CauseFamily;
  readonly effort?: { readonly days?: string; readonly cost?: string; readonly currency?: string } | undefined;
  readonly stability: { readonly chart: 'i-mr' | 'xbar-r' | 'xbar-s'; readonly rules: string[]; readonly points: number[] };
}

/** A kind as the stages call it, with criteria, entries and plan entries of that same kind. */
export type AnyKind = Kind<{ readonly kind: string }, unknown, CompiledBase<string, { readonly kind: string }>>;

/**
 * Returns the kinds as listed, checked: each is a whole `Kind` and is listed under the name its
 * criteria give as `kind`.
 *
 * @example
 * Object.keys(listKinds({ check }))
 * //=> ['check']
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function listKinds<T extends { readonly [K in keyof T]: Kind<{ readonly kind: K & string }, any, any> }>(kinds: T): T {
  return kinds;
}
