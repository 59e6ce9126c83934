import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { initialStudyDisposition } from '../../../src/schemes/ppap/initialStudyDisposition.js';

describe('initialStudyDisposition (AIAG PPAP 4th ed. §2.2.11.3)', () => {
  it('returns the reference test vectors: > 1.67 accept, 1.33–1.67 inclusive conditional, < 1.33 reject', () => {
    expect(initialStudyDisposition(1.7)).toBe('accept');
    expect(initialStudyDisposition(1.67)).toBe('conditional');
    expect(initialStudyDisposition(1.5)).toBe('conditional');
    expect(initialStudyDisposition(1.33)).toBe('conditional');
    expect(initialStudyDisposition(1.3299)).toBe('reject');
  });

  it('decides on the bounds exactly in decimal', () => {
    expect(initialStudyDisposition('1.6700000000000000001')).toBe('accept');
    expect(initialStudyDisposition('1.67')).toBe('conditional');
    expect(initialStudyDisposition('1.3299999999999999999')).toBe('reject');
  });

  it('refuses a value that is not a finite decimal', () => {
    expect(() => initialStudyDisposition(Number.NaN)).toThrow(ValidationError);
    expect(() => initialStudyDisposition('1.5e0')).toThrow(ValidationError);
  });
});
