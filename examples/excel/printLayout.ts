/**
 * How a report sheet is laid out for printing on A4: which rows are tables (their cells wrap and set
 * the column widths), how wide the columns of sentences are, how tall each row is, which row heads
 * every printed page, and whether the page is turned. The library returns the sheet as rows of cells;
 * the layout is read from those rows alone, so it works for every language.
 */
import type { Cell } from 'supplier-quality/sheets';

/** The print layout of a sheet. */
export interface PrintLayout {
  /** Column widths in characters of the default font (Calibri 11), from column A. */
  readonly widths: readonly number[];
  /** Whether a cell wraps, by 0-based row and column. */
  readonly wraps: (row: number, column: number) => boolean;
  /** The 0-based rows that head a table (printed bold). */
  readonly headers: ReadonlySet<number>;
  /** Each row's height in points: as many lines as its tallest wrapped cell needs (not every spreadsheet program fits rows on opening). */
  readonly heights: readonly number[];
  /** The 1-based row repeated at the top of every printed page: the header of the last table. */
  readonly repeatRow: number | undefined;
  readonly orientation: 'portrait' | 'landscape';
  /** The estimated print scale (fitted to the page width) and page count. */
  readonly scale: number;
  readonly pages: number;
}

/** Page margins in inches, as spreadsheets store them. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.7, header: 0.3, footer: 0.3 } as const;
/** A4 in points, portrait. */
const A4 = { width: 595.3, height: 841.9 } as const;
/** The height of one line of Calibri 11, in points. */
const LINE_HEIGHT = 15;
/** A column with a text longer than this holds sentences; the others hold short words and figures. */
const SENTENCE_LENGTH = 40;
/** Short words and figures wrap at this width (a longer word widens the column). */
const PHRASE_WIDTH = 10;
const MIN_WIDTH = 4;
/** The widths tried for the columns of sentences. */
const SENTENCE_WIDTHS = [16, 18, 20, 22, 24, 26] as const;
/** Below this print scale, text is too small to read (Calibri 11 at 60 % is 6.6 pt). */
const MIN_SCALE = 0.6;

const cellText = (cell: Cell): string => (cell instanceof Date ? 'YYYY-MM-DD' : cell === null || cell === undefined ? '' : String(cell));
/** Characters a cell needs on one line; a number is shown rounded to fit, so it needs at most 8. */
const cellLength = (cell: Cell): number => (typeof cell === 'number' ? Math.min(8, String(cell).length) : cellText(cell).length);
const filled = (row: readonly Cell[]): number => row.filter((cell) => cellText(cell).trim() !== '').length;
/** The longest stretch a line cannot break in: words, broken after hyphens and slashes too. */
const longestWord = (cell: Cell): number => (typeof cell === 'number' ? cellLength(cell) : Math.max(0, ...cellText(cell).split(/\s+|(?<=[-/])/).map((word) => word.length)));
/** A column width in characters as points: 7 pixels a character and 5 of padding, at 96 pixels an inch. */
const widthPoints = (width: number): number => 0.75 * (7 * width + 5);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Returns how many lines a text takes in a column of a width, wrapped at spaces and after hyphens, a
 * character counted as wide as a digit (the unit of column widths) and a line one character short of
 * the column, so the estimate errs towards a line too many rather than a line cut off.
 *
 * @example
 * wrappedLines('Machines and tools are maintained', 12)
 * //=> 4
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/(?<=[\s-])/)) {
      if (line > 0 && line + word.trimEnd().length > room) {
        lines += 1;
        line = 0;
      }
      lines += Math.floor(Math.max(0, line + word.length - 1) / room);
      line = (line + word.length) % room || (word.length > 0 ? room : 0);
    }
  }
  return lines;
}

/** Returns how many pages rows of these heights fill, the repeated row heading every page after the first. */
function pageCount(heights: readonly number[], repeat: number, room: number): number {
  let pages = 1;
  let used = 0;
  for (const height of heights) {
    if (used > 0 && used + height > room) {
      pages += 1;
      used = repeat;
    }
    used += height;
  }
  return pages;
}

/**
 * Returns the print layout of a sheet's rows. A row with three or more cells is a table row; the first
 * row of each run of table rows is its header. Table cells wrap; a label and value row (`Decision |
 * Rejected`) wraps its label, and its value, like a row of one sentence, runs across the empty cells
 * beside it. A column is as wide as its longest word, and as its longest text up to 10 characters
 * (short words and figures); columns of sentences (a text over 40 characters) are 16 to 26
 * characters wide, as tried on A4 portrait and landscape fitted to the page width: the fewest pages
 * at a readable scale (60 % or more), then the largest scale.
 *
 * @example
 * printLayout([['a', 'b', 'c'], [1, 2, 3]]).widths
 * //=> [5, 5, 5]
 */
export function printLayout(rows: readonly (readonly Cell[])[]): PrintLayout {
  const table = rows.map((row) => filled(row) >= 3);
  const headers = new Set(rows.flatMap((_, r) => (table[r] && !table[r - 1] ? [r] : [])));
  const labelled = rows.map((row, r) => !table[r] && filled(row) === 2 && cellText(row[1]) !== '');
  const wraps = (row: number, column: number) => table[row] === true || (labelled[row] === true && column === 0);
  const columns = Array.from({ length: Math.max(0, ...rows.map((row) => row.length)) }, (_, c) => {
    let word = 0;
    let text = 0;
    rows.forEach((row, r) => {
      if (!wraps(r, c)) return;
      word = Math.max(word, longestWord(row[c]));
      if (!headers.has(r)) text = Math.max(text, cellLength(row[c]));
    });
    return { word, sentences: text > SENTENCE_LENGTH, phrase: Math.max(MIN_WIDTH, word, Math.min(text, PHRASE_WIDTH)) };
  });
  const last = [...headers].pop();
  const candidates = SENTENCE_WIDTHS.flatMap((sentenceWidth) => {
    const widths = columns.map((column) => (column.sentences ? Math.max(column.word, sentenceWidth) : column.phrase) + 1);
    const heights = rows.map((row, r) => LINE_HEIGHT * Math.max(1, ...row.map((cell, c) => (wraps(r, c) ? wrappedLines(cellText(cell), widths[c] as number) : 1))));
    return (['portrait', 'landscape'] as const).map((orientation) => {
      const [pageWidth, pageHeight] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
      const scale = Math.min(1, (pageWidth - 72 * (PRINT_MARGINS.left + PRINT_MARGINS.right)) / sum(widths.map(widthPoints)));
      const room = (pageHeight - 72 * (PRINT_MARGINS.top + PRINT_MARGINS.bottom)) / scale;
      return { widths, heights, orientation, scale, pages: pageCount(heights, last === undefined ? 0 : (heights[last] as number), room) };
    });
  });
  const readable = candidates.filter((candidate) => candidate.scale >= MIN_SCALE);
  const best = (readable.length > 0 ? readable : candidates).reduce((a, b) => (b.pages < a.pages || (b.pages === a.pages && b.scale > a.scale) ? b : a));
  return { ...best, wraps, headers, repeatRow: last === undefined ? undefined : last + 1 };
}
