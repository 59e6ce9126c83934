import { CACHE_LIMIT, FAIL, PARTIAL, PASS, type CompiledBase } from '../../fast/planParts.js';
import { certificateRequirement, standardMatches, type CertificateCriterion, type CertificateEvidence } from './schema.js';
import { fastLimit, type FastLimit } from '../../fast/limit.js';
import type { JsonValue, KindOutcome } from '../../criteria/outcome.js';
import { dayNumber } from '../../dates/dayNumber.js';
import { quotientText } from '../../fast/decimalText.js';
import { HUNDRED, ZERO, type FastContext } from '../../fast/fastContext.js';
import type { Verdict } from '../../fast/verdict.js';
import { isDateText, isNote, isOptionalText, isText, onlyKeys } from '../../fast/entryChecks.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of a certificate. */
export interface CompiledCertificate extends CompiledBase<'certificate', CertificateCriterion> {
  readonly accepted: readonly string[];
  /** Whether a held standard is accepted, by its text as written (bounded). */
  readonly standards: Map<string, boolean>;
  readonly minRemainingDays: number | undefined;
  readonly expiring: FastLimit;
}

/** Returns whether the standard held is one the criterion accepts, remembered per held text. */
function accepted(c: CompiledCertificate, held: string): boolean {
  let known = c.standards.get(held);
  if (known === undefined) {
    known = c.accepted.some((standard) => standardMatches(standard, held));
    if (c.standards.size >= CACHE_LIMIT) c.standards.clear();
    c.standards.set(held, known);
  }
  return known;
}

/** The state of a certificate on the evaluation date. */
type State = 'wrong-standard' | 'not-yet-valid' | 'expired' | 'expiring' | 'valid';

function stateOf(ctx: FastContext, c: CompiledCertificate, evidence: CertificateEvidence): State {
  if (!accepted(c, evidence.standard)) return 'wrong-standard';
  if (evidence.issued !== undefined && ctx.atDay - dayNumber(evidence.issued) < 0) return 'not-yet-valid';
  const remaining = dayNumber(evidence.expires) - ctx.atDay;
  if (remaining < 0) return 'expired';
  if (c.minRemainingDays !== undefined && remaining < c.minRemainingDays) return 'expiring';
  return 'valid';
}

/**
 * Decides a certificate: the standard, then the issue and expiry dates against the evaluation date,
 * by day numbers.
 *
 * @example
 * decideCertificate(ctx, iso9001, { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: '2027-06-30' }, emptyVerdict()).status
 * //=> 0
 */
export function decideCertificate(ctx: FastContext, c: CompiledCertificate, evidence: CertificateEvidence, verdict: Verdict): Verdict {
  const state = stateOf(ctx, c, evidence);
  verdict.minPoints = Number.POSITIVE_INFINITY;
  verdict.exact = null;
  if (state === 'valid') {
    verdict.status = PASS;
    verdict.score = 100;
    verdict.error = 0;
  } else if (state === 'expiring') {
    verdict.status = PARTIAL;
    verdict.score = c.expiring.float;
    verdict.error = c.expiring.error;
  } else {
    verdict.status = FAIL;
    verdict.score = 0;
    verdict.error = 0;
  }
  return verdict;
}

/**
 * Returns the outcome of a certificate criterion, with the verdict filled in: valid on the evaluation
 * date (issue date on or before it, expiry date on or after it, the expiry day itself still valid),
 * expiring within the window, expired, not yet valid, or of the wrong standard.
 *
 * @example
 * certificateOutcome(ctx, iso9001, { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: '2027-06-30' }, emptyVerdict()).why.code
 * //=> 'certificate.valid'
 */
export function certificateOutcome(ctx: FastContext, c: CompiledCertificate, evidence: CertificateEvidence, verdict: Verdict): KindOutcome {
  decideCertificate(ctx, c, evidence, verdict);
  const criterion = c.criterion;
  const required = certificateRequirement(criterion, { at: ctx.at });
  const remaining = dayNumber(evidence.expires) - ctx.atDay;
  // What was found, with the certificate's state, property by property in the order of the result.
  const foundIn = (state: string): Record<string, JsonValue> => {
    const found: Record<string, JsonValue> = { standard: evidence.standard };
    if (evidence.number) found.number = evidence.number;
    if (evidence.issuer) found.issuer = evidence.issuer;
    if (evidence.issued) found.issued = evidence.issued;
    found.expires = evidence.expires;
    found.remainingDays = remaining;
    found.state = state;
    return found;
  };
  const params = {
    standard: criterion.standard,
    held: evidence.standard,
    expires: evidence.expires,
    issued: evidence.issued ?? '',
    at: ctx.at,
    remaining: String(remaining),
    window: String(criterion.minRemainingDays ?? ''),
    overdue: String(-remaining),
  };
  const fail = (code: string, state: string, shortfallDays: number | null): KindOutcome => ({
    status: 'fail',
    score: ZERO,
    required,
    found: foundIn(state),
    why: { code, params },
    shortfall: shortfallDays === null ? null : { amount: String(shortfallDays), unit: 'days', relative: null },
  });
  const state = stateOf(ctx, c, evidence);
  if (state === 'wrong-standard') return fail('certificate.wrongStandard', 'wrong-standard', null);
  if (state === 'not-yet-valid') return fail('certificate.notYetValid', 'not-yet-valid', dayNumber(evidence.issued as string) - ctx.atDay);
  if (state === 'expired') return fail('certificate.expired', 'expired', -remaining + (criterion.minRemainingDays ?? 0));
  if (state === 'expiring') {
    const window = criterion.minRemainingDays as number;
    verdict.exact = c.expiring.exact;
    return {
      status: 'partial',
      score: c.expiring.exact,
      required,
      found: foundIn('expiring'),
      why: { code: 'certificate.expiring', params },
      shortfall: { amount: String(window - remaining), unit: 'days', relative: quotientText(window - remaining, window, 6) },
    };
  }
  return { status: 'pass', score: HUNDRED, required, found: foundIn('valid'), why: { code: 'certificate.valid', params }, shortfall: null };
}


const CERTIFICATE_KEYS = new Set(['criterion', 'standard', 'number', 'issued', 'expires', 'issuer', 'scope', 'note']);

/** The plan of a certificate: the standards accepted and the validity window, decided by day numbers. */
export const certificatePlan: KindPlan<CertificateCriterion, CompiledCertificate> = {
  compile: (criterion, base) => ({
    ...base,
    // The requirement names the evaluation date, so it is written for each evaluation.
    required: null,
    accepted: [criterion.standard, ...criterion.alsoAccepted],
    standards: new Map(),
    minRemainingDays: criterion.minRemainingDays,
    expiring: fastLimit(criterion.expiringScore),
  }),
  fits(compiled, _holder, _c, e) {
    if (!onlyKeys(e, CERTIFICATE_KEYS) || !isText(e.standard) || !isDateText(compiled, e.expires)) return false;
    if (!isOptionalText(e.number) || !isOptionalText(e.issuer) || !isNote(e.scope)) return false;
    return e.issued === undefined || (isDateText(compiled, e.issued) && dayNumber(e.expires) >= dayNumber(e.issued));
  },
  outcome: (ctx, c, entry, _holder, verdict) => certificateOutcome(ctx, c, entry as unknown as CertificateEvidence, verdict),
  decide(ctx, c, entry, _holder, verdict) {
    decideCertificate(ctx, c, entry as unknown as CertificateEvidence, verdict);
    return false;
  },
  exactScore: (_ctx, c, _entry, _holder, status) => (status === PARTIAL ? c.expiring.exact : status === PASS ? HUNDRED : ZERO),
};
