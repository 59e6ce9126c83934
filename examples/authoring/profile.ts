/**
 * A requirement profile written in TypeScript with the builders: the impeller of the JP-250
 * shallow-well jet pump. It is the same data as a JSON profile (`JSON.stringify(impellerProfile)`
 * parses back to an equal profile), but the editor completes every field, and every criterion, category
 * and rule id is known to the compiler: evidence and tests that name an unknown id do not compile.
 */
import { auditQuestion, category, certificate, check, measurement, metric, profile, requiredDocument } from 'supplier-quality/authoring';

export const impellerProfile = profile('pump-impeller-jp250', 'Impeller for the JP-250 shallow-well jet pump', {
  version: '2026.1',
  buyer: 'Water-pump maker, supplier quality department',
  component: { name: 'Pump impeller (PPO-GF30, injection moulded)', partNumber: 'JP250-IMP-02', drawing: 'DWG-JP250-IMP rev. B' },
  places: 1,
  categories: [
    category('product', 'Product specification', {
      weight: 4,
      criteria: [
        measurement('bore-d', 'Shaft bore diameter (8 H7)', {
          unit: 'mm',
          nominal: '8.000',
          upperDeviation: '+0.015',
          lowerDeviation: '0',
          resolution: '0.001',
          capability: { index: 'cpk', min: '1.33' },
          weight: 3,
          severity: 'critical',
          causeFamily: 'machine',
          reference: 'DWG-JP250-IMP rev. B, item 2',
          remedy: 'Replace the worn core pin and hold the bore with a go/no-go plug gauge at the press.',
          effort: { days: 7, cost: 6000000, currency: 'IDR' },
        }),
        measurement('outer-d', 'Outer diameter', {
          unit: 'mm',
          nominal: '98.0',
          tolerance: '0.2',
          weight: 2,
          causeFamily: 'machine',
          remedy: 'Correct the cavity shrink allowance or the holding pressure.',
        }),
        measurement('runout', 'Radial runout of the vane tips', {
          unit: 'mm',
          usl: '0.05',
          resolution: '0.01',
          weight: 1,
          causeFamily: 'method',
          remedy: 'Cool the part on a fixture mandrel after ejection.',
        }),
        check('balance', 'Dynamic balance checked on every lot (ISO 1940-1 G6.3)', {
          weight: 2,
          severity: 'critical',
          causeFamily: 'method',
          remedy: 'Balance a sample from every lot on a calibrated machine and log the result.',
        }),
      ],
    }),
    category('process', 'Process audit (VDA 6.3, P6)', {
      weight: 2,
      criteria: [
        auditQuestion('p6-4-1', 'Production equipment and tools are capable of the product requirements', {
          number: 'P6.4.1',
          star: true,
          causeFamily: 'machine',
          remedy: 'Run a capability study on the moulding machine and service the mould on a plan.',
        }),
        auditQuestion('p6-3-1', 'Employees are qualified for their tasks', {
          number: 'P6.3.1',
          causeFamily: 'man',
          remedy: 'Train the setters on the work instruction; keep a qualification matrix.',
        }),
        requiredDocument('control-plan', 'Control plan for the impeller (PPAP element 12)', {
          document: 'Control plan',
          acceptedStatuses: ['approved'],
          maxAgeDays: 365,
          causeFamily: 'method',
          remedy: 'Review the control plan with the buyer and have it approved.',
        }),
      ],
    }),
    category('quality-system', 'Quality system', {
      weight: 1,
      criteria: [
        certificate('iso-9001', 'ISO 9001 certification', {
          standard: 'ISO 9001',
          alsoAccepted: ['IATF 16949'],
          minRemainingDays: 60,
          causeFamily: 'method',
          remedy: 'Schedule the recertification audit with the certification body.',
        }),
      ],
    }),
    category('delivery', 'Delivery and defect performance', {
      weight: 2,
      minScore: 50,
      criteria: [
        metric('defect-ppm', 'Defect rate at incoming inspection (12 months)', {
          unit: 'ppm',
          direction: 'lower-is-better',
          limit: 1500,
          target: 300,
          causeFamily: 'method',
          remedy: 'Run 8D on the two most frequent defects.',
        }),
        metric('on-time-delivery', 'On-time delivery by lines (12 months)', {
          unit: '%',
          direction: 'higher-is-better',
          limit: 90,
          bands: [
            { bound: 98, score: 100 },
            { bound: 95, score: 80 },
            { bound: 93, score: 40 },
            { bound: 90, score: 20 },
          ],
          resolution: '0.1',
          severity: 'minor',
          causeFamily: 'method',
          remedy: "Plan production from the buyer's forecast and keep two weeks of safety stock.",
        }),
      ],
    }),
  ],
  decision: { missingEvidence: 'incomplete', reauditDays: 90 },
  rules: [
    {
      id: 'star-question-4-points',
      title: 'A star question at 4 points or less caps the grade at B',
      reference: 'VDA 6.3:2016, downgrading rules (A to B)',
      when: { type: 'criteria', star: true, pointsAtMost: 4 },
      then: { capGrade: 'B' },
    },
    {
      id: 'star-question-0-points',
      title: 'A star question at 0 points caps the grade at C',
      reference: 'VDA 6.3:2016, downgrading rules (to C)',
      when: { type: 'criteria', star: true, pointsAtMost: 0 },
      then: { capGrade: 'C' },
    },
    {
      id: 'any-question-0-points',
      title: 'Any question at 0 points caps the grade at B',
      reference: 'VDA 6.3:2016, downgrading rules (A to B)',
      when: { type: 'criteria', kind: ['audit-question'], pointsAtMost: 0 },
      then: { capGrade: 'B' },
    },
  ],
});
