import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { complaintScore } from '../../../src/schemes/scorecard/complaintScore.js';

const base = { notifications: 10, costPerNotification: 500, share: 0.1, businessVolume: 1000000 };

describe('complaintScore (SAP MM/QM vendor evaluation, complaints/rejection level)', () => {
  it('returns the reference vector: 1 + 99 · (1 − 5000/100000) = 95.05', () => {
    expect(complaintScore(base)).toBe('95.05');
    expect(complaintScore({ ...base, places: 0 })).toBe('95');
  });

  it('gives QSc_min when N·K > F·U, and QSc_max without notifications', () => {
    expect(complaintScore({ ...base, notifications: 201 })).toBe('1');
    expect(complaintScore({ ...base, notifications: 200 })).toBe('1'); // N·K = F·U: 1 + 99 · 0
    expect(complaintScore({ ...base, notifications: 0 })).toBe('100');
    expect(complaintScore({ ...base, min: 0, max: 10 })).toBe('9.5');
  });

  it('refuses a zero business volume and other bad input, with paths', () => {
    try {
      complaintScore({ ...base, businessVolume: 0, notifications: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['notifications', 'too_small'],
        ['businessVolume', 'zero_denominator'],
      ]);
    }
  });
});
