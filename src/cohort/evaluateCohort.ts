import type { CalendarDate } from '../dates/calendarDate.js';
import { decimalString, toDecimal } from '../decimal.js';
import { createIssue, optionsIssues, ValidationError, valueText, type ValidationIssue } from '../errors/index.js';
import { evaluate } from '../evaluate.js';
import { pathToPass } from '../gaps/pathToPass.js';
import { profileOrThrow } from '../gaps/rescore.js';
import { calendarDateIssues, isDecimalInput } from '../schema/primitives.js';
import type { Profile } from '../schema/profile.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { profileRules } from '../scoring/rules.js';
import { compiledProfile } from '../fast/compiledProfile.js';
import { screener, screenRecord, type Screener } from '../fast/screenRecord.js';
import { addScreening, flushScreeningTally, screeningTally, type ScreeningTally } from './addScreening.js';
import { addNeeds, supplierNeeds } from './familyNeeds.js';
import { addWarnings } from './warningCounts.js';
import { addEvaluation, addInvalid, cohortRules, type CohortRules } from './addToCohort.js';
import { emptyCohortState, summaryOfState, type CohortSettings, type CohortState, type CohortSummary } from './cohortSummary.js';
import { appendAll } from '../lists/appendAll.js';

/** How far a cohort run has got. */
export interface CohortProgress {
  readonly records: number;
  readonly evaluated: number;
  readonly invalid: number;
  /** True on the last call, once every record has been read. */
  readonly done: boolean;
}

/** Options of `evaluateCohort`. */
export interface CohortOptions {
  /** The evaluation date `YYYY-MM-DD` for every supplier (default: each audit date). */
  readonly at?: CalendarDate;
  /** How many suppliers the ranking keeps, best first (default 10). */
  readonly top?: number;
  /** Keep the full ranking (memory then grows with the number of suppliers). */
  readonly fullRanking?: boolean;
  /** Score points below the next decision's threshold that make a near miss (default 2). */
  readonly nearMissMargin?: number | string;
  /** How many near misses to list (default 20; all are counted). */
  readonly nearMissLimit?: number;
  /** How many invalid records to list with their issues (default 20; all are counted). */
  readonly invalidLimit?: number;
  /** Stop at the first invalid record by throwing its `ValidationError` (paths start with the record index). */
  readonly failFast?: boolean;
  /** Work out each supplier's path to pass and count which criteria and cause families it needs (slower). */
  readonly paths?: boolean;
  /** Called every `progressEvery` records and once at the end. */
  readonly onProgress?: (progress: CohortProgress) => void;
  /** How often `onProgress` is called (default every 1,000 records). */
  readonly progressEvery?: number;
  /** Called with each evaluation as it is made (the summary keeps none of them). */
  readonly onEvaluation?: (evaluation: Evaluation, index: number) => void;
  /** Index of the first record, so the summaries of shards report global record numbers (default 0). */
  readonly firstIndex?: number;
}

interface Run {
  readonly profile: Profile;
  /** Working memory of the screening route, when the run needs no more than it gives. */
  readonly screener: Screener | null;
  /** What adding screened records to the state needs, with the screener. */
  readonly tally: ScreeningTally | null;
  readonly state: CohortState;
  readonly rules: CohortRules;
  readonly options: CohortOptions;
  readonly every: number;
  index: number;
}

function whole(value: number | undefined, fallback: number, name: string, issues: ValidationIssue[], minimum = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < minimum) {
    issues.push(createIssue(Number.isSafeInteger(value) ? 'too_small' : 'invalid_type', [name], { minimum, expected: 'a whole number', received: valueText(value) }));
    return fallback;
  }
  return value;
}

/** Returns the checked settings of a cohort run, or throws one `ValidationError` for bad options. */
function start(profileInput: unknown, options: CohortOptions): Run {
  const profile = profileOrThrow(profileInput);
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const issues: ValidationIssue[] = [];
  const top = whole(options.top, 10, 'top', issues);
  const nearMissLimit = whole(options.nearMissLimit, 20, 'nearMissLimit', issues);
  const invalidLimit = whole(options.invalidLimit, 20, 'invalidLimit', issues);
  const every = whole(options.progressEvery, 1000, 'progressEvery', issues, 1);
  const firstIndex = whole(options.firstIndex, 0, 'firstIndex', issues);
  let margin = '2';
  if (options.nearMissMargin !== undefined) {
    if (!isDecimalInput(options.nearMissMargin) || toDecimal(options.nearMissMargin).lt(0)) {
      issues.push(createIssue('invalid_decimal', ['nearMissMargin'], { value: valueText(options.nearMissMargin) }));
    } else margin = decimalString(toDecimal(options.nearMissMargin));
  }
  if (options.at !== undefined) appendAll(issues, calendarDateIssues(options.at, ['at']));
  if (issues.length > 0) throw new ValidationError(issues, 'options');
  const settings: CohortSettings = { top: options.fullRanking ? null : top, nearMissMargin: margin, nearMissLimit, invalidLimit, paths: options.paths === true };
  const criteria = profile.categories.flatMap((category) =>
    category.criteria.map((c) => ({ criterion: c.id, title: c.title, category: category.id, causeFamily: c.causeFamily, severity: c.severity })),
  );
  const state = emptyCohortState(
    profile,
    profile.places,
    profile.grades.map((band) => band.grade),
    criteria.map((c, order) => ({ ...c, order })),
    settings,
    profileRules(profile).map((rule, order) => ({ rule: rule.id, title: rule.title ?? rule.id, order })),
  );
  const compiled = options.onEvaluation === undefined && !settings.paths ? compiledProfile(profile) : null;
  const rules = cohortRules(profile, margin);
  const s = compiled !== null && compiled.screeningRules !== null ? screener(compiled) : null;
  return {
    profile,
    screener: s,
    tally: s ? screeningTally(state, rules, s) : null,
    state,
    rules,
    options,
    every,
    index: firstIndex,
  };
}

