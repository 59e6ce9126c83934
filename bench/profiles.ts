import { readFileSync } from 'node:fs';
import type { CriterionInput, ProfileInput } from '../src/index.js';

/**
 * The requirement profiles the benchmark runs: a 30-criterion screening profile without measured
 * samples, and the pump-injector profile grown to 8 measured characteristics with Cpk requirements
 * plus 20 other criteria.
 */

const q = (id: string, number: string, title: string, causeFamily: CriterionInput['causeFamily'], extra: Partial<CriterionInput> = {}): CriterionInput =>
  ({ kind: 'audit-question', id, number, title, causeFamily, severity: 'major', ...extra }) as CriterionInput;

/** A screening profile for small metal-working suppliers: 3 certificates, 4 documents, 12 audit questions, 6 metrics, 5 checks. */
export const screeningProfile: ProfileInput = {
  id: 'ikm-screening',
  version: '2026.1',
  title: 'National screening of small metal-working suppliers',
  component: { name: 'Machined and cast parts' },
  places: 1,
  categories: [
    {
      id: 'system',
      title: 'Quality system',
      weight: 3,
      criteria: [
        { kind: 'certificate', id: 'iso-9001', title: 'ISO 9001 certification', standard: 'ISO 9001', alsoAccepted: ['IATF 16949'], minRemainingDays: 90, causeFamily: 'method', weight: 2 },
        { kind: 'certificate', id: 'iso-14001', title: 'ISO 14001 certification', standard: 'ISO 14001', causeFamily: 'environment', severity: 'minor' },
        { kind: 'certificate', id: 'sni', title: 'SNI product certificate', standard: 'SNI 0039', minRemainingDays: 30, expiringScore: '60', causeFamily: 'material', severity: 'critical', weight: 2 },
        { kind: 'document', id: 'control-plan', title: 'Control plan', document: 'Control plan', maxAgeDays: 365, causeFamily: 'method', weight: 2 },
        { kind: 'document', id: 'pfmea', title: 'Process FMEA', document: 'PFMEA', acceptedStatuses: ['approved', 'released'], maxAgeDays: 730, causeFamily: 'method' },
        { kind: 'document', id: 'material-report', title: 'Material test report 3.1', document: 'EN 10204 3.1', causeFamily: 'material' },
        { kind: 'document', id: 'calibration', title: 'Gauge calibration records', document: 'Calibration records', maxAgeDays: 365, causeFamily: 'measurement' },
      ],
    },
    {
      id: 'process',
      title: 'Process audit',
      weight: 4,
      minScore: '60',
      criteria: [
        q('p2-1', 'P2.1', 'Project management established', 'method'),
        q('p3-1', 'P3.1', 'Requirements for product and process known', 'method'),
        q('p4-1', 'P4.1', 'Product and process development planned', 'method'),
        q('p5-1', 'P5.1', 'Suppliers selected and monitored', 'material'),
        q('p5-4', 'P5.4', 'Incoming goods stored appropriately', 'material'),
        q('p6-1-1', 'P6.1.1', 'Process handover from development', 'method'),
        q('p6-2-1', 'P6.2.1', 'Control plan requirements applied', 'method', { star: true }),
        q('p6-3-1', 'P6.3.1', 'Operators qualified', 'man', { star: true }),
        q('p6-4-1', 'P6.4.1', 'Machines capable and maintained', 'machine'),
        q('p6-4-2', 'P6.4.2', 'Measuring equipment fit for use', 'measurement'),
        q('p6-5-1', 'P6.5.1', 'Process targets monitored', 'method', { allowNotApplicable: true }),
        q('p7-1', 'P7.1', 'Customer complaints handled', 'man', { allowNotApplicable: true }),
      ],
    },
    {
      id: 'performance',
      title: 'Delivery and quality performance',
      weight: 3,
      criteria: [
        { kind: 'metric', id: 'defect-ppm', title: 'Incoming defect rate', unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 200, causeFamily: 'method', weight: 2 },
        { kind: 'metric', id: 'otd', title: 'On-time delivery', unit: '%', direction: 'higher-is-better', limit: 90, target: 98, causeFamily: 'method', weight: 2 },
        { kind: 'metric', id: 'complaints', title: 'Complaints in 12 months', direction: 'lower-is-better', limit: 6, bands: [{ bound: 0, score: 100 }, { bound: 2, score: 80 }, { bound: 4, score: 50 }, { bound: 6, score: 20 }], causeFamily: 'man' },
        { kind: 'metric', id: 'lead-time', title: 'Quoted lead time', unit: 'days', direction: 'lower-is-better', limit: 30, target: 14, causeFamily: 'method', severity: 'minor' },
        { kind: 'metric', id: 'scrap', title: 'Internal scrap rate', unit: '%', direction: 'lower-is-better', limit: '5', target: '1.5', scoreAtLimit: '20', causeFamily: 'machine' },
        { kind: 'metric', id: 'capacity', title: 'Free monthly capacity', unit: 'parts', direction: 'higher-is-better', limit: 2000, target: 10000, causeFamily: 'machine', severity: 'minor' },
      ],
    },
    {
      id: 'compliance',
      title: 'Safety, environment and traceability',
      weight: 2,
      criteria: [
        { kind: 'check', id: 'leak-test', title: 'Leak test on every pressure part', causeFamily: 'method', severity: 'critical', weight: 2 },
        { kind: 'check', id: 'traceability', title: 'Batch traceability to heat number', causeFamily: 'material' },
        { kind: 'check', id: 'safety-training', title: 'Machine safety training recorded', causeFamily: 'man' },
        { kind: 'check', id: 'waste-permit', title: 'Waste disposal permit', causeFamily: 'environment', severity: 'minor' },
        { kind: 'check', id: 'child-labour', title: 'No workers under 18', causeFamily: 'man', severity: 'critical' },
      ],
    },
  ],
  grades: [
    { grade: 'A', min: 85 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 0 },
  ],
  decision: { missingEvidence: 'incomplete', belowCategoryMinimum: 'conditional', reauditDays: 180 },
  rules: [
    {
      id: 'star-question-low',
      title: 'A star question at 4 points or below caps the grade at B',
      when: { type: 'criteria', star: true, pointsAtMost: 4 },
      then: { capGrade: 'B' },
    },
    {
      id: 'three-major-fails',
      title: 'Three or more failed major criteria make the supplier conditional at best',
      when: { type: 'criteria', severity: ['major'], status: ['fail'], atLeast: 3 },
      then: { capDecision: 'conditional' },
    },
  ],
};

