import { describe, expect, test } from 'vitest';
import { auditQuestion, category, certificate, check, measurement, metric, profile, requiredDocument, requiredGaugeStudy } from '../../src/authoring/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import pumpInjectorJson from '../../examples/pump-injector/profile.json';
import { impellerProfile } from '../../examples/authoring/profile.js';

/** The pump-injector example profile, written with the builders instead of JSON. */
const pumpInjector = profile('pump-injector-jp250', 'Injector (jet ejector) for the JP-250 shallow-well jet pump', {
  $schema: '../../schema/profile.schema.json',
  version: '2026.1',
  buyer: 'Water-pump maker, supplier quality department',
  component: { name: 'Pump injector (jet ejector)', partNumber: 'JP250-INJ-01', drawing: 'DWG-JP250-INJ rev. C' },
  places: 1,
  categories: [
    category('product', 'Product specification', {
      weight: 4,
      criteria: [
        measurement('nozzle-d', 'Nozzle orifice diameter', {
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '3.20',
          tolerance: '0.02',
          gauge: 'nozzle-gauge',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 4',
          remedy: 'Replace the worn drill bushing and re-ream the orifice; verify with a 32-part run on a calibrated pin gauge.',
          effort: { days: 5, cost: 4500000, currency: 'IDR' },
        }),
        measurement('throat-d', 'Venturi throat diameter', {
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '6.50',
          tolerance: '0.05',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 7',
          remedy: 'Re-grind or replace the reamer and hold the throat with a go/no-go plug gauge at the machine.',
          effort: { days: 10, cost: 12000000, currency: 'IDR' },
        }),
        measurement('overall-length', 'Overall length', {
          severity: 'major',
          causeFamily: 'method',
          unit: 'mm',
          nominal: '86.0',
          upperDeviation: '+0.3',
          lowerDeviation: '-0.2',
          weight: 1,
          remedy: 'Set a fixed end stop on the cut-off and check the first part of every batch.',
          effort: { days: 1, cost: 500000, currency: 'IDR' },
        }),
        check('leak-test', 'Hydrostatic leak test at 9 bar for 60 s on every part', {
          severity: 'critical',
          causeFamily: 'method',
          weight: 2,
          remedy: 'Install a leak-test bench with a calibrated gauge and log each part.',
          effort: { days: 14, cost: 25000000, currency: 'IDR' },
        }),
        requiredGaugeStudy('nozzle-gauge', 'Gauge R&R of the orifice air gauge (10 parts, 3 operators, 2 trials)', {
          basis: 'tolerance',
          characteristic: 'nozzle-d',
          severity: 'major',
          causeFamily: 'measurement',
          weight: 0,
          reference: 'PPAP element 8, measurement system analysis',
          remedy: 'Recalibrate the air gauge against the setting masters and train every inspector on the same clamping routine; repeat the study.',
          effort: { days: 3, cost: 2000000, currency: 'IDR' },
        }),
      ],
    }),
    category('material', 'Material', {
      weight: 1,
      criteria: [
        requiredDocument('body-material-cert', 'Body material test report (EN 10204 3.1, brass CW617N)', {
          document: 'Material test report',
          severity: 'major',
          causeFamily: 'material',
          acceptedStatuses: ['approved'],
          maxAgeDays: 365,
          remedy: 'Buy bar stock only with a 3.1 mill certificate and file it per heat number.',
          effort: { days: 7, cost: 0, currency: 'IDR' },
        }),
      ],
    }),
    category('quality-system', 'Quality system and people', {
      weight: 2,
      criteria: [
        certificate('iso-9001', 'ISO 9001 certification', {
          standard: 'ISO 9001',
          alsoAccepted: ['IATF 16949'],
          minRemainingDays: 90,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Schedule the surveillance or recertification audit with the certification body.',
          effort: { days: 60, cost: 30000000, currency: 'IDR' },
        }),
        auditQuestion('op-training', 'Operators are qualified and trained for their tasks', {
          number: 'P6.3.1',
          severity: 'major',
          causeFamily: 'man',
          weight: 1,
          remedy: 'Train the lathe operators on the work instruction and gauge use; keep a qualification matrix.',
          effort: { days: 10, cost: 6000000, currency: 'IDR' },
        }),
        auditQuestion('machine-maintenance', 'Machines and tools are maintained on a preventive plan', {
          number: 'P6.4.2',
          severity: 'major',
          causeFamily: 'machine',
          weight: 1,
          remedy: 'Write a preventive-maintenance plan for the lathes and record each service.',
          effort: { days: 7, cost: 3000000, currency: 'IDR' },
        }),
      ],
    }),
    category('performance', 'Delivery and defect performance', {
      weight: 2,
      criteria: [
        metric('defect-ppm', 'Defect rate at incoming inspection (12 months)', {
          unit: 'ppm',
          direction: 'lower-is-better',
          limit: 1000,
          target: 200,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Run 8D on the top two defect types and add a final inspection step.',
          effort: { days: 30, cost: 5000000, currency: 'IDR' },
        }),
        metric('on-time-delivery', 'On-time delivery (12 months)', {
          unit: '%',
          direction: 'higher-is-better',
          limit: 90,
          target: 98,
          severity: 'minor',
          causeFamily: 'method',
          remedy: "Plan production from the buyer's forecast and keep a safety stock of two weeks.",
          effort: { days: 30, cost: 8000000, currency: 'IDR' },
        }),
      ],
    }),
  ],
  grades: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80 },
    { grade: 'C', min: 0 },
  ],
  decision: { missingEvidence: 'incomplete', reauditDays: 90 },
});

