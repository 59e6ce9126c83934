/**
 * A seeded generator of synthetic small suppliers (IKM) for the pump-injector profile: each supplier
 * has its own level of operator skill, machine condition and quality-system maturity, and the audit
 * evidence follows from them (measured parts, audit points, certificate, defect and delivery figures),
 * with some evidence missing. The same seed always gives the same suppliers.
 */

/**
 * Returns a seeded pseudo-random generator of numbers in [0, 1) (mulberry32, a 32-bit generator by
 * Tommy Ettinger; small, fast and good enough for synthetic data).
 *
 * @example
 * const random = mulberry32(42);
 * random() === mulberry32(42)()
 * //=> true
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a normally distributed number (Box–Muller) from a uniform generator. */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const REGIONS = ['Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Banten', 'DI Yogyakarta', 'Sumatera Utara', 'Sulawesi Selatan'];
const FORMS = ['CV', 'UD', 'PT'];
const WORDS = ['Maju', 'Jaya', 'Logam', 'Teknik', 'Presisi', 'Sinar', 'Karya', 'Mandiri', 'Sejahtera', 'Abadi', 'Makmur', 'Bersama', 'Mulia', 'Utama'];

/** Returns the date `days` days after a `YYYY-MM-DD` date (UTC calendar arithmetic, for the generator only). */
function plusDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Returns `n` values around `mean` with spread `sd`, as decimal texts with `digits` decimals. */
function sample(random: () => number, n: number, mean: number, sd: number, digits: number): string[] {
  return Array.from({ length: n }, () => (mean + sd * gaussian(random)).toFixed(digits));
}

/**
 * Returns a crossed gauge study of the nozzle orifice: 10 parts around 3.20 mm, measured twice by
 * each of 3 operators, with the given spread between parts, within an operator's repeats and between
 * operators (mm), as decimal texts with 4 decimals.
 *
 * @example
 * gaugeTable(mulberry32(1), { part: 0.005, repeat: 0.0003, operator: 0.0001 }).length
 * //=> 60
 */
export function gaugeTable(random: () => number, spread: { part: number; repeat: number; operator: number }): Array<{ part: string; operator: string; trial: number; value: string }> {
  const parts = Array.from({ length: 10 }, () => 3.2 + spread.part * gaussian(random));
  const operators = ['A', 'B', 'C'].map((name) => ({ name, bias: spread.operator * gaussian(random) }));
  return parts.flatMap((size, p) =>
    operators.flatMap(({ name, bias }) =>
      [1, 2].map((trial) => ({ part: `P${p + 1}`, operator: name, trial, value: (size + bias + spread.repeat * gaussian(random)).toFixed(4) })),
    ),
  );
}

/** Points on the VDA 6.3 scale for a level between 0 and 1. */
function points(level: number): number {
  return level > 0.9 ? 10 : level > 0.7 ? 8 : level > 0.45 ? 6 : level > 0.2 ? 4 : 0;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Returns the audit evidence of `count` synthetic small suppliers for the pump-injector profile,
 * the same for the same seed.
 *
 * @example
 * generateSuppliers(150, 2026).length
 * //=> 150
 */
export function generateSuppliers(count: number, seed: number): object[] {
  const random = mulberry32(seed);
  // The gauge studies draw from a stream of their own, so the rest of the evidence is the same with or without them.
  const gaugeRandom = mulberry32(seed ^ 0x5bd1e995);
  const suppliers: object[] = [];
  for (let i = 0; i < count; i++) {
    const skill = clamp(0.15 + 0.85 * random() ** 0.8);
    const machine = clamp(random() ** 0.7);
    const system = clamp(0.1 + 0.9 * random());
    const auditDate = plusDays('2026-11-02', Math.floor(random() * 26));
    const name = `${FORMS[Math.floor(random() * FORMS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]}`;
    const region = REGIONS[Math.floor(random() * REGIONS.length)] as string;
    const newcomer = random() < 0.08; // early in the programme: part of the evidence not yet collected

    // Machine condition drives the spread and drift of the drilled and reamed diameters; skill the set-up.
    const drift = (1 - machine) * 0.5 + (1 - skill) * 0.25;
    const nozzle = sample(random, 32, 3.2 + (random() - 0.5) * 0.03 * drift, 0.002 + 0.012 * drift, 3);
    const throat = sample(random, 32, 6.5 + (random() - 0.5) * 0.08 * drift, 0.005 + 0.03 * drift, 3);
    const length = sample(random, 10, 86.05 + (random() - 0.5) * 0.3 * (1 - system), 0.03 + 0.09 * (1 - skill), 2);
    const entries: Record<string, unknown>[] = [
      { criterion: 'nozzle-d', values: nozzle },
      { criterion: 'throat-d', values: throat },
      { criterion: 'overall-length', values: length },
      { criterion: 'leak-test', value: system > 0.35 || random() < 0.4 },
      system > 0.3
        ? { criterion: 'body-material-cert', status: 'approved', date: plusDays(auditDate, -Math.floor(random() * 420)) }
        : { criterion: 'body-material-cert', status: random() < 0.5 ? 'draft' : 'missing certificate' },
    ];
    if (system > 0.4) {
      entries.push({
        criterion: 'iso-9001',
        standard: random() < 0.1 ? 'IATF 16949' : 'ISO 9001:2015',
        expires: plusDays(auditDate, Math.floor(-60 + random() * 900)),
      });
    } else if (random() < 0.5) {
      entries.push({ criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: plusDays(auditDate, -Math.floor(30 + random() * 400)) });
    }
    entries.push(
      { criterion: 'op-training', points: points(skill + 0.2 * gaussian(random) * 0.5) },
      { criterion: 'machine-maintenance', points: points(machine * 0.7 + system * 0.3 + 0.1 * gaussian(random)) },
    );
    const ppm = 120 + 1400 * (1 - machine) * (1 - 0.5 * skill) + 300 * random();
    const received = 20_000 + Math.floor(random() * 40_000);
    entries.push(
      { criterion: 'defect-ppm', numerator: Math.round((ppm * received) / 1e6), denominator: received },
      { criterion: 'on-time-delivery', value: Math.min(100, 84 + 14 * system + 3 * gaussian(random)).toFixed(1) },
    );
    const kept = entries.filter(() => !(newcomer ? random() < 0.3 : random() < 0.004));
    // Every supplier's orifice air gauge qualifies (well under 10 % of the tolerance): the programme's gaps are elsewhere.
    kept.push({ criterion: 'nozzle-gauge', measurements: gaugeTable(gaugeRandom, { part: 0.005, repeat: 0.0002, operator: 0.0001 }) });
    suppliers.push({
      supplier: { id: `IKM-${String(i + 1).padStart(4, '0')}`, name, region },
      auditDate,
      profile: { id: 'pump-injector-jp250', version: '2026.1' },
      entries: kept,
    });
  }
  return suppliers;
}
