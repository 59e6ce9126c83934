import { FAIL, PASS, type CompiledBase } from '../../fast/planParts.js';
import type { DocumentCriterion, DocumentEvidence } from './schema.js';
import type { KindOutcome } from '../../criteria/outcome.js';
import { dayNumber } from '../../dates/dayNumber.js';
import { quotientText } from '../../fast/decimalText.js';
import { HUNDRED, ZERO, type FastContext } from '../../fast/fastContext.js';
import { jsonClone } from '../../fast/jsonClone.js';
import type { Verdict } from '../../fast/verdict.js';
import { isDateText, isOptionalText, onlyKeys } from '../../fast/entryChecks.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of a document. */
export interface CompiledDocument extends CompiledBase<'document', DocumentCriterion> {
  /** Accepted statuses, trimmed and lower case. */
  readonly accepted: ReadonlySet<string>;
  readonly acceptedText: string;
  readonly maxAgeDays: number | undefined;
}

type Why = 'document.statusNotAccepted' | 'document.datedAfter' | 'document.undated' | 'document.tooOld' | 'document.accepted';

function whyOf(ctx: FastContext, c: CompiledDocument, evidence: DocumentEvidence): Why {
  if (!c.accepted.has(evidence.status.trim().toLowerCase())) return 'document.statusNotAccepted';
  const age = evidence.date === undefined ? null : ctx.atDay - dayNumber(evidence.date);
  if (age !== null && age < 0) return 'document.datedAfter';
  if (c.maxAgeDays !== undefined) {
    if (age === null) return 'document.undated';
    if (age > c.maxAgeDays) return 'document.tooOld';
  }
  return 'document.accepted';
}

/**
 * Decides a document criterion: an accepted status (trimmed, any case) and,
 * with a maximum age, a date no more than that many days before the evaluation date.
 *
 * @example
 * decideDocument(ctx, controlPlan, { criterion: 'control-plan', status: 'Approved ' }, emptyVerdict()).status
 * //=> 0
 */
export function decideDocument(ctx: FastContext, c: CompiledDocument, evidence: DocumentEvidence, verdict: Verdict): Verdict {
  const met = whyOf(ctx, c, evidence) === 'document.accepted';
  verdict.status = met ? PASS : FAIL;
  verdict.score = met ? 100 : 0;
  verdict.error = 0;
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.exact = null;
  return verdict;
}

/**
 * Returns the outcome of a document criterion (met when its status is accepted and, with a maximum
 * age, when it is dated no more than that many days before the evaluation date and not after it),
 * with the verdict filled in.
 *
 * @example
 * documentOutcome(ctx, controlPlan, { criterion: 'control-plan', status: 'draft' }, emptyVerdict()).why.code
 * //=> 'document.statusNotAccepted'
 */
export function documentOutcome(ctx: FastContext, c: CompiledDocument, evidence: DocumentEvidence, verdict: Verdict): KindOutcome {
  decideDocument(ctx, c, evidence, verdict);
  const required = jsonClone(c.required ?? {});
  const age = evidence.date === undefined ? null : ctx.atDay - dayNumber(evidence.date);
  const found = {
    status: evidence.status,
    ...(evidence.date ? { date: evidence.date, ageDays: age } : {}),
    ...(evidence.reference ? { reference: evidence.reference } : {}),
  };
  const params = {
    status: evidence.status,
    accepted: c.acceptedText,
    date: evidence.date ?? '',
    age: age === null ? '' : String(age),
    maxAge: c.maxAgeDays === undefined ? '' : String(c.maxAgeDays),
    at: ctx.at,
  };
  const code = whyOf(ctx, c, evidence);
  if (code === 'document.accepted') return { status: 'pass', score: HUNDRED, required, found, why: { code, params }, shortfall: null };
  const over = code === 'document.tooOld' ? (age as number) - (c.maxAgeDays as number) : 0;
  const shortfall =
    code === 'document.tooOld'
      ? { amount: String(over), unit: 'days', relative: c.maxAgeDays === 0 ? null : quotientText(over, c.maxAgeDays as number, 6) }
      : null;
  return { status: 'fail', score: ZERO, required, found, why: { code, params }, shortfall };
}


const DOCUMENT_KEYS = new Set(['criterion', 'status', 'date', 'reference', 'note']);

/** The plan of a document: the accepted statuses and the greatest age. */
export const documentPlan: KindPlan<DocumentCriterion, CompiledDocument> = {
  compile: (criterion, base) => ({
    ...base,
    accepted: new Set(criterion.acceptedStatuses.map((s) => s.trim().toLowerCase())),
    acceptedText: criterion.acceptedStatuses.join(', '),
    maxAgeDays: criterion.maxAgeDays,
  }),
  fits(compiled, _holder, _c, e) {
    if (!onlyKeys(e, DOCUMENT_KEYS) || !isOptionalText(e.reference)) return false;
    const status = e.status;
    if (typeof status !== 'string' || status.length < 1 || status.length > 100) return false;
    return e.date === undefined || isDateText(compiled, e.date);
  },
  outcome: (ctx, c, entry, _holder, verdict) => documentOutcome(ctx, c, entry as unknown as DocumentEvidence, verdict),
  decide(ctx, c, entry, _holder, verdict) {
    decideDocument(ctx, c, entry as unknown as DocumentEvidence, verdict);
    return false;
  },
  exactScore: (_ctx, _c, _entry, _holder, status) => (status === PASS ? HUNDRED : ZERO),
};
