import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src/report/summaryText.js';
import { evaluationOf } from './fixtures.js';

describe('summaryText', () => {
  it('gives the decision on one line, then the first gaps, score and points with the evaluation’s decimals', () => {
    const evaluation = evaluationOf('maju-jaya');
    expect(evaluation.gaps[0]!.pointsLost).toBe('3');
    const lines = summaryText(evaluation, { gaps: 2 }).split('\n');
    expect(lines[0]).toBe('CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 2027-02-17');
    expect(lines[1]).toMatch(/^ {2}gap {8}op-training +6 of 10 points: requirement partly met; 10 needed\. \(-3\.0\) {2}\[man\]$/);
    expect(lines[3]).toBe('  … 3 more gaps');
  });
});
