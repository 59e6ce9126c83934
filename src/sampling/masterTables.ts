import type { Inspection, PlanLetter } from './schemas.js';

/**
 * One cell of a master table as printed: a plan `ac/re`, an arrow (`↓` use the first plan below,
 * `↑` use the first plan above, in the same AQL column), or `-` for a cell that prints nothing.
 */
export type MasterTableCell = { readonly ac: number; readonly re: number } | '↓' | '↑' | null;

/** One row of a master table: its letter, its sample size, and one cell per AQL column of `AQL_VALUES`. */
export interface MasterTableRow {
  readonly letter: PlanLetter;
  readonly sampleSize: number;
  readonly cells: readonly MasterTableCell[];
}

/** A master table for single sampling: rows in order of increasing sample size. */
export interface MasterTable {
  readonly inspection: Inspection;
  /** The standards whose printed table this is. */
  readonly source: string;
  readonly rows: readonly MasterTableRow[];
}

function parseCell(text: string): MasterTableCell {
  if (text === '↓' || text === '↑') return text;
  if (text === '-') return null;
  const [ac, re] = text.split('/').map(Number);
  return Object.freeze({ ac: ac as number, re: re as number });
}

function row(letter: PlanLetter, sampleSize: number, cells: string): MasterTableRow {
  return Object.freeze({ letter, sampleSize, cells: Object.freeze(cells.trim().split(/\s+/).map(parseCell)) });
}

// Columns (AQL, percent nonconforming):
//   0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 4.0 6.5 10

/**
 * Single sampling plans for normal inspection, transcribed cell by cell.
 * Source: ISO 2859-1:1999 Table 2-A; ANSI/ASQ Z1.4-2003 Table II-A; MIL-STD-105E Table II-A
 * (identical in all three for AQL 0.010 to 10).
 */
export const NORMAL_TABLE: MasterTable = Object.freeze({
  inspection: 'normal',
  source: 'ISO 2859-1:1999 Table 2-A; ANSI/ASQ Z1.4-2003 Table II-A',
  rows: Object.freeze([
    row('A', 2, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓'),
    row('B', 3, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓'),
    row('C', 5, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2'),
    row('D', 8, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3'),
    row('E', 13, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4'),
    row('F', 20, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6'),
    row('G', 32, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8'),
    row('H', 50, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11'),
    row('J', 80, '  ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15'),
    row('K', 125, ' ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22'),
    row('L', 200, ' ↓   ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑'),
    row('M', 315, ' ↓   ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑'),
    row('N', 500, ' ↓   ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑'),
    row('P', 800, ' ↓   0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑'),
    row('Q', 1250, '0/1 ↑   ↓   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑'),
    row('R', 2000, '↑   ↑   1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑'),
  ]),
});

/**
 * Single sampling plans for tightened inspection, transcribed cell by cell. Row S (n = 3150) prints
 * only the plan 1/2 under AQL 0.025, reached by the arrows of rows Q and R.
 * Source: ISO 2859-1:1999 Table 2-B; ANSI/ASQ Z1.4-2003 Table II-B; MIL-STD-105E Table II-B.
 */
export const TIGHTENED_TABLE: MasterTable = Object.freeze({
  inspection: 'tightened',
  source: 'ISO 2859-1:1999 Table 2-B; ANSI/ASQ Z1.4-2003 Table II-B',
  rows: Object.freeze([
    row('A', 2, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓'),
    row('B', 3, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓'),
    row('C', 5, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓'),
    row('D', 8, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2'),
    row('E', 13, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3'),
    row('F', 20, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4'),
    row('G', 32, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6'),
    row('H', 50, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9'),
    row('J', 80, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13'),
    row('K', 125, ' ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19'),
    row('L', 200, ' ↓   ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑'),
    row('M', 315, ' ↓   ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑'),
    row('N', 500, ' ↓   ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑'),
    row('P', 800, ' ↓   ↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑'),
    row('Q', 1250, '↓   0/1 ↓   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑'),
    row('R', 2000, '0/1 ↑   ↓   1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑'),
    row('S', 3150, '-   -   1/2 -   -   -   -   -   -   -   -   -   -   -   -   -'),
  ]),
});

/**
 * Single sampling plans for reduced inspection in the ANSI/ASQ Z1.4-2003 / MIL-STD-105E version,
 * transcribed cell by cell. Plans may have a gap between Ac and Re (0/2, 1/3, 1/4, 2/5, 3/6, 5/8, 7/10,
 * 10/13): a count in the gap accepts the lot but reinstates normal inspection.
 * Rows A to C all have n = 2, so where an arrow among them leads to a plan of the same n the
 * transcription shows the plan itself; the n, Ac and Re used are the same either way.
 * This is NOT the ISO 2859-1:1999 Table 2-C, whose plans have no gap.
 * Source: ANSI/ASQ Z1.4-2003 Table II-C; MIL-STD-105E Table II-C.
 */
export const REDUCED_ANSI_TABLE: MasterTable = Object.freeze({
  inspection: 'reduced',
  source: 'ANSI/ASQ Z1.4-2003 Table II-C; MIL-STD-105E Table II-C',
  rows: Object.freeze([
    row('A', 2, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 0/1 0/1 0/2'),
    row('B', 2, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 0/1 0/1 0/2'),
    row('C', 2, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 0/1 ↓   0/2'),
    row('D', 3, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3'),
    row('E', 5, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4'),
    row('F', 8, '   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5'),
    row('G', 13, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6'),
    row('H', 20, '  ↓   ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8'),
    row('J', 32, '  ↓   ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10'),
    row('K', 50, '  ↓   ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13'),
    row('L', 80, '  ↓   ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑'),
    row('M', 125, ' ↓   ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑ ↑'),
    row('N', 200, ' ↓   ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑ ↑ ↑'),
    row('P', 315, ' ↓   0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑ ↑ ↑ ↑'),
    row('Q', 500, ' 0/1 ↑   ↓   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑ ↑ ↑ ↑ ↑'),
    row('R', 800, ' ↑   ↑   0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ↑ ↑ ↑ ↑ ↑ ↑'),
  ]),
});
