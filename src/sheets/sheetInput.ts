import { cellReference, isEmptyCell, type Cell, type Grid } from './cells.js';

/**
 * A sheet's values with its name and where they start, so errors can name the real cell. `origin` is
 * the A1 reference of the top-left cell of `values` (default `A1`), e.g. `B3` for `getRange('B3:K40')`.
 */
export interface SheetInput {
  readonly name?: string;
  readonly values: Grid;
  readonly origin?: string;
}

/** A sheet given as its values alone (starting at A1) or with its name and origin. */
export type SheetLike = Grid | SheetInput;

/** A sheet ready to read: its name, its rows, and the sheet row and column of `rows[0][0]`. */
export interface Sheet {
  readonly name: string;
  readonly rows: Grid;
  readonly firstRow: number;
  readonly firstColumn: number;
}

/** Where a value came from: a cell, or a whole row when `column` is absent. */
export interface CellLocation {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 1-based sheet column. */
  readonly column?: number;
  /** The text of the column's header. */
  readonly header?: string;
}

/** Returns the A1 reference of a location.
 *
 * @example
 * locationReference({ sheet: 'Criteria', row: 7, column: 6 })
 * //=> 'Criteria!F7'
 */
export function locationReference(location: CellLocation): string {
  return cellReference(location.sheet, location.row, location.column);
}

/** Returns whether every cell of a row is empty.
 *
 * @example
 * isEmptyRow(['', null, '  '])
 * //=> true
 */
export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every(isEmptyCell);
}

/**
 * Returns a header's comparable form: lower case letters and digits only, so `Cause family`,
 * `cause_family` and `causeFamily` are the same column.
 *
 * @example
 * headerKey('Min. remaining days')
 * //=> 'minremainingdays'
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
