import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { weightedTotal } from '../../../src/schemes/scorecard/weightedTotal.js';

describe('weightedTotal (SAP vendor evaluation weighting key)', () => {
  it('returns the reference vector: price 80 (weight 3), delivery 90 (weight 1) → 82.5', () => {
    expect(weightedTotal([{ score: 80, weight: 3 }, { score: 90, weight: 1 }])).toBe('82.5');
  });

  it('refuses weights adding up to 0', () => {
    expect(() => weightedTotal([{ score: 80, weight: 0 }])).toThrow(ValidationError);
  });
});
