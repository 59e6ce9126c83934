import { valuesInUnit, type MeasurementEvidence } from '../kinds/measurement/schema.js';
import type { DecimalInput } from '../decimal.js';
import type { ReportEvidence } from './reportInputs.js';

/**
 * Returns the measured values of one characteristic from the evidence, flattened and in the
 * criterion's unit, or null when the evidence is not given, has no values for it, or they cannot be
 * converted.
 *
 * @example
 * measuredValues({ entries: [{ criterion: 'd', values: [[6.5, 6.51], [6.49]] }] }, 'd', 'mm')
 * //=> [6.5, 6.51, 6.49]
 */
export function measuredValues(evidence: ReportEvidence | undefined, criterion: string, unit: string): DecimalInput[] | null {
  const entry = evidence?.entries.find((e) => e.criterion === criterion);
  if (!entry || !Array.isArray(entry.values) || entry.values.length === 0) return null;
  try {
    return valuesInUnit(unit, entry as unknown as MeasurementEvidence);
  } catch {
    return null;
  }
}
