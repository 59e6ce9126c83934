import { describe, expect, test } from 'vitest';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { decisionBoundaries, roundedReachFrom } from '../../src/lint/decisionBoundaries.js';

const profile = (extra: object) =>
  defineProfile({
    id: 'p',
    version: '1',
    title: 'P',
    component: { name: 'C' },
    categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'check', id: 'k', title: 'K', causeFamily: 'method' }] }],
    ...extra,
  });

describe('roundedReachFrom', () => {
  test('is the exact score from which the rounded score reaches a limit (half-up)', () => {
    expect(roundedReachFrom('90', 1).toString()).toBe('89.95');
    expect(roundedReachFrom('90', 0).toString()).toBe('89.5');
    expect(roundedReachFrom('89.96', 1).toString()).toBe('89.95');
    expect(roundedReachFrom('79.5', 0).toString()).toBe('79.5');
    expect(roundedReachFrom('0', 1).toString()).toBe('-0.05');
  });
});

describe('decisionBoundaries', () => {
  test('band minimums where the decision changes, and score-rule limits', () => {
    expect(decisionBoundaries(profile({}))).toEqual(['80', '90']);
    expect(
      decisionBoundaries(
        profile({
          grades: [
            { grade: 'A', min: 90, decision: 'approved' },
            { grade: 'B', min: 80, decision: 'approved' },
            { grade: 'C', min: 0 },
          ],
          rules: [{ id: 'low', when: { type: 'score', below: 60 }, then: { capDecision: 'rejected' } }],
        }),
      ),
    ).toEqual(['60', '80']);
  });
});
