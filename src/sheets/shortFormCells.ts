import type { PathSegment } from '../errors/index.js';
import type { Refuse, SheetCells } from '../kinds/sheetCells.js';
import { cellBoolean, cellDate, cellInteger, cellNumeric, isDateCell, type Cell, type DateCells } from './cells.js';
import { headerKey } from './sheetInput.js';

/** Texts that mark a question not applicable, in `headerKey` form: n/a, N.A., not applicable, t/b, tidak berlaku. */
export const NOT_APPLICABLE = new Set(['na', 'notapplicable', 'tb', 'tidakberlaku']);

export const DATE_AT_END = /^(.*?)\s*(\d{4}-\d{2}-\d{2})$/;

/** Returns a text as a token of a cell: refused when empty, padded or holding a separator. */
const token = (value: unknown, path: readonly PathSegment[], refuse: Refuse): string => {
  const text = String(value);
  if (text === '') refuse(path, 'empty');
  else if (text.trim() !== text) refuse(path, 'whitespace');
  else if (/[\s;]/.test(text)) refuse(path, 'separator');
  return text;
};

/** Returns a leading text of a cell (a certificate's standard, a document's status): refused when padded or empty. */
const leading = (value: unknown, path: readonly PathSegment[], refuse: Refuse): string => {
  const text = String(value);
  if (text === '') refuse(path, 'empty');
  else if (text.trim() !== text) refuse(path, 'whitespace');
  else if (DATE_AT_END.test(text)) refuse(path, 'separator');
  return text;
};

/** The cell readers and token writers every kind's short form is written with (`Kind.shortForm`). */
export const SHEET_CELLS: SheetCells = {
  boolean: (cell) => cellBoolean(cell as Cell),
  date: (cell, dates) => cellDate(cell as Cell, dates as DateCells | undefined),
  integer: (cell, dates) => cellInteger(cell as Cell, dates as DateCells | undefined),
  numeric: (cell, dates) => cellNumeric(cell as Cell, dates as DateCells | undefined),
  isDate: isDateCell,
  notApplicable: (text) => NOT_APPLICABLE.has(headerKey(text)),
  dateAtEnd: DATE_AT_END,
  token,
  leading,
};
