import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { goodsReceiptScore } from '../../../src/schemes/scorecard/goodsReceiptScore.js';

describe('goodsReceiptScore (SAP MM/QM vendor evaluation)', () => {
  it('returns the reference vector: lots {100, 80, 1} and 2 deliveries without lot → (181 + 200) / 5 = 76.2', () => {
    expect(goodsReceiptScore({ lotScores: [100, 80, 1], deliveriesWithoutLot: 2 })).toBe('76.2');
  });

  it('uses QSc_max for deliveries without lot and rounds only when asked', () => {
    expect(goodsReceiptScore({ lotScores: [], deliveriesWithoutLot: 3 })).toBe('100');
    expect(goodsReceiptScore({ lotScores: [100, 80, 1] })).toBe('60.333333333333333333333333333333333333333333333333');
    expect(goodsReceiptScore({ lotScores: [100, 80, 1], places: 0 })).toBe('60');
    expect(goodsReceiptScore({ lotScores: [90], deliveriesWithoutLot: 1, max: 95 })).toBe('92.5');
  });

  it('refuses bad input with paths', () => {
    try {
      goodsReceiptScore({ lotScores: [100, 'x', -1], deliveriesWithoutLot: -2 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['lotScores[1]', 'invalid_decimal'],
        ['lotScores[2]', 'too_small'],
        ['deliveriesWithoutLot', 'too_small'],
      ]);
    }
    expect(() => goodsReceiptScore({ lotScores: [] })).toThrow(ValidationError);
  });
});
