import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { lotDisposition, type DispositionPlan } from '../../src/sampling/lotDisposition.js';
import { samplingPlan } from '../../src/sampling/samplingPlan.js';

const normalJ = samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II' }); // n 80, Ac 2, Re 3
const reducedH = samplingPlan({ lotSize: 125, aql: '1.0', level: 'III', inspection: 'reduced', edition: 'ANSI/ASQ Z1.4-2003' }); // n 20, 0/2
const reducedJ = samplingPlan({ lotSize: 1200, aql: '4.0', level: 'II', inspection: 'reduced', edition: 'ANSI/ASQ Z1.4-2003' }); // n 32, 3/6

describe('lotDisposition', () => {
  it.each([
    [0, 'accepted'],
    [2, 'accepted'],
    [3, 'rejected'],
    [80, 'rejected'],
  ] as const)('normal J at AQL 1.0 (Ac 2, Re 3): %i nonconforming → %s', (count, decision) => {
    const d = lotDisposition(normalJ, count);
    expect(d.decision).toBe(decision);
    expect(d.accepted).toBe(decision === 'accepted');
    expect(d.reinstateNormal).toBe(false);
  });

  it('explains each decision', () => {
    expect(lotDisposition(normalJ, 2).explanation).toBe('2 nonconforming in a sample of 80 is within Ac 2: the lot is accepted.');
    expect(lotDisposition(normalJ, 3).explanation).toBe('3 nonconforming in a sample of 80 reaches Re 3: the lot is not accepted.');
  });

  it('accepts but reinstates normal inspection for a count in the gap of an ANSI reduced plan', () => {
    expect(lotDisposition(reducedH, 0).decision).toBe('accepted');
    expect(lotDisposition(reducedH, 1)).toEqual({
      decision: 'accepted-reinstate-normal',
      accepted: true,
      reinstateNormal: true,
      nonconforming: 1,
      sampleSize: 20,
      acceptanceNumber: 0,
      rejectionNumber: 2,
      explanation: '1 nonconforming in a sample of 20 lies between Ac 0 and Re 2: the lot is accepted, but normal inspection is reinstated.',
    });
    expect(lotDisposition(reducedH, 2).decision).toBe('rejected');
    expect([3, 4, 5, 6].map((c) => lotDisposition(reducedJ, c).decision)).toEqual([
      'accepted',
      'accepted-reinstate-normal',
      'accepted-reinstate-normal',
      'rejected',
    ]);
  });

  it('takes a plain plan object as well', () => {
    expect(lotDisposition({ sampleSize: 13, acceptanceNumber: 0, rejectionNumber: 1 }, 1).decision).toBe('rejected');
  });

  it('judges a 100 % inspected lot against the printed Ac/Re', () => {
    const plan = samplingPlan({ lotSize: 10, aql: '0.65', level: 'II' }); // ↓ F (n 20) → all 10 units, 0/1
    expect(lotDisposition(plan, 0).decision).toBe('accepted');
    expect(lotDisposition(plan, 1).decision).toBe('rejected');
  });

  function issuesOf(plan: unknown, count: unknown): [string, string][] {
    try {
      lotDisposition(plan as DispositionPlan, count as number);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => [i.path, i.code]);
    }
    throw new Error('expected a ValidationError');
  }

  it('refuses counts that are not whole numbers from 0 to the sample size', () => {
    expect(issuesOf(normalJ, -1)).toEqual([['nonconforming', 'too_small']]);
    expect(issuesOf(normalJ, 1.5)).toEqual([['nonconforming', 'not_integer']]);
    expect(issuesOf(normalJ, '1')).toEqual([['nonconforming', 'invalid_type']]);
    expect(issuesOf(normalJ, 81)).toEqual([['nonconforming', 'too_big']]);
  });

  it('refuses a malformed plan', () => {
    expect(issuesOf(null, 0)).toEqual([['plan', 'invalid_type']]);
    expect(issuesOf({ sampleSize: 80, acceptanceNumber: 3, rejectionNumber: 3 }, 0)).toEqual([['plan.rejectionNumber', 'too_small']]);
    expect(issuesOf({ sampleSize: 0, acceptanceNumber: 0 }, 0)).toEqual([
      ['plan.sampleSize', 'too_small'],
      ['plan.rejectionNumber', 'required'],
    ]);
  });
});