describe('profile', () => {
  test('a profile written with the builders is the same data as its JSON form', () => {
    // The JSON file also carries Indonesian translations of titles and remedies (and may carry rules
    // and fields its process questions come with from a scheme), left out above: everything the
    // builders say, it says the same.
    const json = JSON.parse(JSON.stringify(pumpInjectorJson), (key, value: unknown) => (key === 'translations' ? undefined : value)) as object;
    expect(defineProfile({ ...json, rules: [] })).toMatchObject(pumpInjector);
  });

  test('the builders give exactly the JSON form, field for field', () => {
    const json = {
      id: 'p',
      version: '1',
      title: 'Small part',
      component: { name: 'Part' },
      categories: [
        {
          id: 'product',
          title: 'Product',
          weight: 2,
          criteria: [
            { kind: 'measurement', id: 'd', title: 'Diameter', unit: 'mm', nominal: '8.000', upperDeviation: '+0.015', lowerDeviation: '0', severity: 'critical', causeFamily: 'machine' },
            { kind: 'check', id: 'leak', title: 'Leak test', causeFamily: 'method', expected: true },
          ],
        },
        { id: 'system', title: 'System', criteria: [{ kind: 'certificate', id: 'iso', title: 'ISO 9001', standard: 'ISO 9001', minRemainingDays: 60, causeFamily: 'method' }] },
      ],
      rules: [{ id: 'leak-caps', when: { type: 'criteria', criteria: ['leak'], status: ['fail'] }, then: { capGrade: 'B' } }],
    };
    const built = profile('p', 'Small part', {
      version: '1',
      component: { name: 'Part' },
      categories: [
        category('product', 'Product', {
          weight: 2,
          criteria: [
            measurement('d', 'Diameter', { unit: 'mm', nominal: '8.000', upperDeviation: '+0.015', lowerDeviation: '0', severity: 'critical', causeFamily: 'machine' }),
            check('leak', 'Leak test', { causeFamily: 'method', expected: true }),
          ],
        }),
        category('system', 'System', { criteria: [certificate('iso', 'ISO 9001', { standard: 'ISO 9001', minRemainingDays: 60, causeFamily: 'method' })] }),
      ],
      rules: [{ id: 'leak-caps', when: { type: 'criteria', criteria: ['leak'], status: ['fail'] }, then: { capGrade: 'B' } }],
    });
    expect(built).toEqual(defineProfile(json));
    expect(JSON.stringify(built)).toBe(JSON.stringify(defineProfile(json)));
  });

  test('it serialises to JSON that parses back to an equal profile', () => {
    for (const written of [pumpInjector, impellerProfile]) {
      const json = JSON.stringify(written);
      const back = defineProfile(JSON.parse(json));
      expect(back).toEqual(written);
      expect(JSON.stringify(back)).toBe(json);
    }
  });

  test('it returns the parsed, frozen profile with defaults filled in', () => {
    expect(Object.isFrozen(pumpInjector)).toBe(true);
    expect(Object.isFrozen(pumpInjector.categories[0]?.criteria[0])).toBe(true);
    expect(pumpInjector.rules).toEqual([]);
    expect(pumpInjector.categories[1]?.criteria[0]?.weight).toBe('1');
    expect(pumpInjector.categories[0]?.criteria[0]).toMatchObject({ nominal: '3.2', tolerance: '0.02', requiredShare: '100' });
    expect(impellerProfile.grades.map((band) => band.grade)).toEqual(['A', 'B', 'C']);
  });

  test('an invalid profile throws one ValidationError listing every problem', () => {
    let error: unknown;
    try {
      profile('p', 'P', {
        version: '1',
        component: { name: 'C' },
        categories: [
          category('c', 'C', {
            criteria: [
              measurement('d', 'D', { unit: 'mm', lsl: 2, usl: 1, causeFamily: 'machine' }),
              measurement('d', 'D again', { unit: 'mm', nominal: 1, tolerance: -0.1, causeFamily: 'machine' }),
            ],
          }),
        ],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'categories[0].criteria[0] limits_out_of_order',
      'categories[0].criteria[1].id duplicate_id',
      'categories[0].criteria[1].tolerance too_small',
      'categories[0].criteria[1] limits_out_of_order',
    ]);
  });
});
