import { describe, expect, test } from 'vitest';
import { criterionSchema } from '../../src/criteria/criterion.js';
import { evaluate } from '../../src/evaluate.js';
import { ValidationError } from '../../src/errors/index.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { FIXTURE_AUDIT_DATE, matchers, passingEntry, passingEvidence } from '../../src/testing/index.js';
import pumpInjector from '../../examples/pump-injector/profile.json';
import { impellerProfile } from '../../examples/authoring/profile.js';

expect.extend(matchers);
const profile = defineProfile(pumpInjector);
const c = (input: object) => criterionSchema.parse({ id: 'x', title: 'X', causeFamily: 'method', ...input });

describe('passingEntry', () => {
  test('meets each kind in full', () => {
    expect(passingEntry(c({ kind: 'measurement', unit: 'mm', nominal: '3.20', tolerance: '0.02' }))).toEqual({ criterion: 'x', values: ['3.2'] });
    // A nominal outside its own limits (a shaft fit below nominal): the middle of the limits.
    expect(passingEntry(c({ kind: 'measurement', unit: 'mm', nominal: '10', upperDeviation: '-0.1', lowerDeviation: '-0.3' }))).toEqual({ criterion: 'x', values: ['9.8'] });
    expect(passingEntry(c({ kind: 'measurement', unit: 'mm', usl: '0.05' }))).toEqual({ criterion: 'x', values: ['0.05'] });
    expect(passingEntry(c({ kind: 'audit-question', levels: [0, 5, 10, 20] }))).toEqual({ criterion: 'x', points: 20 });
    expect(passingEntry(c({ kind: 'certificate', standard: 'ISO 9001', minRemainingDays: 90 }), '2026-01-15')).toEqual({
      criterion: 'x',
      standard: 'ISO 9001',
      issued: '2025-01-15',
      expires: '2027-04-15',
    });
    expect(passingEntry(c({ kind: 'metric', direction: 'lower-is-better', limit: 1000, target: 200 }))).toEqual({ criterion: 'x', value: '200' });
    expect(passingEntry(c({ kind: 'metric', direction: 'higher-is-better', limit: 90, bands: [{ bound: 95, score: 80 }, { bound: 98, score: 100 }, { bound: 80, score: 100 }] }))).toEqual({
      criterion: 'x',
      value: '98',
    });
    expect(passingEntry(c({ kind: 'metric', direction: 'higher-is-better', limit: 90 }))).toEqual({ criterion: 'x', value: '90' });
    expect(passingEntry(c({ kind: 'document', acceptedStatuses: ['released', 'approved'], maxAgeDays: 30 }))).toEqual({ criterion: 'x', status: 'released', date: FIXTURE_AUDIT_DATE });
    expect(passingEntry(c({ kind: 'check', expected: false }))).toEqual({ criterion: 'x', value: false });
    // One lot of 1,000: code letter J at level II; normal inspection at AQL 1.0 inspects 80 (ISO 2859-1:1999 Tables 1, 2-A).
    expect(passingEntry(c({ kind: 'attribute-inspection', aql: '1.0' }))).toEqual({ criterion: 'x', lots: [{ lotSize: 1000, inspected: 80, nonconforming: 0 }] });
    // Tightened inspection at AQL 0.65, level III: code letter K, 125 units.
    expect(passingEntry(c({ kind: 'attribute-inspection', aql: '0.65', level: 'III', inspection: 'tightened' }))).toMatchObject({ lots: [{ inspected: 125 }] });
    const capable = passingEntry(c({ kind: 'measurement', unit: 'mm', nominal: '3.20', tolerance: '0.02', capability: { min: '1.33' } }));
    expect(capable.values).toHaveLength(107);
  });

  test('meets the newer kinds in full too', () => {
    const p = defineProfile({
      id: 'p',
      version: '1',
      title: 'P',
      component: { name: 'C' },
      categories: [
        {
          id: 'c',
          title: 'C',
          criteria: [
            { kind: 'attribute-inspection', id: 'incoming', title: 'Incoming', aql: '0.65', causeFamily: 'material' },
            { kind: 'measurement', id: 'bore', title: 'Bore', unit: 'mm', nominal: '8', upperDeviation: '0.015', lowerDeviation: '0', capability: { index: 'ppk', min: '1.67' }, causeFamily: 'machine' },
          ],
        },
      ],
    });
    const result = evaluate(p, passingEvidence(p));
    expect(result).toBeApproved();
    expect(result).toPass('incoming');
    expect(result).toPass('bore');
  });
});