/** The ids of the screening profile's criteria, by kind. */
export const SCREENING_KINDS = {
  certificates: ['iso-9001', 'iso-14001', 'sni'],
  documents: ['control-plan', 'pfmea', 'material-report', 'calibration'],
  questions: ['p2-1', 'p3-1', 'p4-1', 'p5-1', 'p5-4', 'p6-1-1', 'p6-2-1', 'p6-3-1', 'p6-4-1', 'p6-4-2', 'p6-5-1', 'p7-1'],
  metrics: ['defect-ppm', 'otd', 'complaints', 'lead-time', 'scrap', 'capacity'],
  checks: ['leak-test', 'traceability', 'safety-training', 'waste-permit', 'child-labour'],
} as const;

/** The measured characteristics of the full profile: id, title, nominal, tolerance, decimals of the gauge. */
export const CHARACTERISTICS = [
  { id: 'nozzle-d', title: 'Nozzle orifice diameter', nominal: '3.20', tolerance: '0.02', digits: 4, severity: 'critical' },
  { id: 'throat-d', title: 'Venturi throat diameter', nominal: '6.50', tolerance: '0.05', digits: 3, severity: 'critical' },
  { id: 'overall-length', title: 'Overall length', nominal: '86.0', tolerance: '0.25', digits: 2, severity: 'major' },
  { id: 'inlet-thread', title: 'Inlet thread pitch diameter', nominal: '24.117', tolerance: '0.08', digits: 3, severity: 'major' },
  { id: 'outlet-bore', title: 'Outlet bore', nominal: '19.05', tolerance: '0.04', digits: 3, severity: 'major' },
  { id: 'flange-t', title: 'Flange thickness', nominal: '8.0', tolerance: '0.1', digits: 2, severity: 'minor' },
  { id: 'seat-runout', title: 'Seat runout', nominal: '0.025', tolerance: '0.025', digits: 3, severity: 'major' },
  { id: 'suction-d', title: 'Suction nozzle diameter', nominal: '12.70', tolerance: '0.05', digits: 3, severity: 'major' },
] as const;

