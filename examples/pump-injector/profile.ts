/**
 * The pump-injector requirement profile, composed of blocks: the buyer's own product, material,
 * quality-system and performance criteria, and a partial VDA 6.3 process audit (element P6) built with
 * the VDA 6.3 builder. `profile.json` is this profile written out; regenerate it with
 * `npx tsx examples/pump-injector/profile.ts > examples/pump-injector/profile.json`.
 */
import { fileURLToPath } from 'node:url';
import type { ProfileInput } from 'supplier-quality';
import { composeProfile, vda63Block, type ProfileBlock } from 'supplier-quality/schemes';

const idr = (days: number, cost: number) => ({ days, cost, currency: 'IDR' });

/** The buyer's own categories: the injector drawing, its material, the quality system and delivery performance. */
const buyerBlock: ProfileBlock = {
  categories: [
    {
      id: 'product',
      title: 'Product specification',
      weight: 4,
      criteria: [
        {
          kind: 'measurement',
          id: 'nozzle-d',
          title: 'Nozzle orifice diameter',
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '3.20',
          tolerance: '0.02',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 4',
          remedy: 'Replace the worn drill bushing and re-ream the orifice; verify with a 32-part run on a calibrated pin gauge.',
          effort: idr(5, 4500000),
        },
        {
          kind: 'measurement',
          id: 'throat-d',
          title: 'Venturi throat diameter',
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '6.50',
          tolerance: '0.05',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 7',
          remedy: 'Re-grind or replace the reamer and hold the throat with a go/no-go plug gauge at the machine.',
          effort: idr(10, 12000000),
        },
        {
          kind: 'measurement',
          id: 'overall-length',
          title: 'Overall length',
          severity: 'major',
          causeFamily: 'method',
          unit: 'mm',
          nominal: '86.0',
          upperDeviation: '+0.3',
          lowerDeviation: '-0.2',
          weight: 1,
          remedy: 'Set a fixed end stop on the cut-off and check the first part of every batch.',
          effort: idr(1, 500000),
        },
        {
          kind: 'check',
          id: 'leak-test',
          title: 'Hydrostatic leak test at 9 bar for 60 s on every part',
          severity: 'critical',
          causeFamily: 'method',
          weight: 2,
          remedy: 'Install a leak-test bench with a calibrated gauge and log each part.',
          effort: idr(14, 25000000),
        },
      ],
    },
    {
      id: 'material',
      title: 'Material',
      weight: 1,
      criteria: [
        {
          kind: 'document',
          id: 'body-material-cert',
          title: 'Body material test report (EN 10204 3.1, brass CW617N)',
          document: 'Material test report',
          severity: 'major',
          causeFamily: 'material',
          acceptedStatuses: ['approved'],
          maxAgeDays: 365,
          remedy: 'Buy bar stock only with a 3.1 mill certificate and file it per heat number.',
          effort: idr(7, 0),
        },
      ],
    },
    {
      id: 'quality-system',
      title: 'Quality system',
      weight: 1,
      criteria: [
        {
          kind: 'certificate',
          id: 'iso-9001',
          title: 'ISO 9001 certification',
          standard: 'ISO 9001',
          alsoAccepted: ['IATF 16949'],
          minRemainingDays: 90,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Schedule the surveillance or recertification audit with the certification body.',
          effort: idr(60, 30000000),
        },
      ],
    },
    {
      id: 'performance',
      title: 'Delivery and defect performance',
      weight: 2,
      criteria: [
        {
          kind: 'metric',
          id: 'defect-ppm',
          title: 'Defect rate at incoming inspection (12 months)',
          unit: 'ppm',
          direction: 'lower-is-better',
          limit: 1000,
          target: 200,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Run 8D on the top two defect types and add a final inspection step.',
          effort: idr(30, 5000000),
        },
        {
          kind: 'metric',
          id: 'on-time-delivery',
          title: 'On-time delivery (12 months)',
          unit: '%',
          direction: 'higher-is-better',
          limit: 90,
          target: 98,
          severity: 'minor',
          causeFamily: 'method',
          remedy: "Plan production from the buyer's forecast and keep a safety stock of two weeks.",
          effort: idr(30, 8000000),
        },
      ],
    },
  ],
  rules: [],
};

/**
 * A partial VDA 6.3:2016 process audit of production (P6), one question per sub-element. Question
 * numbers follow the standard; the titles are the buyer's own short texts.
 */
const processAudit = vda63Block({
  edition: '2016',
  category: 'process-audit',
  title: 'Process audit (VDA 6.3:2016, P6 production)',
  weight: 2,
  elements: [
    {
      element: 'P6',
      questions: [
        {
          number: 'P6.1.1',
          id: 'material-release',
          title: 'Incoming bar stock is identified and released before use',
          remedy: 'Tag each bundle with its heat number and release it only against the mill certificate.',
          effort: idr(3, 500000),
        },
        {
          number: 'P6.2.1',
          id: 'work-instructions',
          title: 'Work and inspection instructions are at each machine and followed',
          remedy: 'Put a one-page instruction with the gauge checks at each lathe and drill.',
          effort: idr(5, 1000000),
        },
        {
          number: 'P6.3.1',
          id: 'op-training',
          title: 'Operators are qualified and trained for their tasks',
          remedy: 'Train the lathe operators on the work instruction and gauge use; keep a qualification matrix.',
          effort: idr(10, 6000000),
        },
        {
          number: 'P6.4.2',
          id: 'machine-maintenance',
          title: 'Machines and tools are maintained on a preventive plan',
          remedy: 'Write a preventive-maintenance plan for the lathes and record each service.',
          effort: idr(7, 3000000),
        },
        {
          number: 'P6.5.1',
          id: 'scrap-follow-up',
          title: 'Scrap and rework are recorded and followed up',
          remedy: 'Log scrap per shift and review the top causes weekly.',
          effort: idr(5, 0),
        },
        {
          number: 'P6.6.1',
          id: 'part-protection',
          title: 'Finished parts are protected, labelled and packed as agreed',
          remedy: 'Pack in the agreed divided boxes with a label per lot.',
          effort: idr(3, 1500000),
        },
      ],
    },
  ],
});

/**
 * Returns the pump-injector profile: the buyer's categories with the VDA 6.3 block inserted after the
 * quality system, its rules scoped to the process-audit category.
 */
export function pumpInjectorProfile(): ProfileInput {
  const [product, material, qualitySystem, performance] = buyerBlock.categories;
  return composeProfile({
    $schema: '../../schema/profile.schema.json',
    id: 'pump-injector-jp250',
    version: '2026.1',
    title: 'Injector (jet ejector) for the JP-250 shallow-well jet pump',
    buyer: 'Water-pump maker, supplier quality department',
    component: { name: 'Pump injector (jet ejector)', partNumber: 'JP250-INJ-01', drawing: 'DWG-JP250-INJ rev. C' },
    places: 1,
    grades: [
      { grade: 'A', min: 90 },
      { grade: 'B', min: 80 },
      { grade: 'C', min: 0 },
    ],
    decision: { missingEvidence: 'incomplete', reauditDays: 90 },
    blocks: [{ categories: [product!, material!, qualitySystem!], rules: [] }, processAudit, { categories: [performance!], rules: [] }],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(pumpInjectorProfile(), null, 2));
}
