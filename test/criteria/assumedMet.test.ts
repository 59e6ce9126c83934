import { describe, expect, it } from 'vitest';
import { assumedMet } from '../../src/criteria/assumedMet.js';
import { criteriaOf, pumpProfile } from '../gaps/fixtures.js';

describe('assumedMet', () => {
  const criteria = criteriaOf(pumpProfile);
  it('is a pass at 100 with the requirement and no shortfall', () => {
    const outcome = assumedMet(criteria.get('throat-d')!, { at: '2026-11-28' });
    expect(outcome.status).toBe('pass');
    expect(outcome.score.toString()).toBe('100');
    expect(outcome.required).toEqual({ lsl: '6.45', usl: '6.55', nominal: '6.5', unit: 'mm', requiredShare: '100' });
    expect(outcome.found).toEqual({ assumedMet: true });
    expect(outcome.why).toEqual({ code: 'criterion.assumedMet', params: {} });
    expect(outcome.shortfall).toBeNull();
  });
  it('takes an audit question at its highest level', () => {
    expect(assumedMet(criteria.get('op-training')!, { at: '2026-11-28' }).found).toEqual({ assumedMet: true, points: 10 });
  });
  it('states the certificate requirement on the evaluation date', () => {
    expect(assumedMet(criteria.get('iso-9001')!, { at: '2026-11-28' }).required).toMatchObject({ standard: 'ISO 9001', validOn: '2026-11-28' });
  });
});