/** Evaluates one record into the run's state. */
function step(run: Run, record: unknown): void {
  const index = run.index++;
  const { options } = run;
  // The screening route: all a summary reads, exactly as the evaluation gives it, without the rest.
  if (run.screener !== null && run.tally !== null && screenRecord(run.screener, record, options.at)) {
    addScreening(run.tally, run.screener);
    progress(run, false);
    return;
  }
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(run.profile, record, options.at !== undefined ? { at: options.at } : {});
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    if (options.failFast) {
      throw new ValidationError(
        error.issues.map((issue) => createIssue(issue.code, [index, ...issue.segments], issue.params)),
        `record ${index}`,
      );
    }
    addInvalid(run.state, index, record, error.issues);
    progress(run, false);
    return;
  }
  options.onEvaluation?.(evaluation, index);
  addWarnings(run.state.warnings, index, evaluation.supplier, evaluation.warnings);
  const path = run.state.settings.paths && evaluation.decision !== 'approved' ? pathToPass(run.profile, evaluation) : null;
  addEvaluation(run.state, evaluation, run.rules, path);
  if (path) addNeeds(run.state.needs, supplierNeeds(run.profile, evaluation, path));
  progress(run, false);
}

function progress(run: Run, done: boolean): void {
  const onProgress = run.options.onProgress;
  if (!onProgress) return;
  const { records, evaluated, invalid } = run.state;
  if (done || records % run.every === 0) onProgress({ records, evaluated, invalid, done });
}

/** Reports the end of a run and returns its summary. */
function finish(run: Run): CohortSummary {
  if (run.tally) flushScreeningTally(run.tally);
  progress(run, true);
  return summaryOfState(run.state);
}

function isAsyncOnly(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function' &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  );
}

function notIterable(): ValidationError {
  return new ValidationError([createIssue('invalid_type', [], { expected: 'an iterable of evidence records', received: 'something else' })], 'evidences');
}

/**
 * Returns the summary of evaluating many suppliers' evidence against one profile, read from any
 * iterable (an array, a generator) one record at a time, synchronously. Only counts, a histogram of
 * the rounded scores and bounded lists are kept, so memory does not grow with the number of
 * suppliers (unless `fullRanking` is asked for). Invalid records are counted and listed, not fatal,
 * unless `failFast`.
 *
 * @example
 * const summary = evaluateCohortSync(profile, generateSuppliers(150, 2026), { top: 3 });
 * [summary.evaluated, summary.decisions.approved, summary.ranking.entries[0].supplier.id]
 * //=> [150, 2, 'IKM-0144']
 */
export function evaluateCohortSync(profile: unknown, evidences: Iterable<unknown>, options: CohortOptions = {}): CohortSummary {
  const run = start(profile, options);
  if (typeof (evidences as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') throw notIterable();
  for (const record of evidences) step(run, record);
  return finish(run);
}

/**
 * Returns the summary of evaluating many suppliers' evidence against one profile, read from an async
 * iterable (a file or database stream) one record at a time. See `evaluateCohortSync`.
 *
 * @example
 * const summary = await evaluateCohortAsync(profile, readEvidenceStream(), { onProgress: (p) => console.log(p.records) });
 * summary.records
 * //=> 100000
 */
export async function evaluateCohortAsync(profile: unknown, evidences: AsyncIterable<unknown> | Iterable<unknown>, options: CohortOptions = {}): Promise<CohortSummary> {
  const run = start(profile, options);
  if (typeof (evidences as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === 'function') {
    for await (const record of evidences as AsyncIterable<unknown>) step(run, record);
  } else {
    if (typeof (evidences as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') throw notIterable();
    for (const record of evidences as Iterable<unknown>) step(run, record);
  }
  return finish(run);
}

/**
 * Returns the summary of evaluating many suppliers' evidence against one profile: synchronously for
 * an iterable (an array, a generator), as a promise for an async iterable (a stream). Counts per
 * decision and grade, exact score quantiles, a ranking with stable tie-breaking (the best `top`, or
 * all with `fullRanking`), the most frequent gaps per criterion and per cause family (how many
 * suppliers need people training versus machine work), near misses, a breakdown per region, and the
 * invalid records with their issues. Memory does not grow with the number of suppliers. An object
 * that is both iterable and async iterable is read synchronously.
 *
 * @example
 * const summary = evaluateCohort(profile, generateSuppliers(150, 2026));
 * summary.gaps.byCauseFamily.map((f) => [f.causeFamily, f.suppliers]).slice(0, 2)
 * //=> [['man', 132], ['machine', 142]]
 */
export function evaluateCohort(profile: unknown, evidences: Iterable<unknown>, options?: CohortOptions): CohortSummary;
export function evaluateCohort(profile: unknown, evidences: AsyncIterable<unknown>, options?: CohortOptions): Promise<CohortSummary>;
export function evaluateCohort(
  profile: unknown,
  evidences: Iterable<unknown> | AsyncIterable<unknown>,
  options: CohortOptions = {},
): CohortSummary | Promise<CohortSummary> {
  if (isAsyncOnly(evidences)) return evaluateCohortAsync(profile, evidences, options);
  return evaluateCohortSync(profile, evidences as Iterable<unknown>, options);
}
