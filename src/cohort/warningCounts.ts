import type { ValidationIssue } from '../errors/index.js';
import { boundedBest, type BoundedBest } from './boundedBest.js';
import { byText } from './causeCounts.js';

/** How many (code, criterion id) pairs a summary counts one by one: the first by code, then id. */
export const WARNING_PAIR_LIMIT = 1000;
/** Warnings kept per listed record. */
const WARNINGS_PER_RECORD = 10;

/** How often one warning code was given for one criterion id (the id an evidence entry names). */
export interface WarningCount {
  readonly code: string;
  readonly criterion: string;
  readonly count: number;
}

/** A record that was evaluated with warnings about its evidence, with (the first of) them. */
export interface WarnedRecord {
  /** Position of the record in the input (plus `firstIndex`). */
  readonly index: number;
  readonly supplier: { readonly id: string; readonly name: string };
  readonly warningCount: number;
  readonly warnings: ReadonlyArray<{ readonly path: string; readonly code: string; readonly criterion?: string; readonly message: string; readonly messageId: string }>;
}

/**
 * The warnings about the evidence of the evaluated suppliers (an entry for a criterion the profile
 * does not have, evidence of another profile): the records were evaluated, the entries not used.
 */
export interface CohortWarnings {
  /** Evaluated records with at least one warning. */
  readonly records: number;
  /** Warnings per issue code, over all records. */
  readonly byCode: Readonly<Record<string, number>>;
  /**
   * Warnings per code and the criterion id they name, by code then id (at most 1,000 pairs, the first
   * by that order; `byCode` counts them all). Warnings naming no criterion are in `byCode` only.
   */
  readonly byCriterion: readonly WarningCount[];
  /** The first records with warnings by index (at most `settings.invalidLimit`). */
  readonly examples: readonly WarnedRecord[];
}

/** The running counts behind `CohortWarnings`. */
export interface WarningState {
  records: number;
  readonly byCode: Map<string, number>;
  /** Counts by `code + '\u0000' + criterion`, at most `WARNING_PAIR_LIMIT` of them, the first by that key. */
  readonly byCriterion: Map<string, number>;
  readonly examples: BoundedBest<WarnedRecord>;
}

/** Returns empty warning counts that list at most `limit` records. */
export function emptyWarningState(limit: number): WarningState {
  return { records: 0, byCode: new Map(), byCriterion: new Map(), examples: boundedBest(limit, (a, b) => a.index - b.index) };
}

/**
 * Adds `count` warnings of a (code, criterion) pair. The map keeps the first `WARNING_PAIR_LIMIT`
 * pairs by key: a pair once left out never comes back (every kept key is before it), so every kept
 * count is exact and two states merge into the state of all their records.
 */
function addPair(state: WarningState, key: string, count: number): void {
  const map = state.byCriterion;
  const known = map.get(key);
  if (known !== undefined) {
    map.set(key, known + count);
    return;
  }
  map.set(key, count);
  if (map.size <= WARNING_PAIR_LIMIT) return;
  let last = key;
  for (const k of map.keys()) if (k > last) last = k;
  map.delete(last);
}

/**
 * Adds the warnings of one evaluated record: counted by code and by (code, criterion), and listed
 * with its first warnings while the list has room.
 *
 * @example
 * addWarnings(state, 4, { id: 'IKM-0002', name: 'CV Maju Jaya Teknik' }, evaluation.warnings);
 * state.byCode.get('unknown_criterion')
 * //=> 1
 */
export function addWarnings(state: WarningState, index: number, supplier: { readonly id: string; readonly name: string }, warnings: readonly ValidationIssue[]): void {
  if (warnings.length === 0) return;
  state.records++;
  for (const warning of warnings) {
    state.byCode.set(warning.code, (state.byCode.get(warning.code) ?? 0) + 1);
    if (warning.criterion !== undefined) addPair(state, `${warning.code}\u0000${warning.criterion}`, 1);
  }
  const examples = state.examples;
  if (examples.size < examples.limit || index < (examples.worst()?.index ?? Number.POSITIVE_INFINITY)) {
    examples.add({
      index,
      supplier: { id: supplier.id, name: supplier.name },
      warningCount: warnings.length,
      warnings: warnings.slice(0, WARNINGS_PER_RECORD).map(({ path, code, criterion, message, messageId }) => ({ path, code, ...(criterion !== undefined ? { criterion } : {}), message, messageId })),
    });
  }
}

/** Adds the counts and listed records of `b` to `a`. */
export function mergeWarningState(a: WarningState, b: WarningState): void {
  a.records += b.records;
  for (const [code, count] of b.byCode) a.byCode.set(code, (a.byCode.get(code) ?? 0) + count);
  for (const [key, count] of b.byCriterion) addPair(a, key, count);
  for (const record of b.examples.values()) a.examples.add(record);
}

/** Returns the warnings of a summary, or undefined when no record had any. */
export function warningsOfState(state: WarningState): CohortWarnings | undefined {
  if (state.records === 0) return undefined;
  return {
    records: state.records,
    byCode: Object.fromEntries([...state.byCode.entries()].sort(([a], [b]) => byText(a, b))),
    byCriterion: [...state.byCriterion.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([key, count]) => {
        const cut = key.indexOf('\u0000');
        return { code: key.slice(0, cut), criterion: key.slice(cut + 1), count };
      }),
    examples: state.examples.values(),
  };
}

/** Adds a summary's warnings (as `warningsOfState` wrote them) to a state. */
export function addWarningsOfSummary(state: WarningState, warnings: CohortWarnings | undefined): void {
  if (!warnings) return;
  state.records += warnings.records;
  for (const [code, count] of Object.entries(warnings.byCode)) state.byCode.set(code, (state.byCode.get(code) ?? 0) + count);
  for (const pair of warnings.byCriterion) addPair(state, `${pair.code}\u0000${pair.criterion}`, pair.count);
  for (const record of warnings.examples) state.examples.add(record);
}
