import * as z from 'zod/mini';
import { Decimal, type DecimalInput } from '../../decimal.js';
import { ValidationError } from '../../errors/index.js';
import { effortSchema } from '../../schema/criterionBase.js';
import { causeFamilySchema } from '../../schema/primitives.js';
import { controlChart, CONTROL_CHART_TYPES, RUN_RULE_SETS, RUN_RULES, type ControlChartType, type RuleFlags, type RunRule } from '../../stats/index.js';
import type { CapabilityConstants } from '../../stats/index.js';
import type { JsonValue, KindOutcome } from '../../criteria/outcome.js';

/** A rule set by name (`western-electric`: rules 1–4; `nelson`: rules 1–8) or one rule (`nelson2`). */
const runRuleItemSchema = z.enum(['western-electric', 'nelson', ...RUN_RULES] as ['western-electric', 'nelson', ...RunRule[]]);

/**
 * The process stability a capability figure needs (AIAG PPAP 4th ed., element 11: an initial process
 * study requires a process in statistical control): the run rules tested on a control chart of the
 * same values, which chart, and what a flagged point makes of the criterion.
 */
export const stabilityRequirementSchema = z.strictObject({
  /** The run rules: rule sets and single rules, together (`['nelson']`, `['we1', 'nelson3']`; default `['western-electric']`). */
  rules: z._default(z.array(runRuleItemSchema).check(z.minLength(1), z.maxLength(14)), ['western-electric']),
  /** The chart: `i-mr`, `xbar-r` or `xbar-s`; by default from the subgroup size (1: I-MR, 2–8: X̄–R, 9 or more: X̄–s). */
  chart: z.optional(z.enum(CONTROL_CHART_TYPES as [ControlChartType, ...ControlChartType[]])),
  /** A flagged point makes the criterion `fail` (default) or its evidence incomplete (`incomplete`: the criterion is `missing`). */
  onUnstable: z._default(z.enum(['fail', 'incomplete']), 'fail'),
  /** The cause family of the gap an unstable process leaves (default `method`: a special cause is found and removed in the way the process is run). */
  causeFamily: z._default(causeFamilySchema, 'method'),
  /** Effort to find and remove the special cause and run the study again, for the path to a pass. */
  effort: z.optional(effortSchema),
});
export type StabilityRequirement = z.infer<typeof stabilityRequirementSchema>;

/** How a stability requirement came out: stable, unstable with the points flagged, or not testable. */
export type StabilityOutcome =
  | { readonly state: 'stable' | 'unstable'; readonly found: Record<string, JsonValue>; readonly params: Record<string, string> }
  | { readonly state: 'untestable'; readonly found: Record<string, JsonValue>; readonly params: Record<string, string> };

/** The most points of one rule a sentence names; the rest are counted (`+12`). */
const POINTS_IN_TEXT = 6;

/**
 * Returns the rules a selection names, each once, in documentation order (rule sets expanded).
 *
 * @example
 * selectedRules(['nelson1', 'western-electric'])
 * //=> ['we1', 'we2', 'we3', 'we4', 'nelson1']
 */
export function selectedRules(items: readonly string[]): RunRule[] {
  const chosen = new Set<string>();
  for (const item of items) {
    if (item === 'western-electric' || item === 'nelson') for (const rule of RUN_RULE_SETS[item]) chosen.add(rule);
    else chosen.add(item);
  }
  return RUN_RULES.filter((rule) => chosen.has(rule));
}

/**
 * Returns the chart a stability requirement uses for subgroups of `size` (1 for individual values):
 * the requirement's own, else I-MR for individuals, X̄–R for subgroups of 2 to 8 and X̄–s from 9 (as
 * Minitab's Assistant chooses).
 *
 * @example
 * stabilityChart({ rules: ['nelson'], onUnstable: 'fail', causeFamily: 'method' }, 5)
 * //=> 'xbar-r'
 */
export function stabilityChart(requirement: StabilityRequirement, size: number): ControlChartType {
  if (requirement.chart) return requirement.chart;
  return size <= 1 ? 'i-mr' : size <= 8 ? 'xbar-r' : 'xbar-s';
}

/** The flags of a panel that name points, as `[rule, points]` pairs for `found`. */
const flagsOf = (flags: readonly RuleFlags[]): JsonValue[] => flags.filter((f) => f.points.length > 0).map((f) => ({ rule: f.rule, points: [...f.points] }));

/** One rule's points as the sentences read them: `nelson2 9,10` or `nelson2 9,10,11,12,13,14+3`. */
const flagText = (flag: RuleFlags): string => {
  const shown = flag.points.slice(0, POINTS_IN_TEXT).join(',');
  return `${flag.rule} ${shown}${flag.points.length > POINTS_IN_TEXT ? `+${flag.points.length - POINTS_IN_TEXT}` : ''}`;
};

/**
 * Returns whether the values of a capability study come from a stable process: a control chart of
 * them (`controlChart`, exact against its limits) with the requirement's run rules. `data` is what
 * the study reads (values, or subgroups); an X̄ chart of individual values, subgroups of different
 * sizes or more than 25 values make the test impossible (`untestable`, with the reason in both
 * languages), never a pass.
 *
 * @example
 * stabilityOutcome({ rules: ['nelson'], onUnstable: 'fail', causeFamily: 'method' }, values, 'printed').state
 * //=> 'unstable'
 */
