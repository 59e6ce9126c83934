import { describe, expect, test } from 'vitest';
import { criterionSchema } from '../../src/criteria/criterion.js';
import { ValidationError } from '../../src/errors/index.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { limitValues, limitValuesOf, resolutionStep } from '../../src/testing/index.js';
import pumpInjector from '../../examples/pump-injector/profile.json';
import { impellerProfile } from '../../examples/authoring/profile.js';

const profile = defineProfile(pumpInjector);
const c = (input: object) => criterionSchema.parse({ id: 'x', title: 'X', causeFamily: 'method', ...input }) as Parameters<typeof resolutionStep>[0];

describe('resolutionStep', () => {
  test('the resolution when given, else one unit in the last decimal place of the limits as written', () => {
    expect(resolutionStep(c({ kind: 'measurement', unit: 'mm', nominal: '3.20', tolerance: '0.02' }))).toBe('0.01');
    expect(resolutionStep(c({ kind: 'measurement', unit: 'mm', nominal: '86.0', upperDeviation: '+0.3', lowerDeviation: '-0.2' }))).toBe('0.1');
    expect(resolutionStep(c({ kind: 'measurement', unit: 'mm', nominal: '10.00', tolerance: '1' }))).toBe('1');
    expect(resolutionStep(c({ kind: 'measurement', unit: 'mm', usl: '0.05', resolution: '0.001' }))).toBe('0.001');
    expect(resolutionStep(c({ kind: 'metric', direction: 'lower-is-better', limit: 1000, target: 200 }))).toBe('1');
    expect(resolutionStep(c({ kind: 'metric', direction: 'higher-is-better', limit: 90, bands: [{ bound: '97.5', score: 100 }] }))).toBe('0.1');
  });
});

describe('limitValues', () => {
  test('measurements: at, just inside and just outside each specification limit', () => {
    expect(limitValues(profile, 'nozzle-d')).toEqual({
      kind: 'measurement',
      lsl: { at: '3.18', inside: '3.19', outside: '3.17' },
      usl: { at: '3.22', inside: '3.21', outside: '3.23' },
      step: '0.01',
      unit: 'mm',
    });
    expect(limitValues(profile, 'overall-length')).toMatchObject({ lsl: { at: '85.8', inside: '85.9', outside: '85.7' }, usl: { at: '86.3', inside: '86.2', outside: '86.4' } });
    expect(limitValues(impellerProfile, 'runout')).toEqual({ kind: 'measurement', usl: { at: '0.05', inside: '0.04', outside: '0.06' }, step: '0.01', unit: 'mm' });
    expect(limitValues(impellerProfile, 'bore-d')).toMatchObject({ lsl: { at: '8', inside: '8.001', outside: '7.999' }, usl: { at: '8.015', inside: '8.014', outside: '8.016' } });
  });

  test('metrics: the good side follows the direction', () => {
    expect(limitValues(profile, 'defect-ppm')).toEqual({
      kind: 'metric',
      limit: { at: '1000', inside: '999', outside: '1001' },
      target: { at: '200', inside: '199', outside: '201' },
      step: '1',
      unit: 'ppm',
    });
    expect(limitValues(profile, 'on-time-delivery')).toMatchObject({ limit: { at: '90', inside: '91', outside: '89' }, target: { at: '98', inside: '99', outside: '97' } });
    expect(limitValues(impellerProfile, 'on-time-delivery').bands?.map((band) => band.outside)).toEqual(['97.9', '94.9', '92.9', '89.9']);
  });

  test('a criterion without limits or an unknown id throws', () => {
    expect(() => limitValues(profile, 'leak-test' as never)).toThrow(/Must be one of: "measurement", "metric"/);
    expect(() => limitValues(profile, 'throat' as never)).toThrow('No criterion with the id "throat" exists in the profile.');
    expect(limitValuesOf(c({ kind: 'measurement', unit: 'bar', lsl: '8.5' }))).toEqual({ kind: 'measurement', lsl: { at: '8.5', inside: '8.6', outside: '8.4' }, step: '0.1', unit: 'bar' });
  });
});

describe('limitValuesOf and resolutionStep on bad arguments', () => {
  test('throw a ValidationError for anything but a valid measurement or metric criterion', () => {
    expect(() => limitValuesOf(c({ kind: 'check', expected: true }))).toThrow('criterion.kind: Must be one of: "measurement", "metric".');
    expect(() => resolutionStep(Object.create(null) as never)).toThrow(ValidationError);
  });
});
