import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const run = (criterion: Record<string, unknown>, value: unknown) =>
  evaluate(profileWith([{ kind: 'check', id: 'leak', title: 'Leak test on every part', causeFamily: 'method', ...criterion } as never]), evidenceWith([{ criterion: 'leak', value } as never])).criteria[0]!;

describe('check criterion', () => {
  it('passes on the expected answer and fails otherwise', () => {
    expect(run({}, true)).toMatchObject({ status: 'pass', score: '100', explanation: 'Answer "yes", as required.' });
    expect(run({}, false)).toMatchObject({ status: 'fail', score: '0', explanation: 'Answer "no"; "yes" is required.' });
    expect(run({ expected: false }, false).status).toBe('pass');
  });

  it('refuses anything but true or false', () => {
    expect(() => run({}, 'yes')).toThrowError(/Expected true or false/);
  });
});
