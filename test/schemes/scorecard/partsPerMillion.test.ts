import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { partsPerMillion } from '../../../src/schemes/scorecard/partsPerMillion.js';

describe('partsPerMillion', () => {
  it('returns the reference vector: 12 rejected of 48,000 received → 250 PPM', () => {
    expect(partsPerMillion(12, 48000)).toBe('250');
    expect(partsPerMillion(17, 52000, 1)).toBe('326.9');
    expect(partsPerMillion(0, 1)).toBe('0');
  });

  it('refuses no parts received', () => {
    expect(() => partsPerMillion(1, 0)).toThrow(ValidationError);
  });
});