/**
 * Returns the full profile: the pump-injector profile from the examples with its three measured
 * characteristics (and the orifice's gauge study) replaced by eight, each with a Cpk ≥ 1.33 requirement on 125 values in subgroups of
 * five, and its other seven criteria joined by thirteen more (20 in all).
 */
export function fullProfile(): ProfileInput {
  const base = JSON.parse(readFileSync(new URL('../examples/pump-injector/profile.json', import.meta.url), 'utf8')) as ProfileInput & {
    categories: Array<{ id: string; criteria: CriterionInput[] }>;
  };
  const measurements: CriterionInput[] = CHARACTERISTICS.map((c) => ({
    kind: 'measurement',
    id: c.id,
    title: c.title,
    unit: 'mm',
    nominal: c.nominal,
    tolerance: c.tolerance,
    severity: c.severity,
    causeFamily: 'machine',
    weight: c.severity === 'critical' ? 3 : 1,
    requiredShare: '100',
    capability: { index: 'cpk', min: '1.33', minSamples: 100, subgroupSize: 5, partialFrom: '1.0' },
  }));
  const others: CriterionInput[] = [
    q('p6-2-1', 'P6.2.1', 'Control plan requirements applied', 'method', { star: true }),
    q('p6-4-1', 'P6.4.1', 'Machines capable and maintained', 'machine'),
    q('p6-4-2', 'P6.4.2', 'Measuring equipment fit for use', 'measurement'),
    q('p7-1', 'P7.1', 'Customer complaints handled', 'man', { allowNotApplicable: true }),
    { kind: 'document', id: 'control-plan', title: 'Control plan', maxAgeDays: 365, causeFamily: 'method' },
    { kind: 'document', id: 'pfmea', title: 'Process FMEA', acceptedStatuses: ['approved', 'released'], maxAgeDays: 730, causeFamily: 'method' },
    { kind: 'document', id: 'calibration', title: 'Gauge calibration records', maxAgeDays: 365, causeFamily: 'measurement' },
    { kind: 'certificate', id: 'sni', title: 'SNI product certificate', standard: 'SNI 0039', minRemainingDays: 30, causeFamily: 'material' },
    { kind: 'metric', id: 'scrap', title: 'Internal scrap rate', unit: '%', direction: 'lower-is-better', limit: '5', target: '1.5', causeFamily: 'machine' },
    { kind: 'metric', id: 'complaints', title: 'Complaints in 12 months', direction: 'lower-is-better', limit: 6, bands: [{ bound: 0, score: 100 }, { bound: 2, score: 80 }, { bound: 6, score: 20 }], causeFamily: 'man' },
    { kind: 'check', id: 'traceability', title: 'Batch traceability to heat number', causeFamily: 'material' },
    { kind: 'check', id: 'safety-training', title: 'Machine safety training recorded', causeFamily: 'man' },
    { kind: 'check', id: 'first-article', title: 'First-article inspection per batch', causeFamily: 'measurement', severity: 'critical' },
  ];
  const categories = base.categories.map((category) => {
    const kept = category.criteria.filter((criterion) => criterion.kind !== 'measurement' && criterion.kind !== 'gauge-study');
    if (category.id === 'product') return { ...category, criteria: [...measurements, ...kept] };
    return { ...category, criteria: kept };
  });
  categories.push({ id: 'process', title: 'Process and records', weight: 2, criteria: others } as (typeof categories)[number]);
  return { ...base, id: 'pump-injector-full', categories } as ProfileInput;
}
