import { describe, expect, it } from 'vitest';
import { auditResults } from './decimalEvaluations.js';

describe('auditResults', () => {
  it('reads points, results or per-step points', () => {
    expect(auditResults({ criterion: 'q', points: 6 })).toEqual([6]);
    expect(auditResults({ criterion: 'q', results: [8, 6] })).toEqual([8, 6]);
    expect(auditResults({ criterion: 'q', steps: [{ step: 'OP10', points: 8 }, { step: 'OP20', points: 4 }] })).toEqual([8, 4]);
    expect(auditResults({ criterion: 'q', notApplicable: true })).toEqual([]);
  });
});
