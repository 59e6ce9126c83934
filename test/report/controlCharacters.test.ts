/**
 * Text reports and summaries never pass control characters of the input to their reader: escape
 * sequences, carriage returns, C1 controls and bidirectional overrides in names, remedies,
 * currencies and the like become spaces, and no field can start a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { compareEvaluations, defineProfile, evaluate, evaluateCohort, pathToPass } from '../../src/index.js';
import { renderCohort, renderComparison, renderEvaluation, summaryText } from '../../src/report/index.js';
import { terminalSafe } from '../../src/report/escape.js';
import { goodEvidence, goodProfile } from '../adversarial/catalogue.js';

const HOSTILE = 'X\u001b]0;owned\u0007\u001b[2J\r\u009b31m\u202eY\nZ';
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileCase() {
  const profile = goodProfile();
  const leak = profile.categories[0].criteria[1];
  leak.title = `Leak ${HOSTILE}`;
  leak.remedy = `Fix ${HOSTILE}`;
  leak.effort = { days: 2, cost: 100, currency: "\u001b[5mI\u202eD" };
  const evidence = goodEvidence();
  evidence.supplier.name = `CV ${HOSTILE}`;
  evidence.entries[1].value = false;
  return { profile: defineProfile(profile), evidence };
}

describe('control characters in text output', () => {
  it('terminalSafe turns them into spaces and keeps line feeds and tabs', () => {
    expect(terminalSafe('a\u001b[31mb\r\tc\u009b\u202ed\ne')).toBe('a [31mb \tc  d\ne');
  });

  it('reach no text report, summary, comparison or cohort report', () => {
    const { profile, evidence } = hostileCase();
    const evaluation = evaluate(profile, evidence);
    const outputs = [
      renderEvaluation(evaluation, { format: 'text', path: pathToPass(profile, evaluation) }),
      summaryText(evaluation),
      renderComparison(compareEvaluations(evaluate(profile, goodEvidence()), evaluation), { format: 'text' }),
      renderCohort(evaluateCohort(profile, [evidence]), { format: 'text' }),
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(CONTROLS);
      expect(text.split('\n').some((line) => line.startsWith('Z'))).toBe(false);
    }
    expect(summaryText(evaluation).split('\n')[0]).toBe('CV X ]0;owned  [2J  31m Y Z   REJECTED   score 83.3   grade B');
  });
});
