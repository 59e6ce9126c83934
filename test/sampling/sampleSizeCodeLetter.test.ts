import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { CODE_LETTER_TABLE, INSPECTION_LEVELS } from '../../src/sampling/codeLetterTable.js';
import { sampleSizeCodeLetter } from '../../src/sampling/sampleSizeCodeLetter.js';
import type { InspectionLevel } from '../../src/sampling/schemas.js';

// ISO 2859-1:1999 Table 1 / ANSI/ASQ Z1.4-2003 Table I, as printed.
// Lot size range, then the letters at S-1 S-2 S-3 S-4 I II III.
const PRINTED: readonly [number, number | null, string][] = [
  [2, 8, 'AAAAAAB'],
  [9, 15, 'AAAAABC'],
  [16, 25, 'AABBBCD'],
  [26, 50, 'ABBCCDE'],
  [51, 90, 'BBCCCEF'],
  [91, 150, 'BBCDDFG'],
  [151, 280, 'BCDEEGH'],
  [281, 500, 'BCDEFHJ'],
  [501, 1200, 'CCEFGJK'],
  [1201, 3200, 'CDEGHKL'],
  [3201, 10000, 'CDFGJLM'],
  [10001, 35000, 'CDFHKMN'],
  [35001, 150000, 'DEGJLNP'],
  [150001, 500000, 'DEGJMPQ'],
  [500001, null, 'DEHKNQR'],
];
const LEVELS: readonly InspectionLevel[] = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'];

const cases = PRINTED.flatMap(([min, max, letters]) =>
  LEVELS.flatMap((level, col) => {
    const letter = letters[col] as string;
    const sizes = max === null ? [min, min + 1, 10_000_000] : [min, Math.floor((min + max) / 2), max];
    return sizes.map((lotSize) => ({ lotSize, level, letter }));
  }),
);

describe('sampleSizeCodeLetter (Table I)', () => {
  it('covers all 15 × 7 cells at both ends and the middle of each lot-size range', () => {
    expect(cases).toHaveLength(15 * 7 * 3);
  });

  it.each(cases)('lot $lotSize at level $level → $letter', ({ lotSize, level, letter }) => {
    expect(sampleSizeCodeLetter(lotSize, level)).toBe(letter);
  });

  it('holds the table as data with the same ranges and letters', () => {
    expect(INSPECTION_LEVELS).toEqual(LEVELS);
    expect(CODE_LETTER_TABLE.map((r) => [r.minLotSize, r.maxLotSize, LEVELS.map((l) => r.letters[l]).join('')])).toEqual(PRINTED);
  });

  it('gives the worked example: lot 1,200 at level II is J', () => {
    expect(sampleSizeCodeLetter(1200, 'II')).toBe('J');
  });

  it.each([
    [1, 'too_small'],
    [0, 'too_small'],
    [-10, 'too_small'],
    [1.5, 'not_integer'],
    [Number.NaN, 'invalid_type'],
    [Number.POSITIVE_INFINITY, 'invalid_type'],
    ['100', 'invalid_type'],
    [undefined, 'required'],
  ])('refuses lot size %s with %s', (lotSize, code) => {
    try {
      sampleSizeCodeLetter(lotSize as number, 'II');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['lotSize', code]]);
    }
  });

  it('refuses an unknown level, with the options in the sentence', () => {
    try {
      sampleSizeCodeLetter(100, 'IV' as InspectionLevel);
      expect.unreachable();
    } catch (e) {
      const issue = (e as ValidationError).issues[0];
      expect(issue?.code).toBe('invalid_value');
      expect(issue?.message).toBe("Must be one of: 'S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'.");
    }
  });

  it('says a lot of 1 is too small, in English and Bahasa Indonesia', () => {
    try {
      sampleSizeCodeLetter(1, 'II');
      expect.unreachable();
    } catch (e) {
      const issue = (e as ValidationError).issues[0];
      expect(issue?.message).toBe('Must be at least 2.');
      expect(issue?.messageId).toBe('Minimal 2.');
    }
  });
});
