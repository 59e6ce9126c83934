import { createIssue, valueText, ValidationError, type ValidationIssue } from '../errors/index.js';
import type { PathSegment } from '../errors/index.js';
import { aqlColumn } from './aqlColumn.js';
import { dispositionFor, type LotDisposition } from './lotDisposition.js';
import { masterTableFor } from './masterTableFor.js';
import { inspectionSchema, type Inspection, type PlanLetter, type SamplingPlan } from './schemas.js';
import { switchingScoreAfterLot } from './switchingScoreAfterLot.js';
import { checkKnownKeys, checkOneOf, checkWholeNumber, isRecord, typeName } from './validation.js';

/** One lot of the history, in the order inspected, on original inspection (resubmitted lots left out). */
export interface SwitchingLot {
  /** Whether the lot was accepted. May be left out when `plan` and `nonconforming` are given. */
  readonly accepted?: boolean;
  /** Nonconforming units found in the sample. With `plan`, gives the switching score and the reduced-plan gap. */
  readonly nonconforming?: number;
  /** The plan the lot was inspected with, as returned by `samplingPlan`. Its severity must be the one the rules give. */
  readonly plan?: SamplingPlan;
  /** True when production was irregular or delayed at this lot: ends reduced inspection and blocks entering it. */
  readonly productionIrregular?: boolean;
}

/** Conditions outside the lot results that the switching rules need. */
export interface SwitchingOptions {
  /** Severity of the first lot, as the responsible authority designates; defaults to normal. */
  readonly start?: Inspection;
  /** Production is at a steady rate (a condition for reduced inspection); defaults to false. */
  readonly productionSteady?: boolean;
  /** The responsible authority approves reduced inspection (a condition for it); defaults to false. */
  readonly authorityApprovesReduced?: boolean;
}

/** A state of the switching rules. */
export type SwitchingStateName = Inspection | 'discontinued';

/** A change of severity, made after the lot that triggered it. */
export interface SwitchingTransition {
  /** Index in the history of the lot that triggered the change (0-based). */
  readonly lotIndex: number;
  /** The same lot counted from 1, as in the sentences. */
  readonly lotNumber: number;
  readonly from: SwitchingStateName;
  readonly to: SwitchingStateName;
  readonly reason: string;
}

/** Where the switching rules stand after a history of lots. */
export interface SwitchingState {
  /** The severity for the next lot, or `discontinued`. */
  readonly state: SwitchingStateName;
  readonly lotsInspected: number;
  /**
   * The switching score on normal inspection (0 on other states); `null` when an accepted lot on normal
   * inspection lacks the plan (or, for Ac ≥ 2, the nonconforming count) needed to update it.
   */
  readonly switchingScore: number | null;
  readonly transitions: readonly SwitchingTransition[];
  /** Why the current state holds. */
  readonly reason: string;
}

const LOT_KEYS = ['accepted', 'nonconforming', 'plan', 'productionIrregular'] as const;
const OPTION_KEYS = ['start', 'productionSteady', 'authorityApprovesReduced'] as const;
const PLAN_LETTERS: readonly PlanLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'S'];

/** A lot after structural checks (internal). */
export interface CheckedLot {
  readonly accepted: boolean;
  readonly nonconforming: number | undefined;
  readonly plan: SamplingPlan | undefined;
  readonly disposition: LotDisposition | undefined;
  readonly productionIrregular: boolean;
}

