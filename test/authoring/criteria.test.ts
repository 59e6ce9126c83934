import { describe, expect, test } from 'vitest';
import { attributeInspection, auditQuestion, certificate, check, measurement, metric, requiredDocument, requiredGaugeStudy } from '../../src/authoring/index.js';
import { criterionSchema } from '../../src/criteria/criterion.js';

describe('criterion builders', () => {
  test('each returns the JSON form: kind, id, title, then the options as given', () => {
    expect(measurement('nozzle-d', 'Nozzle orifice diameter', { unit: 'mm', nominal: '3.20', tolerance: '0.02', causeFamily: 'machine', severity: 'critical' })).toEqual({
      kind: 'measurement',
      id: 'nozzle-d',
      title: 'Nozzle orifice diameter',
      unit: 'mm',
      nominal: '3.20',
      tolerance: '0.02',
      causeFamily: 'machine',
      severity: 'critical',
    });
    expect(auditQuestion('op-training', 'Operators are qualified', { number: 'P6.3.1', causeFamily: 'man' })).toEqual({
      kind: 'audit-question',
      id: 'op-training',
      title: 'Operators are qualified',
      number: 'P6.3.1',
      causeFamily: 'man',
    });
    expect(certificate('iso-9001', 'ISO 9001', { standard: 'ISO 9001', causeFamily: 'method' })).toEqual({
      kind: 'certificate',
      id: 'iso-9001',
      title: 'ISO 9001',
      standard: 'ISO 9001',
      causeFamily: 'method',
    });
    expect(metric('ppm', 'PPM', { direction: 'lower-is-better', limit: 1000, causeFamily: 'method' })).toEqual({
      kind: 'metric',
      id: 'ppm',
      title: 'PPM',
      direction: 'lower-is-better',
      limit: 1000,
      causeFamily: 'method',
    });
    expect(requiredDocument('control-plan', 'Control plan', { causeFamily: 'method' })).toEqual({
      kind: 'document',
      id: 'control-plan',
      title: 'Control plan',
      causeFamily: 'method',
    });
    expect(attributeInspection('incoming', 'Incoming inspection', { aql: '1.0', causeFamily: 'material' })).toEqual({
      kind: 'attribute-inspection',
      id: 'incoming',
      title: 'Incoming inspection',
      aql: '1.0',
      causeFamily: 'material',
    });
    expect(requiredGaugeStudy('nozzle-gauge', 'Orifice gauge R&R', { basis: 'tolerance', characteristic: 'nozzle-d', causeFamily: 'measurement' })).toEqual({
      kind: 'gauge-study',
      id: 'nozzle-gauge',
      title: 'Orifice gauge R&R',
      basis: 'tolerance',
      characteristic: 'nozzle-d',
      causeFamily: 'measurement',
    });
    expect(check('leak-test', 'Leak test', { causeFamily: 'method', expected: true })).toEqual({
      kind: 'check',
      id: 'leak-test',
      title: 'Leak test',
      causeFamily: 'method',
      expected: true,
    });
  });

  test('every option of every kind is reachable and parses', () => {
    const common = {
      weight: '2.5',
      severity: 'minor',
      causeFamily: 'environment',
      remedy: 'Do it.',
      reference: 'Clause 4',
      effort: { days: 2, cost: '100.50', currency: 'EUR' },
      translations: { id: { title: 'Judul', remedy: 'Lakukan.' }, en: { title: 'Title' } },
    } as const;
    const all = [
      measurement('m1', 'M1', { ...common, unit: 'mm', nominal: 10, tolerance: '0.1', requiredShare: 99, partialFromShare: 90, resolution: '0.01' }),
      measurement('m2', 'M2', { ...common, unit: 'mm', nominal: 10, upperDeviation: '+0.1', lowerDeviation: '-0.2' }),
      measurement('m3', 'M3', { ...common, unit: 'bar', lsl: 8, usl: 10, nominal: 9 }),
      measurement('m4', 'M4', { ...common, unit: 'mm', usl: '0.05' }),
      auditQuestion('a1', 'A1', { ...common, levels: [0, 5, 10], star: true, allowNotApplicable: false, passPoints: 10, failBelow: 5, number: 'P1', question: 'Q?' }),
      certificate('c1', 'C1', { ...common, standard: 'ISO 14001', alsoAccepted: ['EMAS'], minRemainingDays: 30, expiringScore: 25 }),
      metric('x1', 'X1', { ...common, unit: '%', direction: 'higher-is-better', limit: 90, target: 98, scoreAtLimit: 20, resolution: '0.1' }),
      metric('x2', 'X2', { ...common, direction: 'lower-is-better', limit: 10, bands: [{ bound: 5, score: 100 }, { bound: 10, score: 50 }] }),
      requiredDocument('d1', 'D1', { ...common, document: 'PFMEA', acceptedStatuses: ['approved', 'released'], maxAgeDays: 730 }),
      check('k1', 'K1', { ...common, expected: false, question: 'Any rework?' }),
      attributeInspection('i1', 'I1', { ...common, aql: '0.65', level: 'III', inspection: 'tightened', edition: 'ANSI/ASQ Z1.4-2003' }),
      measurement('m5', 'M5', {
        ...common,
        unit: 'mm',
        nominal: 8,
        tolerance: '0.01',
        capability: { index: 'ppk', min: '1.67', minSamples: 50, subgroupSize: 5, sigma: 'sbar', constants: 'exact', useLowerBound: true, confidence: '0.99', partialFrom: '1.33' },
      }),
    ];
    for (const criterion of all) {
      const parsed = criterionSchema.safeParse(criterion);
      expect(parsed.success, criterion.id).toBe(true);
    }
    expect(criterionSchema.parse(all[4])).toMatchObject({ levels: [0, 5, 10], star: true, passPoints: 10, failBelow: 5 });
  });
});
