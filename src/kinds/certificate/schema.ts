import type { CriterionContext, JsonValue } from '../../criteria/outcome.js';
import * as z from 'zod/mini';
import { criterionBaseShape } from '../../schema/criterionBase.js';
import { calendarDateSchema, daysSchema, decimalSchema, idSchema, noteSchema, textSchema } from '../../schema/primitives.js';

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
 * Returns what a criterion of this kind requires, as plain JSON, whatever the evidence: the
 * `required` part of its results, also when evidence is missing.
 *
 * @example
 * certificateRequirement({ kind: 'certificate', standard: 'IATF 16949', alsoAccepted: [], ... }, { at: '2026-11-28' })
 * //=> { standard: 'IATF 16949', validOn: '2026-11-28' }
 */
export function certificateRequirement(criterion: CertificateCriterion, context: CriterionContext): Record<string, JsonValue> {
  return {
    standard: criterion.standard,
    ...(criterion.alsoAccepted.length ? { alsoAccepted: [...criterion.alsoAccepted] } : {}),
    validOn: context.at,
    ...(criterion.minRemainingDays !== undefined ? { minRemainingDays: criterion.minRemainingDays } : {}),
  };
}
