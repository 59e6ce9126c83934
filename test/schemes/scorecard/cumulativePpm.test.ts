import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { cumulativePpm } from '../../../src/schemes/scorecard/cumulativePpm.js';

describe('cumulativePpm', () => {
  it('returns the reference vector: months 5/10,000 and 0/40,000 → 100 PPM year to date, not the mean 250', () => {
    expect(cumulativePpm([{ rejected: 5, received: 10000 }, { rejected: 0, received: 40000 }])).toBe('100');
  });

  it('refuses periods without parts received, with paths', () => {
    expect(() => cumulativePpm([])).toThrow(ValidationError);
    try {
      cumulativePpm([{ rejected: 1, received: 0 }]);
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['[0].received', 'zero_denominator']]);
    }
  });
});
