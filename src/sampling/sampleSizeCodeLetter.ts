import { ValidationError, type ValidationIssue } from '../errors/index.js';
import { CODE_LETTER_TABLE, INSPECTION_LEVELS } from './codeLetterTable.js';
import type { CodeLetter, InspectionLevel } from './schemas.js';
import { checkOneOf, checkWholeNumber } from './validation.js';

/**
 * Returns the sample-size code letter for a lot size and an inspection level, read from Table I.
 * Source: ISO 2859-1:1999 Table 1; ANSI/ASQ Z1.4-2003 Table I.
 *
 * Throws a `ValidationError` when the lot size is not a whole number of at least 2 or the level is
 * not one of S-1, S-2, S-3, S-4, I, II, III.
 *
 * @example
 * sampleSizeCodeLetter(1200, 'II')
 * //=> 'J'
 */
export function sampleSizeCodeLetter(lotSize: number, level: InspectionLevel): CodeLetter {
  const issues: ValidationIssue[] = [];
  const lotOk = checkWholeNumber(lotSize, 2, ['lotSize'], issues);
  const levelOk = checkOneOf(level, INSPECTION_LEVELS, ['level'], issues);
  if (!lotOk || !levelOk) throw new ValidationError(issues, 'code letter request');
  return codeLetterFor(lotSize, level);
}

/**
 * Returns the Table I code letter for input already checked (a whole lot size ≥ 2, a known level).
 *
 * @example
 * codeLetterFor(600000, 'III')
 * //=> 'R'
 */
export function codeLetterFor(lotSize: number, level: InspectionLevel): CodeLetter {
  const row = CODE_LETTER_TABLE.find((r) => lotSize >= r.minLotSize && (r.maxLotSize === null || lotSize <= r.maxLotSize));
  if (row === undefined) throw new Error(`Table I has no row for lot size ${lotSize}`);
  return row.letters[level];
}