export function stabilityOutcome(
  requirement: StabilityRequirement,
  data: readonly DecimalInput[] | readonly (readonly DecimalInput[])[],
  constants: CapabilityConstants,
): StabilityOutcome {
  const grouped = data.length > 0 && Array.isArray(data[0]);
  const size = grouped ? (data[0] as readonly DecimalInput[]).length : 1;
  const chart = stabilityChart(requirement, size);
  const rules = selectedRules(requirement.rules);
  const head = { chart, rules: [...rules] as JsonValue[], subgroupSize: size, constants, onUnstable: requirement.onUnstable };
  // An individuals chart of subgroups reads every value in order.
  const points = chart === 'i-mr' && grouped ? (data as readonly (readonly DecimalInput[])[]).flat() : data;
  if (chart !== 'i-mr' && !grouped) {
    return { state: 'untestable', found: { ...head, stable: null, reason: 'needs-subgroups' }, params: { chart, needsSubgroups: 'yes' } };
  }
  let result: ReturnType<typeof controlChart>;
  try {
    result = controlChart(points, { chart, rules, constants });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const reason = error.issues[0]?.message ?? error.message;
    const reasonId = error.issues[0]?.messageId ?? reason;
    return { state: 'untestable', found: { ...head, stable: null, reason }, params: { chart, reason, reasonId } };
  }
  const location = result.location.flags.filter((f) => f.points.length > 0);
  const dispersion = result.dispersion.flags.filter((f) => f.points.length > 0);
  const found: Record<string, JsonValue> = {
    ...head,
    stable: result.stable,
    center: result.location.center,
    lcl: result.location.lcl,
    ucl: result.location.ucl,
    flagged: [...result.location.flagged],
    flags: flagsOf(location),
  };
  if (dispersion.length > 0) {
    found.dispersionFlagged = [...result.dispersion.flagged];
    found.dispersionFlags = flagsOf(dispersion);
  }
  return {
    state: result.stable ? 'stable' : 'unstable',
    found,
    params: {
      chart,
      flags: location.map(flagText).join('|'),
      dispersionFlags: dispersion.map(flagText).join('|'),
      dispersion: result.dispersion.statistic,
    },
  };
}

/**
 * Returns the outcome of a measurement whose values are within the limits but whose capability study
 * comes from a process the run rules flag (`measurement.unstable`) or that the control chart cannot
 * test (`measurement.stabilityUntestable`): never a pass; `fail` or, as the requirement says,
 * incomplete evidence (`missing`) when unstable, `missing` when untestable. `params` are the
 * measurement's and the study's; the stability's are added after them.
 *
 * @example
 * instabilityOutcome(requirement, stability, params, required, found).why.code
 * //=> 'measurement.unstable'
 */
export function instabilityOutcome(
  requirement: StabilityRequirement,
  stability: StabilityOutcome,
  params: Record<string, string>,
  required: Readonly<Record<string, JsonValue>>,
  found: Readonly<Record<string, JsonValue>>,
): KindOutcome {
  for (const key in stability.params) params[key] = stability.params[key] as string;
  const untestable = stability.state === 'untestable';
  return {
    status: untestable || requirement.onUnstable === 'incomplete' ? 'missing' : 'fail',
    score: new Decimal(0),
    required,
    found,
    why: { code: untestable ? 'measurement.stabilityUntestable' : 'measurement.unstable', params },
    shortfall: null,
  };
}

/** What a gap left by an unstable process carries besides the criterion's own fields. */
export interface StabilityGap {
  /** The chart, the rules that flagged points and every flagged point (1-based, ascending). */
  readonly stability: { readonly chart: ControlChartType; readonly rules: RunRule[]; readonly points: number[] };
  readonly causeFamily: z.infer<typeof causeFamilySchema>;
  readonly effort?: StabilityRequirement['effort'];
}

/**
 * Returns what makes the gap of a measurement whose capability study is not valid (the run rules
 * flag points: `measurement.unstable`) a gap of its own: the chart, rules and points, the stability
 * requirement's cause family (default `method`) and its effort when the profile gives one. Null for
 * any other result: a criterion that fails for another reason keeps the criterion's own cause
 * family, remedy and effort.
 *
 * @example
 * stabilityGap(result.why.code, result.found, criterion.capability?.requireStable)?.stability
 * //=> { chart: 'i-mr', rules: ['nelson2'], points: [9, 10] }
 */
export function stabilityGap(
  code: string,
  found: Readonly<Record<string, JsonValue>> | null,
  requirement: StabilityRequirement | undefined,
): StabilityGap | null {
  if (code !== 'measurement.unstable' || !requirement || !found) return null;
  const stability = (found.capability as Record<string, JsonValue> | undefined)?.stability as Record<string, JsonValue> | undefined;
  if (!stability) return null;
  const flags = [...((stability.flags as { rule: RunRule; points: number[] }[] | undefined) ?? []), ...((stability.dispersionFlags as { rule: RunRule; points: number[] }[] | undefined) ?? [])];
  const rules = RUN_RULES.filter((rule) => flags.some((flag) => flag.rule === rule));
  const points = [...new Set(flags.flatMap((flag) => flag.points))].sort((a, b) => a - b);
  return {
    stability: { chart: stability.chart as ControlChartType, rules, points },
    causeFamily: requirement.causeFamily,
    ...(requirement.effort ? { effort: requirement.effort } : {}),
  };
}
