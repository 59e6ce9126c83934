import type * as z from 'zod/mini';
import type { CriterionInput } from '../../criteria/criterion.js';
import type { measurementCriterionSchema } from '../../criteria/measurement.js';

/** A characteristic that needs an initial process study: a measurement criterion, `kind` optional. */
export type PpapCharacteristicInput = Omit<z.input<typeof measurementCriterionSchema>, 'kind'> & { readonly kind?: 'measurement' };

/**
 * The PPAP acceptance criteria of an initial process study (AIAG PPAP 4th ed. §2.2.11.3): Ppk (or Cpk
 * where the customer agrees) above 1.67 accepted, 1.33 to 1.67 inclusive for customer review.
 */
export const PPAP_INITIAL_STUDY = { index: 'ppk', acceptAbove: '1.67', reviewFrom: '1.33' } as const;

/**
 * Returns the criteria for characteristics that need an initial process study (PPAP element 11):
 * one measurement criterion each, referenced to AIAG PPAP 4th ed. §2.2.11.3 unless it names its own
 * reference.
 *
 * Capability hook: measurement criteria do not yet carry a capability requirement, so today these
 * criteria check the specification limits only, and the study's index is judged with
 * `initialStudyDisposition`. When measurement criteria gain a capability requirement, this function is
 * the one place that adds `PPAP_INITIAL_STUDY` to each criterion.
 *
 * @example
 * initialStudyCriteria([{ id: 'throat-d', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' }])[0].kind
 * //=> 'measurement'
 */
export function initialStudyCriteria(characteristics: readonly PpapCharacteristicInput[]): CriterionInput[] {
  return characteristics.map((characteristic) => ({
    ...characteristic,
    kind: 'measurement' as const,
    reference: characteristic.reference ?? 'AIAG PPAP 4th ed. §2.2.11.3 (initial process study)',
  }));
}
