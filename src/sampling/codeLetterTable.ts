import type { CodeLetter, InspectionLevel } from './schemas.js';

/** One row of Table I: a lot-size range and its code letter at each inspection level. */
export interface CodeLetterRow {
  /** Smallest lot size of the range. */
  readonly minLotSize: number;
  /** Largest lot size of the range; `null` for the open last range (500 001 and over). */
  readonly maxLotSize: number | null;
  readonly letters: Readonly<Record<InspectionLevel, CodeLetter>>;
}

/** The inspection levels in the column order of Table I. */
export const INSPECTION_LEVELS: readonly InspectionLevel[] = Object.freeze(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III']);

function row(minLotSize: number, maxLotSize: number | null, letters: string): CodeLetterRow {
  const cells = letters.split(' ') as CodeLetter[];
  const out = {} as Record<InspectionLevel, CodeLetter>;
  INSPECTION_LEVELS.forEach((level, i) => {
    out[level] = cells[i] as CodeLetter;
  });
  return Object.freeze({ minLotSize, maxLotSize, letters: Object.freeze(out) });
}

/**
 * Sample-size code letters by lot size and inspection level, as data.
 * Source: ISO 2859-1:1999 Table 1; ANSI/ASQ Z1.4-2003 Table I; MIL-STD-105E Table I.
 * Columns: S-1 S-2 S-3 S-4 I II III.
 */
export const CODE_LETTER_TABLE: readonly CodeLetterRow[] = Object.freeze([
  row(2, 8, 'A A A A A A B'),
  row(9, 15, 'A A A A A B C'),
  row(16, 25, 'A A B B B C D'),
  row(26, 50, 'A B B C C D E'),
  row(51, 90, 'B B C C C E F'),
  row(91, 150, 'B B C D D F G'),
  row(151, 280, 'B C D E E G H'),
  row(281, 500, 'B C D E F H J'),
  row(501, 1200, 'C C E F G J K'),
  row(1201, 3200, 'C D E G H K L'),
  row(3201, 10000, 'C D F G J L M'),
  row(10001, 35000, 'C D F H K M N'),
  row(35001, 150000, 'D E G J L N P'),
  row(150001, 500000, 'D E G J M P Q'),
  row(500001, null, 'D E H K N Q R'),
]);
