import { mulberry32 } from '../examples/link-and-match/generate.js';
import { CHARACTERISTICS } from './profiles.js';

/**
 * Seeded synthetic evidence for the benchmark profiles: the same seed always gives the same
 * suppliers. Each supplier has a latent maturity (people, machines, system) from which its evidence
 * follows, so decisions spread over approved, conditional, rejected and (rarely) incomplete.
 */

function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const clamp = (x: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));

/** The date `days` days after a `YYYY-MM-DD` date. */
function plusDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const REGIONS = ['Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Banten', 'DI Yogyakarta', 'Sumatera Utara', 'Sulawesi Selatan', 'Bali'];
const FORMS = ['CV', 'UD', 'PT'];
const WORDS = ['Maju', 'Jaya', 'Logam', 'Teknik', 'Presisi', 'Sinar', 'Karya', 'Mandiri', 'Sejahtera', 'Abadi', 'Makmur', 'Bersama', 'Mulia', 'Utama'];

function pointsFor(level: number): number {
  return level > 0.85 ? 10 : level > 0.65 ? 8 : level > 0.42 ? 6 : level > 0.2 ? 4 : 0;
}

interface Supplier {
  readonly random: () => number;
  readonly skill: number;
  readonly machine: number;
  readonly system: number;
  readonly auditDate: string;
  readonly head: { supplier: { id: string; name: string; region: string }; auditDate: string };
}

function supplierAt(random: () => number, index: number, prefix: string): Supplier {
  const skill = clamp(0.2 + 0.8 * random() ** 0.7);
  const machine = clamp(random() ** 0.6);
  const system = clamp(0.15 + 0.85 * random());
  const auditDate = plusDays('2026-01-05', Math.floor(random() * 330));
  const name = `${FORMS[Math.floor(random() * FORMS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]}`;
  const region = REGIONS[Math.floor(random() * REGIONS.length)] as string;
  return {
    random,
    skill,
    machine,
    system,
    auditDate,
    head: { supplier: { id: `${prefix}-${String(index + 1).padStart(7, '0')}`, name, region }, auditDate },
  };
}

function certificate(s: Supplier, id: string, standard: string, share: number): Record<string, unknown> {
  const { random } = s;
  const holds = random() < share;
  const held = holds ? (random() < 0.1 && id === 'iso-9001' ? 'IATF 16949:2016' : `${standard}:2015`) : random() < 0.5 ? 'ISO 9001:2008' : standard;
  const expires = plusDays(s.auditDate, holds ? Math.floor(-20 + random() * 1000) : -Math.floor(30 + random() * 400));
  return { criterion: id, standard: held, expires };
}

function documentEntry(s: Supplier, id: string, quality: number): Record<string, unknown> {
  const { random } = s;
  const status = random() < quality ? (random() < 0.2 ? 'Released' : 'approved') : random() < 0.5 ? 'draft' : 'in review';
  return { criterion: id, status, date: plusDays(s.auditDate, -Math.floor(random() * 800)) };
}

/**
 * Returns the evidence of supplier `index` for the screening profile (30 criteria, no measured
 * samples), the same for the same seed and index.
 *
 * @example
 * screeningEvidence(2026, 0).entries.length
 * //=> 30
 */
export function screeningEvidence(seed: number, index: number): { entries: unknown[] } & Record<string, unknown> {
  const random = mulberry32((seed * 0x9e3779b1 + index * 0x85ebca77) >>> 0);
  const s = supplierAt(random, index, 'IKM');
  const { skill, machine, system } = s;
  const entries: Record<string, unknown>[] = [
    certificate(s, 'iso-9001', 'ISO 9001', 0.35 + 0.6 * system),
    certificate(s, 'iso-14001', 'ISO 14001', 0.2 + 0.5 * system),
    certificate(s, 'sni', 'SNI 0039', 0.9 + 0.1 * system),
    documentEntry(s, 'control-plan', 0.4 + 0.6 * system),
    documentEntry(s, 'pfmea', 0.3 + 0.6 * system),
    documentEntry(s, 'material-report', 0.5 + 0.5 * system),
    documentEntry(s, 'calibration', 0.3 + 0.7 * machine),
  ];
  const levels: Record<string, number> = {
    'p2-1': system,
    'p3-1': system,
    'p4-1': 0.5 * system + 0.5 * skill,
    'p5-1': system,
    'p5-4': 0.5 * system + 0.5 * skill,
    'p6-1-1': system,
    'p6-2-1': 0.6 * system + 0.4 * skill,
    'p6-3-1': skill,
    'p6-4-1': machine,
    'p6-4-2': 0.5 * machine + 0.5 * system,
    'p6-5-1': 0.5 * system + 0.5 * skill,
    'p7-1': skill,
  };
  for (const [id, level] of Object.entries(levels)) {
    if ((id === 'p6-5-1' || id === 'p7-1') && random() < 0.1) entries.push({ criterion: id, notApplicable: true, reason: 'No series production yet' });
    else if (id === 'p6-4-1' && random() < 0.3) {
      entries.push({ criterion: id, results: [0, 1, 2].map(() => pointsFor(level + 0.15 * gaussian(random))) });
    } else entries.push({ criterion: id, points: pointsFor(level + 0.12 * gaussian(random)) });
  }
  const received = 5_000 + Math.floor(random() * 60_000);
  const ppm = 80 + 1600 * (1 - machine) * (1 - 0.5 * skill) + 300 * random();
  entries.push(
    { criterion: 'defect-ppm', numerator: Math.round((ppm * received) / 1e6), denominator: received },
    { criterion: 'otd', value: Math.min(100, 84 + 14 * system + 3 * gaussian(random)).toFixed(1) },
    { criterion: 'complaints', value: Math.max(0, Math.round(7 * (1 - skill) + 1.5 * gaussian(random))) },
    { criterion: 'lead-time', value: Math.max(3, Math.round(10 + 25 * (1 - system) + 5 * gaussian(random))) },
    { criterion: 'scrap', value: Math.max(0, 0.5 + 5 * (1 - machine) + gaussian(random)).toFixed(2) },
    { criterion: 'capacity', value: Math.max(0, Math.round(1000 + 12000 * random() * system)) },
    { criterion: 'leak-test', value: system > 0.3 || random() < 0.5 },
    { criterion: 'traceability', value: system > 0.4 || random() < 0.3 },
    { criterion: 'safety-training', value: skill > 0.35 || random() < 0.5 },
    { criterion: 'waste-permit', value: random() < 0.5 + 0.5 * system },
    { criterion: 'child-labour', value: random() < 0.995 },
  );
  const kept = random() < 0.03 ? entries.filter(() => random() > 0.05) : entries;
  return { ...s.head, entries: kept };
}

