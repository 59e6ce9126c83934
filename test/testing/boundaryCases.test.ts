import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { boundaryCases, matchers } from '../../src/testing/index.js';
import pumpInjector from '../../examples/pump-injector/profile.json';
import { impellerProfile } from '../../examples/authoring/profile.js';

expect.extend(matchers);
const profile = defineProfile(pumpInjector);

describe('boundaryCases', () => {
  test('each measurement and metric limit, on it and one step either side, with the status it must get', () => {
    const cases = boundaryCases(profile);
    expect(cases.map((c) => c.name)).toEqual([
      'nozzle-d lsl 3.18 mm: at 3.18 → pass',
      'nozzle-d lsl 3.18 mm: just inside 3.19 → pass',
      'nozzle-d lsl 3.18 mm: just outside 3.17 → fail',
      'nozzle-d usl 3.22 mm: at 3.22 → pass',
      'nozzle-d usl 3.22 mm: just inside 3.21 → pass',
      'nozzle-d usl 3.22 mm: just outside 3.23 → fail',
      'throat-d lsl 6.45 mm: at 6.45 → pass',
      'throat-d lsl 6.45 mm: just inside 6.46 → pass',
      'throat-d lsl 6.45 mm: just outside 6.44 → fail',
      'throat-d usl 6.55 mm: at 6.55 → pass',
      'throat-d usl 6.55 mm: just inside 6.54 → pass',
      'throat-d usl 6.55 mm: just outside 6.56 → fail',
      // Its stability requirement: a value on or near a limit among capable values lies beyond the
      // control limits, so Nelson rule 1 flags it and the criterion fails.
      'overall-length lsl 85.8 mm: at 85.8 → fail',
      'overall-length lsl 85.8 mm: just inside 85.9 → fail',
      'overall-length lsl 85.8 mm: just outside 85.7 → fail',
      'overall-length usl 86.3 mm: at 86.3 → fail',
      'overall-length usl 86.3 mm: just inside 86.2 → fail',
      'overall-length usl 86.3 mm: just outside 86.4 → fail',
      'defect-ppm limit 1000 ppm: at 1000 → partial',
      'defect-ppm limit 1000 ppm: just inside 999 → partial',
      'defect-ppm limit 1000 ppm: just outside 1001 → fail',
      'defect-ppm target 200 ppm: at 200 → pass',
      'defect-ppm target 200 ppm: just inside 199 → pass',
      'defect-ppm target 200 ppm: just outside 201 → partial',
      'on-time-delivery limit 90 %: at 90 → partial',
      'on-time-delivery limit 90 %: just inside 91 → partial',
      'on-time-delivery limit 90 %: just outside 89 → fail',
      'on-time-delivery target 98 %: at 98 → pass',
      'on-time-delivery target 98 %: just inside 99 → pass',
      'on-time-delivery target 98 %: just outside 97 → partial',
    ]);
    expect(cases[2]).toMatchObject({ criterion: 'nozzle-d', limit: 'lsl', position: 'outside', at: '3.18', value: '3.17', unit: 'mm', expected: 'fail' });
    expect(cases[2]?.evidence.entries.find((e) => e.criterion === 'nozzle-d')).toEqual({ criterion: 'nozzle-d', values: ['3.17'] });
  });

  test('the evaluation agrees with every case, including exact decisions on the limit', () => {
    for (const p of [profile, impellerProfile]) {
      for (const c of boundaryCases(p)) expect(evaluate(p, c.evidence), c.name).toHaveStatus(c.criterion, c.expected);
    }
  });

  test('bands give one limit each', () => {
    const bands = boundaryCases(impellerProfile).filter((c) => c.criterion === 'on-time-delivery' && c.limit === 'band');
    expect(bands.map((c) => `${c.band} ${c.value} ${c.expected}`)).toEqual([
      '0 98 pass',
      '0 98.1 pass',
      '0 97.9 partial',
      '1 95 partial',
      '1 95.1 partial',
      '1 94.9 partial',
      '2 93 partial',
      '2 93.1 partial',
      '2 92.9 partial',
      '3 90 partial',
      '3 90.1 partial',
      '3 89.9 fail',
    ]);
  });

  test('options reach the evidence', () => {
    const [first] = boundaryCases(profile, { auditDate: '2027-06-30' });
    expect(first?.evidence.auditDate).toBe('2027-06-30');
  });
});
