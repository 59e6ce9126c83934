import type { PathSegment } from '../errors/index.js';

type Entry = Record<string, unknown>;

/** A cell a short form writes. */
export type OutputCell = string | number | boolean;

/** Refuses a field a short form cannot carry, by its path in the entry and why. */
export type Refuse = (path: readonly PathSegment[], reason: 'field' | 'whitespace' | 'separator' | 'empty') => void;

/** What a cell holds, read in its parts: the cell, its text and tokens (separated by spaces or semicolons). */
export interface CellParts {
  readonly cell: unknown;
  readonly text: string;
  readonly tokens: readonly string[];
  /** How date cells are read (`local` or `utc`). */
  readonly dates: unknown;
}

/** The cell readers and token writers of `src/sheets` a kind's short form is written with. */
export interface SheetCells {
  boolean(cell: unknown): boolean | undefined;
  date(cell: unknown, dates?: unknown): string | undefined;
  integer(cell: unknown, dates?: unknown): number | string | boolean;
  numeric(cell: unknown, dates?: unknown): number | string | boolean;
  isDate(cell: unknown): boolean;
  /** Whether a text marks a question not applicable (n/a, tidak berlaku, …). */
  notApplicable(text: string): boolean;
  /** A text ending in a calendar date: the text before it and the date. */
  readonly dateAtEnd: RegExp;
  /** A text as a token of a cell: refused when empty, padded or holding a separator. */
  token(value: unknown, path: readonly PathSegment[], refuse: Refuse): string;
  /** A leading text of a cell (a standard, a status): refused when padded or empty. */
  leading(value: unknown, path: readonly PathSegment[], refuse: Refuse): string;
}

/** How a cell of a supplier row holds an entry of a kind (docs/sheets.md, "A supplier per row"). */
export interface ShortForm<C> {
  /** The entry a cell gives, unchecked: the schema then checks it. */
  read(criterion: C, parts: CellParts, cells: SheetCells): Entry;
  /** The fields of an entry the cell carries; any other field is refused. */
  readonly carries: readonly string[];
  /** The cell of an entry. */
  write(entry: Entry, refuse: Refuse, cells: SheetCells): OutputCell;
}
