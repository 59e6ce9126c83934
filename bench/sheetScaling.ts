/**
 * Reading a measurement sheet with a subgroup column, at n and 2n rows: doubling the rows should at
 * most about double the time (goal: at most 2.5×), so sheet reading stays linear in rows.
 */
import type { ParseResult } from '../src/parse/result.js';

/** What the case calls: `evidenceFromSheets` as the package ships it. */
export type EvidenceFromSheets = (sheets: Record<string, unknown>, options?: object) => ParseResult<unknown>;

/** Returns a measurements sheet of `rows` parts in subgroups of 5, two characteristics. */
function measurementRows(rows: number): unknown[][] {
  const out: unknown[][] = [['subgroup', 'throat-d', 'bore-d']];
  for (let i = 0; i < rows; i++) out.push([`g${Math.floor(i / 5)}`, 6.5 + (i % 7) / 1000, 12 + (i % 3) / 100]);
  return out;
}

/** Returns the best of three timings (ms) of reading a sheet of `rows` rows. */
function readMs(read: EvidenceFromSheets, rows: number): number {
  const sheets = { supplier: [['supplier id', 'S-1'], ['supplier name', 'Bench'], ['audit date', '2026-11-24']], measurements: measurementRows(rows) };
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const result = read(sheets);
    const ms = performance.now() - start;
    if (!result.success) throw new Error('the bench measurement sheet did not read');
    best = Math.min(best, ms);
  }
  return best;
}

/**
 * Returns the times of reading n and 2n rows and their ratio.
 *
 * @example
 * sheetScalingCase(evidenceFromSheets, true)
 * //=> { rows: 20000, ms: 40.1, doubledMs: 81.3, ratio: 2.03 }
 */
export function sheetScalingCase(read: EvidenceFromSheets, small: boolean) {
  const rows = small ? 20_000 : 100_000;
  readMs(read, 1_000);
  const ms = readMs(read, rows);
  const doubledMs = readMs(read, rows * 2);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { rows, ms: round(ms), doubledMs: round(doubledMs), ratio: round(doubledMs / ms) };
}