/** Returns `n` values around `mean` with spread `sd`, as decimal texts with `digits` decimals. */
function sample(random: () => number, n: number, mean: number, sd: number, digits: number): string[] {
  const values: string[] = new Array<string>(n);
  let drift = 0;
  for (let i = 0; i < n; i++) {
    if (i % 5 === 0) drift = 0.5 * sd * gaussian(random);
    values[i] = (mean + drift + sd * gaussian(random)).toFixed(digits);
  }
  return values;
}

/**
 * Returns the evidence of supplier `index` for the full profile: 125 measured values for each of 8
 * characteristics and evidence for 20 other criteria, the same for the same seed and index.
 *
 * @example
 * fullEvidence(2026, 0).entries.length
 * //=> 28
 */
export function fullEvidence(seed: number, index: number): { entries: unknown[] } & Record<string, unknown> {
  const random = mulberry32((seed * 0x9e3779b1 + index * 0xc2b2ae35) >>> 0);
  const s = supplierAt(random, index, 'IKM');
  const { skill, machine, system } = s;
  const entries: Record<string, unknown>[] = [];
  for (const c of CHARACTERISTICS) {
    const tolerance = Number(c.tolerance);
    const cpk = 0.7 + 1.8 * machine * (0.6 + 0.4 * skill) + 0.2 * gaussian(random);
    const sd = tolerance / (3 * Math.max(0.4, cpk)) / 1.15;
    const offset = (random() - 0.5) * 0.4 * tolerance * (1 - skill);
    entries.push({ criterion: c.id, values: sample(random, 125, Number(c.nominal) + offset, sd, c.digits) });
  }
  entries.push(
    { criterion: 'leak-test', value: system > 0.3 || random() < 0.5 },
    documentEntry(s, 'body-material-cert', 0.4 + 0.6 * system),
    certificate(s, 'iso-9001', 'ISO 9001', 0.35 + 0.6 * system),
    { criterion: 'op-training', points: pointsFor(skill + 0.12 * gaussian(random)) },
    { criterion: 'machine-maintenance', points: pointsFor(machine + 0.12 * gaussian(random)) },
  );
  const received = 5_000 + Math.floor(random() * 60_000);
  const ppm = 80 + 1600 * (1 - machine) * (1 - 0.5 * skill) + 300 * random();
  entries.push(
    { criterion: 'defect-ppm', numerator: Math.round((ppm * received) / 1e6), denominator: received },
    { criterion: 'on-time-delivery', value: Math.min(100, 84 + 14 * system + 3 * gaussian(random)).toFixed(1) },
    { criterion: 'p6-2-1', points: pointsFor(0.6 * system + 0.4 * skill + 0.12 * gaussian(random)) },
    { criterion: 'p6-4-1', points: pointsFor(machine + 0.12 * gaussian(random)) },
    { criterion: 'p6-4-2', points: pointsFor(0.5 * machine + 0.5 * system + 0.12 * gaussian(random)) },
    random() < 0.1 ? { criterion: 'p7-1', notApplicable: true } : { criterion: 'p7-1', points: pointsFor(skill + 0.12 * gaussian(random)) },
    documentEntry(s, 'control-plan', 0.4 + 0.6 * system),
    documentEntry(s, 'pfmea', 0.3 + 0.6 * system),
    documentEntry(s, 'calibration', 0.3 + 0.7 * machine),
    certificate(s, 'sni', 'SNI 0039', 0.9 + 0.1 * system),
    { criterion: 'scrap', value: Math.max(0, 0.5 + 5 * (1 - machine) + gaussian(random)).toFixed(2) },
    { criterion: 'complaints', value: Math.max(0, Math.round(7 * (1 - skill) + 1.5 * gaussian(random))) },
    { criterion: 'traceability', value: system > 0.4 || random() < 0.3 },
    { criterion: 'safety-training', value: skill > 0.35 || random() < 0.5 },
    { criterion: 'first-article', value: random() < 0.6 + 0.4 * system },
  );
  return { ...s.head, entries };
}
