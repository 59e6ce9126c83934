import type { MasterTable, MasterTableCell } from './masterTables.js';
import type { PlanLetter } from './schemas.js';

/** The plan a master-table cell leads to, after following its arrow. */
export interface ResolvedCell {
  /** The letter of the row the lookup started in. */
  readonly letter: PlanLetter;
  /** The row finally used. */
  readonly planLetter: PlanLetter;
  /** The sample size of the row finally used. */
  readonly sampleSize: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  readonly arrow: 'none' | 'down' | 'up';
}

/**
 * Returns the plan for a letter and AQL column of a master table: the cell's own plan, or, when the
 * cell is an arrow, the first plan below (↓) or above (↑) in the same column. The sample size is the
 * one of the row finally used, not of the starting letter (ISO 2859-1:1999 §10.2; Tables 2-A to 2-C).
 *
 * @example
 * resolveMasterTableCell(NORMAL_TABLE, 'J', 8) // J at AQL 0.40: ↓
 * //=> { letter: 'J', planLetter: 'K', sampleSize: 125, acceptanceNumber: 1, rejectionNumber: 2, arrow: 'down' }
 */
export function resolveMasterTableCell(table: MasterTable, letter: PlanLetter, aqlIndex: number): ResolvedCell {
  const start = table.rows.findIndex((r) => r.letter === letter);
  const startCell = table.rows[start]?.cells[aqlIndex];
  if (startCell === undefined || startCell === null) {
    throw new Error(`${table.inspection} table has no cell for letter ${letter} at column ${aqlIndex}`);
  }
  const arrow = startCell === '↓' ? 'down' : startCell === '↑' ? 'up' : 'none';
  const step = arrow === 'up' ? -1 : 1;
  let i = start;
  let cell: MasterTableCell | undefined = startCell;
  // Follow the arrow through further arrows of the same direction to the first printed plan.
  while (cell === startCell && typeof cell === 'string') {
    i += step;
    cell = table.rows[i]?.cells[aqlIndex];
  }
  const row = table.rows[i];
  if (row !== undefined && cell !== undefined && cell !== null && typeof cell === 'object') {
    return {
      letter,
      planLetter: row.letter,
      sampleSize: row.sampleSize,
      acceptanceNumber: cell.ac,
      rejectionNumber: cell.re,
      arrow,
    };
  }
  throw new Error(`${table.inspection} table: the arrow at letter ${letter}, column ${aqlIndex} leads to no plan`);
}
