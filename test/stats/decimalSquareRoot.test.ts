import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { decimalSquareRoot } from '../../src/stats/decimalSquareRoot.js';

describe('decimalSquareRoot', () => {
  it('gives √2 within a unit in the 49th digit (OEIS A002193) and exact roots of squares', () => {
    const root2 = new Decimal('1.41421356237309504880168872420969807856967187537694807317668');
    expect(decimalSquareRoot(new Decimal(2)).minus(root2).abs().lte('1e-48')).toBe(true);
    expect(decimalSquareRoot(new Decimal('0.0009')).toString()).toBe('0.03');
    expect(decimalSquareRoot(new Decimal('1.21e40')).eq('1.1e20')).toBe(true);
    expect(decimalSquareRoot(new Decimal('1e-400')).eq('1e-200')).toBe(true);
    expect(decimalSquareRoot(new Decimal(0)).toString()).toBe('0');
  });
});
