import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { metricValue } from '../../../src/kinds/metric/schema.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const run = (criterion: Record<string, unknown>, entry: Record<string, unknown>) =>
  evaluate(profileWith([{ kind: 'metric', id: 'm', title: 'Metric', causeFamily: 'method', ...criterion } as never]), evidenceWith([{ criterion: 'm', ...entry } as never])).criteria[0]!;

const ppm = { unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 200 };
const otd = { unit: '%', direction: 'higher-is-better', limit: 90, target: 98 };

describe('metric criterion', () => {
  it('scales counts to the unit: 12 rejected of 48,000 received is 250 PPM; 343 of 350 on time is 98 %', () => {
    expect(metricValue({ unit: 'ppm' }, { criterion: 'm', numerator: 12, denominator: 48000 }).toString()).toBe('250');
    expect(metricValue({ unit: '%' }, { criterion: 'm', numerator: 343, denominator: 350 }).toString()).toBe('98');
  });

  it('scores linearly between the limit and the target', () => {
    expect(run(ppm, { value: 200 })).toMatchObject({ status: 'pass', score: '100' });
    expect(run(ppm, { value: 600 })).toMatchObject({ status: 'partial', score: '50', shortfall: { amount: '400', unit: 'ppm', relative: '2' } });
    expect(run(ppm, { value: 1000 })).toMatchObject({ status: 'partial', score: '0' });
    expect(run(ppm, { value: '1000.0001' })).toMatchObject({ status: 'fail', score: '0', shortfall: { amount: '0.0001' } });
    expect(run(otd, { value: 94 })).toMatchObject({ status: 'partial', score: '50' });
    expect(run({ ...otd, scoreAtLimit: 60 }, { value: 90 })).toMatchObject({ status: 'partial', score: '60' });
    expect(run(otd, { value: 89.9 }).explanation).toBe('89.9 %; at least 90 required.');
  });

  it('decides on the limit exactly, whatever the binary value of the ratio', () => {
    // 1 of 3 in % is 33.333…, below a limit of 33.3333333333 only in the last digits.
    expect(run({ unit: '%', direction: 'higher-is-better', limit: '33.3333333333' }, { numerator: 1, denominator: 3 }).status).toBe('pass');
    expect(run({ unit: '%', direction: 'higher-is-better', limit: '33.3333333334' }, { numerator: 1, denominator: 3 }).status).toBe('fail');
  });

  it('scores by step bands', () => {
    const banded = { unit: '%', direction: 'higher-is-better', limit: 90, bands: [{ bound: 98, score: 100 }, { bound: 95, score: 80 }, { bound: 93, score: 40 }, { bound: 90, score: 20 }] };
    expect(run(banded, { value: 99 })).toMatchObject({ status: 'pass', score: '100' });
    expect(run(banded, { value: 96 })).toMatchObject({ status: 'partial', score: '80' });
    expect(run(banded, { value: 90 })).toMatchObject({ status: 'partial', score: '20' });
    expect(run(banded, { value: 89 })).toMatchObject({ status: 'fail', score: '0' });
  });

  it('passes at the limit with full score when there is no target', () => {
    expect(run({ unit: 'days', direction: 'lower-is-better', limit: 14 }, { value: 14 })).toMatchObject({ status: 'pass', score: '100' });
  });

  it('refuses a zero denominator, a half-given ratio, and a target worse than the limit', () => {
    expect(() => run(ppm, { numerator: 1, denominator: 0 })).toThrowError(/denominator must be greater than 0/);
    expect(() => run(ppm, { numerator: 1 })).toThrowError(/either value, or numerator and denominator/);
    expect(() => run({ ...ppm, target: 2000 }, { value: 1 })).toThrowError(/worse than the pass limit/);
  });
});
