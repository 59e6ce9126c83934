import type * as z from 'zod/mini';
import type { CriterionInput } from '../../criteria/criterion.js';
import type { measurementCriterionSchema } from '../../kinds/measurement/schema.js';
import { createIssue, ValidationError, valueText } from '../../errors/index.js';

/** A characteristic that needs an initial process study: a measurement criterion, `kind` optional. */
export type PpapCharacteristicInput = Omit<z.input<typeof measurementCriterionSchema>, 'kind'> & { readonly kind?: 'measurement' };

/**
 * The capability requirement of an initial process study by AIAG PPAP 4th ed. §2.2.11.3: Ppk (the
 * overall-sigma index, for a new process) of 1.67 meets the acceptance criteria, and from 1.33 up to
 * it the study may be acceptable after customer review, which earns partial credit here. The manual
 * says "greater than 1.67": an index of exactly 1.67 counts as met by the capability requirement
 * (which compares "at least"), while `initialStudyDisposition` keeps the strict bound.
 */
export const PPAP_INITIAL_STUDY = { index: 'ppk', min: '1.67', partialFrom: '1.33' } as const;

/**
 * Returns the criteria for characteristics that need an initial process study (PPAP element 11):
 * one measurement criterion each, with the capability requirement `PPAP_INITIAL_STUDY` (Ppk 1.67,
 * 1.33–1.67 for customer review) unless the characteristic states its own (for example Cpk where the
 * customer agrees), and referenced to AIAG PPAP 4th ed. §2.2.11.3 unless it names its own reference.
 * Judge a single study's index with `initialStudyDisposition`. Throws a `ValidationError` when
 * `characteristics` is not a list of objects.
 *
 * @example
 * initialStudyCriteria([{ id: 'throat-d', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' }])[0].capability
 * //=> { index: 'ppk', min: '1.67', partialFrom: '1.33' }
 */
export function initialStudyCriteria(characteristics: readonly PpapCharacteristicInput[]): CriterionInput[] {
  // The criteria are checked when the profile is parsed; only what this function reads is checked here.
  const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const issues = !Array.isArray(characteristics)
    ? [createIssue('invalid_type', [], { expected: 'a list of characteristics', received: valueText(characteristics) })]
    : characteristics.flatMap((c, i) => (isObject(c) ? [] : [createIssue('invalid_type', [i], { expected: 'an object', received: valueText(c) })]));
  if (issues.length > 0) throw new ValidationError(issues, 'characteristics');
  return characteristics.map((characteristic) => ({
    ...characteristic,
    kind: 'measurement' as const,
    capability: characteristic.capability ?? { ...PPAP_INITIAL_STUDY },
    reference: characteristic.reference ?? 'AIAG PPAP 4th ed. §2.2.11.3 (initial process study)',
  }));
}
