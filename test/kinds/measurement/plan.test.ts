import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, screen } from '../../../src/index.js';
import { evaluateExact } from '../../oracle/evaluateExact.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const measurement = (extra: object) => ({ kind: 'measurement', id: 'x', title: 'X', causeFamily: 'machine', unit: 'mm', nominal: '10', tolerance: '1', ...extra });
const upperOnly = { nominal: undefined, tolerance: undefined, usl: '10' };

/** Evaluates one measurement and checks the route against the oracle and screening; returns its result. */
function decided(criterion: object, entry: object) {
  const profile = defineProfile(profileWith([JSON.parse(JSON.stringify(criterion))]));
  const evidence = evidenceWith([{ criterion: 'x', ...entry } as never]);
  const evaluation = evaluate(profile, evidence);
  expect(JSON.stringify(evaluation)).toBe(JSON.stringify(evaluateExact(profile, evidence)));
  expect(screen(profile, evidence).score).toBe(evaluation.score);
  return evaluation.criteria[0];
}

describe('measurementOutcome', () => {
  it('decides values in another unit as their exact conversions, on and one digit beside a limit', () => {
    expect(decided(measurement(upperOnly), { values: ['10000'], unit: 'µm' })).toMatchObject({ status: 'pass', found: { max: '10', unit: 'mm' } });
    expect(decided(measurement(upperOnly), { values: ['10000.000000000000000000000000000000001'], unit: 'µm' })).toMatchObject({ status: 'fail', found: { worstExcursion: '0.000000000000000000000000000000000001' } });
    expect(decided(measurement({}), { values: ['0.3937007874', '0.3937', '0.39371'], unit: 'in' })).toMatchObject({ status: 'pass', found: { max: '10.000234', min: '9.99998' } });
  });

  it('decides a capability study of values in another unit, in subgroups and with a stability requirement', () => {
    const values = [['0.3937007874', '0.3937'], ['0.39371', '0.39369'], ['0.393705', '0.393695']];
    const result = decided(measurement({ capability: { min: '1.33', minSamples: 4, subgroupSize: 2, requireStable: {} } }), { values, unit: 'in' });
    expect(result).toMatchObject({ status: 'pass', found: { capability: { index: 'cpk', sigmaMethod: 'rbar' } } });
  });

  it('decides values beyond the doubles, in any unit and with a capability requirement, without throwing', () => {
    const huge = '9'.repeat(399);
    expect(decided(measurement({}), { values: [huge], unit: 'in' })).toMatchObject({ status: 'fail', found: { aboveUsl: 1 } });
    expect(decided(measurement({}), { values: [`-${'9'.repeat(398)}`], unit: 'in' })).toMatchObject({ status: 'fail', found: { belowLsl: 1 } });
    expect(decided(measurement({}), { values: [`0.${'0'.repeat(396)}1`], unit: 'in' })).toMatchObject({ status: 'fail', found: { belowLsl: 1 } });
    expect(decided(measurement(upperOnly), { values: [1e308, -1e308], unit: 'in' })).toMatchObject({ status: 'fail', found: { aboveUsl: 1 } });
    const capable = { capability: { min: '1.33', minSamples: 5 } };
    expect(decided(measurement(capable), { values: [huge, '1', '2', '3', '4', '5'] })?.status).toBe('fail');
    expect(decided(measurement(capable), { values: [huge, '1', '2', '3', '4', '5'], unit: 'in' })?.status).toBe('fail');
    expect(decided(measurement({ ...upperOnly, capability: { min: '1', minSamples: 2 } }), { values: [1e308, 1e308], unit: 'in' })?.status).toBe('fail');
    expect(decided(measurement({ capability: { min: '1', minSamples: 2, index: 'ppk' } }), { values: [1e308, 1e308] })?.status).toBe('fail');
  });

  it('decides an entry beyond the structural check’s sizes (more than 100,000 subgroups) by reading its values itself', () => {
    const values = Array.from({ length: 100_001 }, (_, g) => [g % 2 === 0 ? '10.5' : '9.5']);
    expect(decided(measurement({}), { values })).toMatchObject({ status: 'pass', found: { n: 100_001, min: '9.5', max: '10.5' } });
    values[7] = ['11.01'];
    expect(decided(measurement({}), { values })).toMatchObject({ status: 'fail', found: { aboveUsl: 1, worstExcursion: '0.01' } });
  });
});
