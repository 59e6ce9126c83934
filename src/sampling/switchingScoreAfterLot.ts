import { aqlColumn } from './aqlColumn.js';
import { NORMAL_TABLE } from './masterTables.js';
import type { PlanLetter } from './schemas.js';

/** What the switching score needs to know about one lot on original normal inspection. */
export interface ScoredLot {
  readonly accepted: boolean;
  /** Nonconforming units in the sample, when known. */
  readonly nonconforming?: number | undefined;
  /** The normal plan used, when known. */
  readonly plan?: { readonly aql: string; readonly planLetter: PlanLetter; readonly acceptanceNumber: number } | undefined;
}

/**
 * Returns the switching score after one more lot on original normal inspection, or `null` when it
 * cannot be told from what is known (the score stays unknown until a lot is not accepted, which resets it).
 *
 * ISO 2859-1:1999 9.3.3 (single sampling), as recalled and NOT verified against the standard's text:
 * - Ac ≥ 2: add 3 if the lot would have been accepted had the AQL been one step tighter (the Ac of the
 *   same row of Table 2-A in the next smaller AQL column), otherwise reset to 0;
 * - Ac 0 or 1: add 2 if the lot is accepted, otherwise reset to 0.
 *
 * @example
 * switchingScoreAfterLot(6, { accepted: true, nonconforming: 1, plan: { aql: '1', planLetter: 'J', acceptanceNumber: 2 } })
 * //=> 9
 */
export function switchingScoreAfterLot(score: number | null, lot: ScoredLot): number | null {
  if (!lot.accepted) return 0;
  if (lot.plan === undefined) return null;
  if (lot.plan.acceptanceNumber <= 1) return score === null ? null : score + 2;
  if (lot.nonconforming === undefined) return null;
  const tighter = tighterAcceptanceNumber(lot.plan.planLetter, lot.plan.aql);
  if (lot.nonconforming > tighter) return 0;
  return score === null ? null : score + 3;
}

/**
 * Returns the acceptance number of the normal plan in the same row of Table 2-A, one AQL column
 * tighter (smaller). For every normal plan with Ac ≥ 2 that cell holds a plan, not an arrow.
 *
 * @example
 * tighterAcceptanceNumber('J', '1')
 * //=> 1
 */
export function tighterAcceptanceNumber(planLetter: PlanLetter, aql: string): number {
  const column = aqlColumn(aql);
  const cell = NORMAL_TABLE.rows.find((r) => r.letter === planLetter)?.cells[column - 1];
  if (cell === undefined || cell === null || typeof cell === 'string') {
    throw new Error(`Table 2-A has no plan one AQL step tighter than ${aql} in row ${planLetter}`);
  }
  return cell.ac;
}
