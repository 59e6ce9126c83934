import { NORMAL_TABLE, REDUCED_ANSI_TABLE, TIGHTENED_TABLE, type MasterTable } from './masterTables.js';
import type { Edition, Inspection } from './schemas.js';

/**
 * Returns the single-sampling master table an edition uses for a severity, or `null` when the library
 * does not ship it. Normal and tightened tables are the same in ISO 2859-1:1999 and ANSI/ASQ
 * Z1.4-2003; the reduced table is shipped only for ANSI/ASQ Z1.4-2003 (MIL-STD-105E Table II-C), because
 * the ISO 2859-1:1999 reduced table (no gap between Ac and Re) has not been verified.
 *
 * @example
 * masterTableFor('reduced', 'ISO 2859-1:1999')
 * //=> null
 */
export function masterTableFor(inspection: Inspection, edition: Edition): MasterTable | null {
  if (inspection === 'normal') return NORMAL_TABLE;
  if (inspection === 'tightened') return TIGHTENED_TABLE;
  return edition === 'ANSI/ASQ Z1.4-2003' ? REDUCED_ANSI_TABLE : null;
}