describe('passingEvidence', () => {
  test('every criterion fully met: approved with score 100', () => {
    for (const p of [profile, impellerProfile]) {
      const result = evaluate(p, passingEvidence(p));
      expect(result).toBeApproved();
      expect(result).toHaveScore(100);
      expect(result.gaps).toEqual([]);
    }
    const evidence = passingEvidence(profile, {}, { auditDate: '2027-03-01', supplier: { id: 's-9', name: 'PT Contoh' }, auditor: 'A. Auditor' });
    expect(evidence).toMatchObject({ auditDate: '2027-03-01', supplier: { id: 's-9', name: 'PT Contoh' }, auditor: 'A. Auditor', profile: { id: 'pump-injector-jp250', version: '2026.1' } });
    expect(evaluate(profile, evidence)).toBeApproved();
  });

  test('overrides change single criteria; null removes the evidence', () => {
    const result = evaluate(profile, passingEvidence(profile, { 'throat-d': { values: ['6.50', '6.57'] }, 'op-training': { points: 6 }, 'iso-9001': null }));
    expect(result).toBeRejected();
    expect(result).toHaveGap('throat-d', { shortfall: '0.02', knockOut: true });
    expect(result).toHaveStatus('op-training', 'partial');
    expect(result).toHaveStatus('iso-9001', 'missing');
    expect(result).toPass('nozzle-d');
  });

  test('an override replaces the fields that state the finding another way', () => {
    const counted = passingEvidence(profile, { 'defect-ppm': { numerator: 12, denominator: 48000 } });
    expect(counted.entries.find((e) => e.criterion === 'defect-ppm')).toEqual({ criterion: 'defect-ppm', numerator: 12, denominator: 48000 });
    expect(evaluate(profile, counted).criteria.find((r) => r.id === 'defect-ppm')?.found).toMatchObject({ value: '250' });
    const averaged = passingEvidence(profile, { 'op-training': { results: [10, 6, 8] } });
    expect(averaged.entries.find((e) => e.criterion === 'op-training')).toEqual({ criterion: 'op-training', results: [10, 6, 8] });
    const notApplicable = passingEvidence(profile, { 'machine-maintenance': { notApplicable: true, reason: 'No machines of its own' } });
    expect(evaluate(profile, notApplicable)).toHaveStatus('machine-maintenance', 'not-applicable');
    const expired = passingEvidence(profile, { 'iso-9001': { expires: '2025-12-31' } });
    expect(evaluate(profile, expired)).toFail('iso-9001');
  });

  test('unknown ids and wrong fields throw a ValidationError', () => {
    expect(() => passingEvidence(profile, { 'nozzle-diameter': { values: [3.2] } })).toThrow(ValidationError);
    expect(() => passingEvidence(profile, { 'nozzle-diameter': { values: [3.2] } })).toThrow('No criterion with the id "nozzle-diameter" exists in the profile.');
    expect(() => passingEvidence(profile, { 'leak-test': { values: [true] } as never })).toThrow(/entries\[3\] \(leak-test\)\.values: Unknown field "values"; did you mean "value"\?/);
  });
});

describe('passingEntry and passingEvidence on bad arguments', () => {
  test('throw a ValidationError naming the problem', () => {
    expect(() => passingEntry({ kind: 'check', id: 'x' } as never)).toThrow(ValidationError);
    expect(() => passingEntry(c({ kind: 'check', expected: true }), '2026-02-30')).toThrow('auditDate: "2026-02-30" is not a calendar date in the form YYYY-MM-DD.');
    expect(() => passingEvidence(profile, null as never)).toThrow('overrides: Expected an options object, got null.');
    expect(() => passingEvidence(profile, { 'throat-d': 5 } as never)).toThrow('overrides.throat-d: Expected the fields to change or null, got 5.');
  });
});
