/**
 * The impeller profile's own tests: run like any unit test (`npx vitest run examples/authoring`), before
 * any supplier is judged by the profile.
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from 'supplier-quality';
import { lintProfile } from 'supplier-quality/authoring';
import { boundaryCases, limitValues, matchers, passingEvidence } from 'supplier-quality/testing';
import { impellerProfile as profile } from './profile.js';

expect.extend(matchers);

describe('impeller profile', () => {
  test('is not suspicious', () => {
    expect(lintProfile(profile)).toEqual([]);
  });

  test('approves a supplier that meets everything', () => {
    const result = evaluate(profile, passingEvidence(profile));
    expect(result).toBeApproved();
    expect(result).toHaveScore(100);
  });

  test('a bore 0.002 mm over 8 H7 is a knock-out', () => {
    const result = evaluate(profile, passingEvidence(profile, { 'bore-d': { values: ['8.005', '8.017', '8.010'] } }));
    expect(result).toBeRejected();
    expect(result).toFail('bore-d');
    expect(result).toTriggerRule('knock-out');
    expect(result).toHaveGap('bore-d', { shortfall: '0.002', knockOut: true });
  });

  test('a bore within 8 H7 but not capable (Cpk below 1.33) is a knock-out too', () => {
    const values = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? '8.001' : '8.014'));
    const result = evaluate(profile, passingEvidence(profile, { 'bore-d': { values } }));
    expect(result).toFail('bore-d');
    expect(result).toHaveGap('bore-d', { knockOut: true });
    expect(result.gaps[0]?.shortfall?.unit).toBe('Cpk');
  });

  test('a star question at 4 points caps an otherwise perfect supplier at B', () => {
    const result = evaluate(profile, passingEvidence(profile, { 'p6-4-1': { points: 4 } }));
    expect(result).toTriggerRule('star-question-4-points');
    expect(result.grade).toBe('B');
    expect(result).toBeConditional();
  });

  test('a missing control plan leaves the decision incomplete', () => {
    const result = evaluate(profile, passingEvidence(profile, { 'control-plan': null }));
    expect(result).toBeIncomplete();
    expect(result).toHaveGap('control-plan');
  });

  test('on-time delivery of 94.9 % earns the 93 % band', () => {
    const { bands } = limitValues(profile, 'on-time-delivery');
    expect(bands?.[1]).toEqual({ at: '95', inside: '95.1', outside: '94.9' });
    const result = evaluate(profile, passingEvidence(profile, { 'on-time-delivery': { value: bands?.[1]?.outside } }));
    expect(result).toHaveStatus('on-time-delivery', 'partial');
    expect(result.criteria.find((c) => c.id === 'on-time-delivery')?.score).toBe('40');
  });

  // Every limit, on it and one resolution step either side, in one line.
  test.each(boundaryCases(profile))('$name', ({ evidence, criterion, expected }) => {
    expect(evaluate(profile, evidence)).toHaveStatus(criterion, expected);
  });
});
