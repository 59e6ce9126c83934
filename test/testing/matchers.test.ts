import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/evaluate.js';
import { ValidationError } from '../../src/errors/index.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { matchers, passingEvidence } from '../../src/testing/index.js';

expect.extend(matchers);

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${name}`, import.meta.url), 'utf8'));
const profile = defineProfile(read('profile.json'));
const approved = evaluate(profile, read('evidence/injektor-presisi.json'));
const conditional = evaluate(profile, read('evidence/maju-jaya.json'));
const rejected = evaluate(profile, read('evidence/sumber-logam.json'));
const incomplete = evaluate(profile, passingEvidence(profile, { 'iso-9001': null }));

/** Returns the message a failing assertion throws. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('decision matchers', () => {
  test('pass on their decision', () => {
    expect(approved).toBeApproved();
    expect(conditional).toBeConditional();
    expect(rejected).toBeRejected();
    expect(incomplete).toBeIncomplete();
    expect(approved).not.toBeRejected();
  });

  test('fail with the decision, score, reasons and first gaps', () => {
    const message0 = failure(() => expect(conditional).toBeApproved());
    expect(message0.split('\n').slice(0, 4)).toEqual([
      'expected CV Maju Jaya Teknik to be approved, but the decision is conditional',
      '',
      '  decision  conditional',
      '  score     86.6, grade B',
    ]);
    expect(message0).toMatch(/\n {2}reasons {3}(?:.*\n {12})*Score 86\.6 gives grade B\.\n {12}Decision: conditional\.\n {2}gaps {6}1\. /);
    expect(message0).toContain('iso-9001: ISO 9001:2015 expires on 2027-01-14, only 56 days after 2026-11-19; 90 days required. (-3.7)');
    expect(message0).toContain('on-time-delivery: 95.5 % meets the limit 90 but not the target 98. (-3.5)');
    const message = failure(() => expect(rejected).not.toBeRejected());
    expect(message.split('\n')[0]).toBe('expected UD Sumber Logam not to be rejected, but it is');
    expect(message).toContain('reasons   Failed critical criterion (knock-out) rejects: throat-d, leak-test.');
    expect(message).toContain('1. knock-out throat-d: 4 of 32 parts above the upper limit 6.55 mm (worst 6.58 mm). (-14.8)');
    expect(message).toContain('… 3 more');
    expect(failure(() => expect(incomplete).toBeConditional()).split('\n')[0]).toBe('expected Fixture supplier to be conditional, but the decision is incomplete');
    expect(failure(() => expect(approved).toBeIncomplete())).toContain('reasons   Score 98.5 gives grade A.');
  });

  test('refuse a value that is not an evaluation', () => {
    expect(() => expect({ decision: 'approved' }).toBeApproved()).toThrow(ValidationError);
    expect(() => expect(null).toBeApproved()).toThrow('Expected an evaluation (the result of evaluate) for toBeApproved, got null.');
  });
});

describe('criterion matchers', () => {
  test('toPass and toFail pass on the criterion’s status', () => {
    expect(rejected).toFail('throat-d');
    expect(rejected).toPass('nozzle-d');
    expect(conditional).not.toFail('op-training');
    expect(conditional).not.toPass('op-training');
    expect(conditional).toHaveStatus('op-training', 'partial');
    expect(incomplete).toHaveStatus('iso-9001', 'missing');
  });

  test('fail with what was required, what was found and why', () => {
    expect(failure(() => expect(rejected).toPass('throat-d'))).toBe(
      [
        'expected throat-d to pass, but its status is fail',
        '',
        '  criterion  throat-d: Venturi throat diameter (measurement, critical)',
        '  status     fail, score 0, 14.8 points lost',
        '  required   lsl 6.45, usl 6.55, nominal 6.5, unit mm, requiredShare 100',
        '  found      n 32, min 6.509, max 6.58, mean 6.53453125, outOfSpec 4, belowLsl 0, aboveUsl 4, worstExcursion 0.03, conformingShare 87.5, unit mm',
        '  why        4 of 32 parts above the upper limit 6.55 mm (worst 6.58 mm).',
        '  shortfall  0.03 mm (relative 0.3)',
      ].join('\n'),
    );
    expect(failure(() => expect(rejected).not.toFail('throat-d')).split('\n')[0]).toBe('expected throat-d not to fail, but it failed');
    expect(failure(() => expect(approved).toFail('leak-test'))).toContain('why        Answer "yes", as required.');
    expect(failure(() => expect(conditional).toHaveStatus('op-training', 'pass')).split('\n')[0]).toBe('expected op-training to pass, but its status is partial');
    expect(failure(() => expect(conditional).not.toHaveStatus('op-training', 'partial')).split('\n')[0]).toBe('expected op-training not to be partial, but it is partial');
  });

  test('an unknown criterion id is an error, not a silent pass', () => {
    expect(() => expect(rejected).not.toFail('throat')).toThrow(/No criterion with the id "throat" exists/);
  });
});

describe('toHaveGap', () => {
  test('passes on a gap, with its shortfall compared as a decimal and its knock-out flag', () => {
    expect(rejected).toHaveGap('throat-d');
    expect(rejected).toHaveGap('throat-d', { shortfall: 0.03, knockOut: true });
    expect(rejected).toHaveGap('throat-d', { shortfall: '0.030' });
    expect(conditional).toHaveGap('iso-9001', { shortfall: 34, knockOut: false });
    expect(approved).not.toHaveGap('throat-d');
    expect(rejected).not.toHaveGap('throat-d', { shortfall: 0.02 });
  });

  test('fails with the gap found and the criterion’s result', () => {
    const message = failure(() => expect(rejected).toHaveGap('throat-d', { shortfall: '0.02' }));
    expect(message.split('\n')[0]).toBe(
      'expected a gap on throat-d falling short by 0.02 mm, but its shortfall is 0.03 mm, it is a knock-out, priority 1',
    );
    expect(message).toContain('why        4 of 32 parts above the upper limit 6.55 mm (worst 6.58 mm).');
    expect(failure(() => expect(approved).toHaveGap('nozzle-d')).split('\n')[0]).toBe('expected a gap on nozzle-d, but it has none (status pass)');
    expect(failure(() => expect(conditional).toHaveGap('op-training', { knockOut: true })).split('\n')[0]).toMatch(
      /^expected a gap on op-training that is a knock-out, but its shortfall is 4 points, it is not a knock-out, priority \d+$/,
    );
    expect(failure(() => expect(rejected).not.toHaveGap('leak-test')).split('\n')[0]).toBe(
      'expected no gap on leak-test, but there is one: it has no measurable shortfall, it is a knock-out, priority 2',
    );
    expect(failure(() => expect(rejected).toHaveGap('throat-d', { shortfall: 0.02, knockOut: false })).split('\n')[0]).toBe(
      'expected a gap on throat-d falling short by 0.02 mm and that is not a knock-out, but its shortfall is 0.03 mm, it is a knock-out, priority 1',
    );
    expect(() => expect(rejected).toHaveGap('throat-d', { shortfall: 'a lot' })).toThrow(/"a lot" is not a finite decimal number/);
  });
});

describe('toHaveScore', () => {
  test('passes on the rounded score compared as a decimal', () => {
    expect(conditional).toHaveScore(86.6);
    expect(conditional).toHaveScore('86.60');
    expect(rejected).not.toHaveScore(22);
  });

  test('fails with the category scores and the criteria that lost most', () => {
    expect(failure(() => expect(conditional).toHaveScore(90))).toBe(
      [
        'expected the score 90, got 86.6',
        '',
        '  score        86.6, grade B',
        '  categories   product 100 (weight 4)',
        '               material 100 (weight 1)',
        '               quality-system 63.3 (weight 2, 8.1 points lost)',
        '               performance 76.4 (weight 2, 5.2 points lost)',
        '  points lost  iso-9001 3.7 (partial)',
        '               on-time-delivery 3.5 (partial)',
        '               op-training 3 (partial)',
        '               defect-ppm 1.8 (partial)',
        '               machine-maintenance 1.5 (partial)',
      ].join('\n'),
    );
    expect(failure(() => expect(approved).not.toHaveScore('98.5')).split('\n')[0]).toBe('expected the score not to be 98.5, but it is');
  });
});

describe('toTriggerRule', () => {
  test('passes when the rule fired', () => {
    expect(rejected).toTriggerRule('knock-out');
    expect(approved).not.toTriggerRule('knock-out');
  });

  test('fails with the rules that fired', () => {
    const missing = failure(() => expect(conditional).toTriggerRule('knock-out')).split('\n');
    expect(missing.slice(0, 3)).toEqual(['expected rule knock-out to fire, but it did not', '', 'CV Maju Jaya Teknik: conditional, score 86.6, grade B']);
    expect(missing[3]).toMatch(/^ {2}fired {2}/);
    const fired = failure(() => expect(rejected).not.toTriggerRule('knock-out')).split('\n');
    expect(fired.slice(0, 4)).toEqual([
      'expected rule knock-out not to fire, but it did: Failed critical criterion (knock-out) rejects: throat-d, leak-test.',
      '',
      'UD Sumber Logam: rejected, score 22.7, grade C',
      '  fired  knock-out: Failed critical criterion (knock-out) rejects: throat-d, leak-test.',
    ]);
    const untyped = evaluate(defineProfile({ ...(read('profile.json') as object), rules: [] }), read('evidence/maju-jaya.json'));
    expect(failure(() => expect(untyped).toTriggerRule('knock-out'))).toBe(
      ['expected rule knock-out to fire, but it did not', '', 'CV Maju Jaya Teknik: conditional, score 86.6, grade B', '  fired  (none)'].join('\n'),
    );
  });
});
