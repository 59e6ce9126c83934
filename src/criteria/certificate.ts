import * as z from 'zod/mini';
import { Decimal } from '../decimal.js';
import { daysBetween } from '../dates/daysBetween.js';
import { criterionBaseShape } from '../schema/criterionBase.js';
import { calendarDateSchema, daysSchema, decimalSchema, idSchema, noteSchema, textSchema } from '../schema/primitives.js';
import type { CriterionContext, KindOutcome } from './outcome.js';
import { requirementOf } from './requirement.js';

/**
 * A required certificate (ISO 9001, IATF 16949, ISO 14001, an SNI product certificate, or any named
 * standard), valid on the evaluation date, optionally with a minimum remaining validity in days.
 */
export const certificateCriterionSchema = z.strictObject({
  kind: z.literal('certificate'),
  ...criterionBaseShape,
  /** The standard required, e.g. `ISO 9001` (any edition) or `ISO 9001:2015` (that edition only). */
  standard: textSchema,
  /** Other standards accepted in its place, e.g. `IATF 16949` for `ISO 9001`. */
  alsoAccepted: z._default(z.array(textSchema).check(z.maxLength(50)), []),
  /** Days of validity that must remain after the evaluation date; fewer gives `partial`. */
  minRemainingDays: z.optional(daysSchema),
  /** Score for a certificate valid but within the remaining-validity window (default 50). */
  expiringScore: z._default(decimalSchema, '50'),
});
export type CertificateCriterion = z.infer<typeof certificateCriterionSchema>;

/** The certificate the supplier holds. */
export const certificateEvidenceSchema = z.strictObject({
  criterion: idSchema,
  standard: textSchema,
  number: z.optional(textSchema),
  issued: z.optional(calendarDateSchema),
  expires: calendarDateSchema,
  issuer: z.optional(textSchema),
  scope: z.optional(noteSchema),
  note: z.optional(noteSchema),
});
export type CertificateEvidence = z.infer<typeof certificateEvidenceSchema>;

/**
 * Returns a standard's name in a comparable form: upper case, single spaces, no hyphen or slash
 * spacing, e.g. `iso-9001 : 2015` → `ISO 9001:2015`.
 *
 * @example
 * normalStandard(' iso  9001 : 2015 ')
 * //=> 'ISO 9001:2015'
 */
export function normalStandard(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s*:\s*/g, ':')
    .replace(/[\s\-_/]+/g, ' ')
    .replace(/^(ISO|IATF|IEC|SNI|EN|ANSI|AS)\s*(\d)/, '$1 $2')
    .trim();
}

/**
 * Returns whether a held standard satisfies a required one. A requirement without an edition accepts
 * any edition; one with an edition (`ISO 9001:2015`) accepts that edition only.
 *
 * @example
 * standardMatches('ISO 9001', 'ISO 9001:2015')
 * //=> true
 */
export function standardMatches(required: string, held: string): boolean {
  const want = normalStandard(required);
  const have = normalStandard(held);
  if (want === have) return true;
  return !want.includes(':') && have.split(':')[0] === want;
}

/**
 * Returns the outcome of a certificate criterion: valid on the evaluation date (issue date on or before
 * it, expiry date on or after it, the expiry day itself still valid), expiring within the window,
 * expired, not yet valid, or of the wrong standard.
 *
 * @example
 * evaluateCertificate(iso9001, { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: '2026-11-28' }, { at: '2026-11-28' }).status
 * //=> 'pass'
 */
export function evaluateCertificate(
  criterion: CertificateCriterion,
  evidence: CertificateEvidence,
  context: CriterionContext,
): KindOutcome {
  const accepted = [criterion.standard, ...criterion.alsoAccepted];
  const required = requirementOf(criterion, context);
  const remaining = daysBetween(context.at, evidence.expires);
  const found = {
    standard: evidence.standard,
    ...(evidence.number ? { number: evidence.number } : {}),
    ...(evidence.issuer ? { issuer: evidence.issuer } : {}),
    ...(evidence.issued ? { issued: evidence.issued } : {}),
    expires: evidence.expires,
    remainingDays: remaining,
  };
  const params = {
    standard: criterion.standard,
    held: evidence.standard,
    expires: evidence.expires,
    issued: evidence.issued ?? '',
    at: context.at,
    remaining: String(remaining),
    window: String(criterion.minRemainingDays ?? ''),
    overdue: String(-remaining),
  };
  const fail = (code: string, state: string, shortfallDays: number | null): KindOutcome => ({
    status: 'fail',
    score: new Decimal(0),
    required,
    found: { ...found, state },
    why: { code, params },
    shortfall: shortfallDays === null ? null : { amount: String(shortfallDays), unit: 'days', relative: null },
  });
  if (!accepted.some((standard) => standardMatches(standard, evidence.standard))) {
    return fail('certificate.wrongStandard', 'wrong-standard', null);
  }
  if (evidence.issued !== undefined && daysBetween(evidence.issued, context.at) < 0) {
    return fail('certificate.notYetValid', 'not-yet-valid', daysBetween(context.at, evidence.issued));
  }
  if (remaining < 0) {
    return fail('certificate.expired', 'expired', -remaining + (criterion.minRemainingDays ?? 0));
  }
  if (criterion.minRemainingDays !== undefined && remaining < criterion.minRemainingDays) {
    return {
      status: 'partial',
      score: new Decimal(criterion.expiringScore),
      required,
      found: { ...found, state: 'expiring' },
      why: { code: 'certificate.expiring', params },
      shortfall: {
        amount: String(criterion.minRemainingDays - remaining),
        unit: 'days',
        relative: new Decimal(criterion.minRemainingDays - remaining).div(criterion.minRemainingDays).toSignificantDigits(6).toString(),
      },
    };
  }
  return {
    status: 'pass',
    score: new Decimal(100),
    required,
    found: { ...found, state: 'valid' },
    why: { code: 'certificate.valid', params },
    shortfall: null,
  };
}