function listWords(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/**
 * Returns the state of the switching rules after a history of lots: the severity for the next lot
 * (normal, tightened, reduced) or `discontinued`, the switching score, every transition with the lot
 * that triggered it and the reason, and why the current state holds.
 *
 * Rules (ISO 2859-1:1999 clause 9; ANSI/ASQ Z1.4-2003 section 8), per class of nonconformity, on
 * original inspection only:
 * - start on normal inspection (or `options.start`, as the responsible authority designates);
 * - normal → tightened when 2 lots among 5 or fewer consecutive lots on normal inspection are not accepted;
 * - tightened → normal after 5 consecutive lots accepted on tightened inspection;
 * - normal → reduced when the switching score is at least 30 AND production is steady AND the
 *   responsible authority approves (`options.productionSteady`, `options.authorityApprovesReduced`,
 *   both false unless given; the reason then says which one is missing);
 * - reduced → normal when a lot is not accepted, when a lot is accepted with a count between Ac and Re
 *   of a reduced plan with a gap (ANSI/ASQ Z1.4, MIL-STD-105E), or when production is irregular;
 * - discontinue when 5 lots in total are not accepted in one run of consecutive lots on tightened
 *   inspection; inspection resumes (on tightened) only after corrective action accepted by the authority.
 *
 * Switching score (ISO 2859-1:1999 9.3.3, recalled and NOT verified against the standard's text): set
 * to 0 on entering normal inspection; after each lot, for Ac ≥ 2 add 3 if the lot would have been
 * accepted at the AQL one step tighter, else reset to 0; for Ac 0 or 1 add 2 if accepted, else reset to 0.
 * The score counts lots of the current run of normal inspection; so does the "2 of 5" rule.
 *
 * The rules are the same in both editions; the gap rule applies whenever a lot's plan has a gap
 * (the ANSI/ASQ Z1.4 reduced plans). The state may be `reduced` whatever the edition, but `samplingPlan`
 * ships reduced plans only for ANSI/ASQ Z1.4-2003.
 *
 * Throws a `ValidationError` for malformed lots or options, a lot whose `accepted` contradicts its
 * count and plan, a plan whose severity differs from the one the rules give for that lot, and lots
 * after discontinuation.
 *
 * @example
 * switchingState([{ accepted: false }, { accepted: true }, { accepted: false }]).state
 * //=> 'tightened'
 */
export function switchingState(history: readonly SwitchingLot[], options: SwitchingOptions = {}): SwitchingState {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(history)) {
    issues.push(createIssue('invalid_type', ['history'], { expected: 'an array of lots', received: typeName(history) }));
  }
  if (!isRecord(options)) {
    issues.push(createIssue('invalid_type', ['options'], { expected: 'an object', received: typeName(options) }));
  } else {
    checkKnownKeys(options, OPTION_KEYS, ['options'], issues);
    if (options.start !== undefined) checkOneOf(options.start, inspectionSchema.options, ['options', 'start'], issues);
    for (const key of ['productionSteady', 'authorityApprovesReduced'] as const) {
      checkBoolean(options[key], ['options', key], issues);
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, 'switching history');
  // Array.from visits the holes of a sparse list too (as undefined), so each is reported.
  const lots = Array.from(history, (lot, i) => checkLot(lot, ['history', i], issues));
  if (issues.length > 0) throw new ValidationError(issues, 'switching history');
  const run = switchingRun({
    start: options.start ?? 'normal',
    productionSteady: options.productionSteady ?? false,
    authorityApprovesReduced: options.authorityApprovesReduced ?? false,
  });
  for (const lot of lots as CheckedLot[]) run.next(lot);
  return run.result();
}

function checkBoolean(value: unknown, path: readonly PathSegment[], issues: ValidationIssue[]): boolean {
  if (value === undefined || typeof value === 'boolean') return true;
  issues.push(createIssue('invalid_type', path, { expected: 'true or false', received: typeName(value) }));
  return false;
}

function checkPlan(plan: unknown, path: readonly PathSegment[], issues: ValidationIssue[]): plan is SamplingPlan {
  if (!isRecord(plan)) {
    issues.push(createIssue('invalid_type', path, { expected: 'a sampling plan', received: typeName(plan) }));
    return false;
  }
  const before = issues.length;
  checkOneOf(plan.inspection, inspectionSchema.options, [...path, 'inspection'], issues);
  checkOneOf(plan.planLetter, PLAN_LETTERS, [...path, 'planLetter'], issues);
  checkWholeNumber(plan.sampleSize, 1, [...path, 'sampleSize'], issues);
  const acOk = checkWholeNumber(plan.acceptanceNumber, 0, [...path, 'acceptanceNumber'], issues);
  const reOk = checkWholeNumber(plan.rejectionNumber, 1, [...path, 'rejectionNumber'], issues);
  const column = aqlColumn(plan.aql);
  if (typeof plan.aql !== 'string' || column < 0) {
    issues.push(createIssue('aql_not_in_table', [...path, 'aql'], { value: valueText(plan.aql), options: 'the AQL of a plan from samplingPlan' }));
  }
  if (issues.length > before || !acOk || !reOk) return false;
  const p = plan as unknown as SamplingPlan;
  // The plan must be one the table prints: the switching score and the gap rule read the table.
  const table = masterTableFor(p.inspection, 'ANSI/ASQ Z1.4-2003');
  const cell = table?.rows.find((r) => r.letter === p.planLetter)?.cells[column];
  const printed = typeof cell === 'object' && cell !== null ? cell : undefined;
  if (printed === undefined || printed.ac !== p.acceptanceNumber || printed.re !== p.rejectionNumber) {
    issues.push(
      createIssue('plan_not_in_table', path, {
        ac: p.acceptanceNumber,
        re: p.rejectionNumber,
        letter: p.planLetter,
        aql: p.aql,
        inspection: p.inspection,
      }),
    );
    return false;
  }
  return true;
}

function checkLot(lot: unknown, path: readonly PathSegment[], issues: ValidationIssue[]): CheckedLot | undefined {
  if (!isRecord(lot)) {
    issues.push(createIssue('invalid_type', path, { expected: 'a lot object', received: typeName(lot) }));
    return undefined;
  }
  const before = issues.length;
  checkKnownKeys(lot, LOT_KEYS, path, issues);
  checkBoolean(lot.accepted, [...path, 'accepted'], issues);
  checkBoolean(lot.productionIrregular, [...path, 'productionIrregular'], issues);
  const planOk = lot.plan === undefined || checkPlan(lot.plan, [...path, 'plan'], issues);
  const countOk = lot.nonconforming === undefined || checkWholeNumber(lot.nonconforming, 0, [...path, 'nonconforming'], issues);
  if (issues.length > before || !planOk || !countOk) return undefined;

  const plan = lot.plan as SamplingPlan | undefined;
  const nonconforming = lot.nonconforming as number | undefined;
  let disposition: LotDisposition | undefined;
  if (plan !== undefined && nonconforming !== undefined) {
    if (nonconforming > plan.sampleSize) {
      issues.push(createIssue('too_big', [...path, 'nonconforming'], { maximum: plan.sampleSize }));
      return undefined;
    }
    disposition = dispositionFor(plan, nonconforming);
  }
  const marked = lot.accepted as boolean | undefined;
  if (marked === undefined && disposition === undefined) {
    issues.push(createIssue('required', [...path, 'accepted']));
    return undefined;
  }
  if (marked !== undefined && disposition !== undefined && marked !== disposition.accepted) {
    issues.push(
      createIssue('lot_result_mismatch', [...path, 'accepted'], {
        marked: marked ? 'accepted' : 'not accepted',
        nonconforming: disposition.nonconforming,
        ac: disposition.acceptanceNumber,
        re: disposition.rejectionNumber,
        actual: disposition.accepted ? 'accepted' : 'not accepted',
      }),
    );
    return undefined;
  }
  return {
    accepted: marked ?? (disposition as LotDisposition).accepted,
    nonconforming,
    plan,
    disposition,
    productionIrregular: lot.productionIrregular === true,
  };
}

/** Conditions of a switching run (internal): `SwitchingOptions` with the defaults filled in. */
export interface RunOptions {
  readonly start: Inspection;
  readonly productionSteady: boolean;
  readonly authorityApprovesReduced: boolean;
}

/** The switching rules applied one lot at a time (internal). */
export interface SwitchingRun {
  /** The severity for the next lot, or `discontinued`. */
  readonly state: SwitchingStateName;
  /** Applies the rules to one more lot (already checked); throws a `ValidationError` as `switchingState` does. */
  next(lot: CheckedLot): void;
  /** Where the rules stand after every lot given so far. */
  result(): SwitchingState;
}

/**
 * Returns a run of the switching rules that takes the lots one at a time, so that a caller choosing
 * each lot's plan from the current severity needs one pass over the history, not one per lot
 * (internal; `switchingState` is the public form).
 *
 * @example
 * const run = switchingRun({ start: 'normal', productionSteady: false, authorityApprovesReduced: false });
 * run.next({ accepted: false, nonconforming: undefined, plan: undefined, disposition: undefined, productionIrregular: false });
 * run.state
 * //=> 'normal'
 */
export function switchingRun(options: RunOptions): SwitchingRun {
  const transitions: SwitchingTransition[] = [];
  let state = options.start as SwitchingStateName;
  let since = 0; // index of the first lot of the current state
  let score: number | null = 0;
  let scoreUnknownAt = -1; // the lot after which the score became unknown
  let notAccepted: number[] = []; // lots not accepted in the current run (normal or tightened)
  let consecutiveAccepted = 0;
  let reducedBlockedAt = -1; // last lot on normal where the score was ≥ 30 but reduced was not entered
  let irregularAt = -1; // last lot with irregular production in the current run of normal inspection

  const enter = (to: SwitchingStateName, i: number, reason: string): void => {
    transitions.push({ lotIndex: i, lotNumber: i + 1, from: state, to, reason });
    state = to;
    since = i + 1;
    score = 0;
    scoreUnknownAt = -1;
    notAccepted = [];
    consecutiveAccepted = 0;
    reducedBlockedAt = -1;
    irregularAt = -1;
  };

  let count = 0; // lots given so far

  const next = (lot: CheckedLot): void => {
    const i = count;
    count += 1;
    const n = i + 1;
    const path = ['history', i, 'plan', 'inspection'];
    if (state === 'discontinued') {
      const stoppedAt = transitions[transitions.length - 1]?.lotNumber ?? i;
      throw new ValidationError([createIssue('lot_after_discontinuation', ['history', i], { lot: stoppedAt })], 'switching history');
    }
    if (lot.plan !== undefined && lot.plan.inspection !== state) {
      throw new ValidationError(
        [
          createIssue('inspection_mismatch', path, {
            used: lot.plan.inspection,
            expected: state,
          }),
        ],
        'switching history',
      );
    }

    if (state === 'normal') {
      score = switchingScoreAfterLot(score, lot);
      if (score === null && scoreUnknownAt < 0) scoreUnknownAt = i;
      if (score !== null) scoreUnknownAt = -1;
      if (lot.productionIrregular) irregularAt = i;
      if (!lot.accepted) {
        const previous = notAccepted[notAccepted.length - 1];
        notAccepted.push(i);
        if (previous !== undefined && i - previous <= 4) {
          enter(
            'tightened',
            i,
            `Lots ${previous + 1} and ${n} were not accepted on original normal inspection: 2 of ${i - previous + 1} consecutive lots (5 or fewer); tightened inspection from lot ${n + 1}.`,
          );
        }
        return;
      }
      if (score !== null && score >= 30) {
        if (options.productionSteady && options.authorityApprovesReduced && !lot.productionIrregular) {
          enter(
            'reduced',
            i,
            `The switching score reached ${score} (30 or more) at lot ${n}, production is steady and the responsible authority approves; reduced inspection from lot ${n + 1}.`,
          );
        } else {
          reducedBlockedAt = i;
        }
      }
      return;
    }

    if (state === 'tightened') {
      if (lot.accepted) {
        consecutiveAccepted += 1;
        if (consecutiveAccepted === 5) {
          enter(
            'normal',
            i,
            `Lots ${n - 4} to ${n} were 5 consecutive lots accepted on original tightened inspection; normal inspection from lot ${n + 1}.`,
          );
        }
        return;
      }
      consecutiveAccepted = 0;
      notAccepted.push(i);
      if (notAccepted.length === 5) {
        const runStart = since + 1;
        const listed = listWords(notAccepted.map((k) => k + 1));
        enter(
          'discontinued',
          i,
          `Lot ${n} is the 5th lot not accepted on tightened inspection since lot ${runStart} (lots ${listed}); inspection under the standard is discontinued until the responsible authority accepts the supplier's corrective action, and then resumes on tightened inspection.`,
        );
      }
      return;
    }

    // Reduced inspection.
    if (!lot.accepted) {
      enter('normal', i, `Lot ${n} was not accepted on reduced inspection; normal inspection from lot ${n + 1}.`);
    } else if (lot.disposition?.reinstateNormal === true) {
      const d = lot.disposition;
      enter(
        'normal',
        i,
        `Lot ${n} was accepted with ${d.nonconforming} nonconforming, between Ac ${d.acceptanceNumber} and Re ${d.rejectionNumber} of the reduced plan; normal inspection from lot ${n + 1}.`,
      );
    } else if (lot.productionIrregular) {
      enter('normal', i, `Production was irregular at lot ${n}; normal inspection from lot ${n + 1}.`);
    }
  };

  const result = (): SwitchingState => {
    const sinceWords = since === 0 ? 'the first lot' : `lot ${since + 1}`;
    let reason: string;
    if (state === 'discontinued') {
      reason = transitions[transitions.length - 1]?.reason ?? '';
    } else if (state === 'normal') {
      const parts = [count === 0 ? 'No lots inspected yet: inspection starts on normal inspection.' : `Normal inspection since ${sinceWords}.`];
      const last = notAccepted[notAccepted.length - 1];
      if (last !== undefined && count - 1 - last < 4) {
        parts.push(
          `Lot ${last + 1} was not accepted; one more lot not accepted up to lot ${last + 5} switches to tightened inspection.`,
        );
      }
      if (score === null) {
        parts.push(
          `The switching score is unknown since lot ${scoreUnknownAt + 1}: give each lot's plan (and, for Ac 2 or more, its nonconforming count) to keep it.`,
        );
      } else if (score < 30) {
        parts.push(`Switching score ${score}; reduced inspection needs 30 or more.`);
      } else if (reducedBlockedAt >= 0) {
        const missing: string[] = [];
        if (!options.productionSteady) missing.push('production is not declared steady (productionSteady)');
        if (!options.authorityApprovesReduced) {
          missing.push('the responsible authority has not approved reduced inspection (authorityApprovesReduced)');
        }
        if (irregularAt >= 0 && irregularAt === reducedBlockedAt) missing.push(`production was irregular at lot ${irregularAt + 1}`);
        parts.push(`Switching score ${score} reaches 30, but reduced inspection is not entered: ${listPhrases(missing)}.`);
      } else {
        parts.push(`Switching score ${score}.`);
      }
      reason = parts.join(' ');
    } else if (state === 'tightened') {
      reason =
        `Tightened inspection since ${sinceWords}: ${consecutiveAccepted} consecutive lot${consecutiveAccepted === 1 ? '' : 's'} accepted of the 5 needed to return to normal inspection; ` +
        `${notAccepted.length} lot${notAccepted.length === 1 ? '' : 's'} not accepted on tightened inspection so far (5 discontinue inspection).`;
    } else {
      reason =
        count === since
          ? `Reduced inspection since ${sinceWords}; no lot inspected on it yet.`
          : `Reduced inspection since ${sinceWords}: every lot since then was accepted without reinstating normal inspection, and production was regular.`;
    }

    return {
      state,
      lotsInspected: count,
      switchingScore: state === 'normal' ? score : 0,
      transitions: [...transitions],
      reason,
    };
  };

  return {
    get state() {
      return state;
    },
    next,
    result,
  };
}

function listPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
