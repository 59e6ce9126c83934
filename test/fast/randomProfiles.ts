import { mulberry32 } from '../../examples/link-and-match/generate.js';
import { toDecimal } from '../../src/decimal.js';
import type { CriterionInput, ProfileInput } from '../../src/index.js';

/**
 * Seeded random profiles using every criterion kind and option, every rule condition and effect,
 * odd weights and places, and random evidence for them, near limits on purpose: for checking that
 * the fast route gives exactly the exact route's evaluation.
 */

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number) => random() < p;
const FAMILIES = ['man', 'machine', 'method', 'material', 'measurement', 'environment'] as const;
const SEVERITIES = ['critical', 'major', 'minor'] as const;
const WEIGHTS = ['1', '1', '2', '3', '0.5', '0', '1.25', '7'];

function day(offset: number): string {
  return new Date(Date.UTC(2026, 5, 15 + offset)).toISOString().slice(0, 10);
}

function criterionAt(random: Random, id: string): CriterionInput {
  const base = { id, title: `Criterion ${id}`, causeFamily: pick(random, FAMILIES), severity: pick(random, SEVERITIES), weight: pick(random, WEIGHTS) };
  switch (pick(random, ['measurement', 'measurement', 'audit-question', 'audit-question', 'certificate', 'metric', 'metric', 'document', 'check', 'attribute-inspection'] as const)) {
    case 'measurement': {
      const subgroupSize = pick(random, [1, 1, 4]);
      const capability = chance(random, 0.4)
        ? {
            index: pick(random, ['cpk', 'ppk'] as const),
            min: pick(random, ['1.33', '1', '0.67']),
            minSamples: pick(random, [5, 20, 30]),
            subgroupSize,
            useLowerBound: chance(random, 0.2),
            ...(chance(random, 0.5) ? { partialFrom: '0.5' } : {}),
            ...(subgroupSize > 1 && chance(random, 0.4) ? { sigma: pick(random, ['rbar', 'sbar', 'pooled'] as const) } : {}),
          }
        : undefined;
      return {
        ...base,
        kind: 'measurement',
        unit: 'mm',
        ...(chance(random, 0.7) ? { nominal: '10.5', tolerance: pick(random, ['0.05', '0.1', '0.025']) } : chance(random, 0.5) ? { usl: '10.55' } : { lsl: '10.45', usl: '10.6' }),
        ...(chance(random, 0.3) ? { requiredShare: pick(random, ['95', '99.5']), ...(chance(random, 0.5) ? { partialFromShare: '80' } : {}) } : {}),
        ...(capability ? { capability } : {}),
      } as CriterionInput;
    }
    case 'audit-question':
      return {
        ...base,
        kind: 'audit-question',
        ...(chance(random, 0.2) ? { levels: [0, 1, 2, 3, 7] } : chance(random, 0.25) ? { passPoints: 8, failBelow: 6 } : {}),
        star: chance(random, 0.3),
        allowNotApplicable: chance(random, 0.7),
        ...(chance(random, 0.3) ? { element: pick(random, ['P5', 'P6']), subElement: pick(random, ['P6.3', 'P6.4']), perStep: chance(random, 0.5) } : {}),
      } as CriterionInput;
    case 'certificate':
      return { ...base, kind: 'certificate', standard: 'ISO 9001', alsoAccepted: ['IATF 16949'], ...(chance(random, 0.6) ? { minRemainingDays: 90, expiringScore: pick(random, ['50', '33.3', '0']) } : {}) } as CriterionInput;
    case 'metric': {
      const higher = chance(random, 0.5);
      const bands = chance(random, 0.3);
      return {
        ...base,
        kind: 'metric',
        unit: pick(random, ['%', 'ppm', 'days']),
        direction: higher ? 'higher-is-better' : 'lower-is-better',
        limit: higher ? '90' : '1000',
        ...(bands
          ? { bands: higher ? [{ bound: '98', score: '100' }, { bound: '94', score: '60' }, { bound: '90', score: '25.5' }] : [{ bound: '200', score: '100' }, { bound: '600', score: '40' }] }
          : chance(random, 0.8)
            ? { target: higher ? '98' : '200', scoreAtLimit: pick(random, ['0', '0', '20', '33.3']) }
            : {}),
      } as CriterionInput;
    }
    case 'document':
      return { ...base, kind: 'document', acceptedStatuses: ['approved', 'Released'], ...(chance(random, 0.6) ? { maxAgeDays: 365 } : {}) } as CriterionInput;
    case 'check':
      return { ...base, kind: 'check', expected: chance(random, 0.8) } as CriterionInput;
    case 'attribute-inspection':
      return { ...base, kind: 'attribute-inspection', aql: '1.0', inspection: pick(random, ['normal', 'switching'] as const) } as CriterionInput;
  }
}

/**
 * Returns a random profile: 1–4 categories of 1–6 criteria, random places, grades, decision settings
 * and rules of every condition type.
 *
 * @example
 * randomProfile(1).categories.length > 0
 * //=> true
 */
export function randomProfile(seed: number): ProfileInput {
  const random = mulberry32(seed);
  let next = 0;
  const categories = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => ({
    id: `cat-${k}`,
    title: `Category ${k}`,
    weight: pick(random, WEIGHTS.filter((w) => w !== '0')),
    ...(chance(random, 0.3) ? { minScore: pick(random, ['50', '62.5', '70']) } : {}),
    criteria: Array.from({ length: 1 + Math.floor(random() * 6) }, () => criterionAt(random, `c${next++}`)),
  }));
  // At least one positive weight per category.
  for (const category of categories) if (category.criteria.every((c) => c.weight === '0')) (category.criteria[0] as { weight: string }).weight = '2';
  const ids = categories.flatMap((c) => c.criteria.map((criterion) => criterion.id));
  const rules = Array.from({ length: Math.floor(random() * 4) }, (_, r) => {
    const then = chance(random, 0.45) ? { capGrade: 'B' } : chance(random, 0.8) ? { capDecision: pick(random, ['conditional', 'rejected'] as const) } : { incomplete: true };
    const type = pick(random, ['criteria', 'criteria', 'category-score', 'score', 'group'] as const);
    const extra = { ...(chance(random, 0.2) ? { scope: pick(random, categories).id } : {}), ...(chance(random, 0.2) ? { translations: { id: { title: 'Aturan' } } } : {}) };
    if (type === 'group') return { id: `rule-${r}`, ...extra, when: { type: 'group-score', levels: ['element', 'process-step'], below: '80', places: 0 }, then };
    if (type === 'category-score') return { id: `rule-${r}`, ...extra, when: { type, below: pick(random, ['60', '75.5']) }, then };
    if (type === 'score') return { id: `rule-${r}`, ...extra, when: { type, below: pick(random, ['55', '82.25']) }, then };
    return {
      id: `rule-${r}`,
      ...extra,
      when: {
        type,
        ...(chance(random, 0.5) ? { status: [pick(random, ['fail', 'partial', 'missing'] as const)] } : {}),
        ...(chance(random, 0.3) ? { severity: [pick(random, SEVERITIES)] } : {}),
        ...(chance(random, 0.3) ? { kind: [pick(random, ['audit-question', 'metric', 'measurement'] as const)] } : {}),
        ...(chance(random, 0.2) ? { causeFamily: [pick(random, FAMILIES)] } : {}),
        ...(chance(random, 0.2) ? { star: true } : {}),
        ...(chance(random, 0.3) ? { pointsAtMost: pick(random, [2, 4, 6]) } : {}),
        ...(chance(random, 0.3) ? { scoreBelow: pick(random, ['50', '62.5', '100']) } : {}),
        ...(chance(random, 0.2) ? { criteria: [pick(random, ids)] } : {}),
        ...(chance(random, 0.2) ? { categories: ['cat-0'] } : {}),
        atLeast: pick(random, [1, 1, 2]),
      },
      then,
    };
  });
  return {
    id: `random-${seed}`,
    version: '1',
    title: 'Random profile',
    component: { name: 'Part' },
    places: pick(random, [0, 1, 1, 2, 3]),
    categories,
    grades: chance(random, 0.5)
      ? [{ grade: 'A', min: '90' }, { grade: 'B', min: '75.5' }, { grade: 'C', min: '0' }]
      : [{ grade: 'A', min: '85', decision: 'approved' }, { grade: 'B', min: '70', decision: 'approved' }, { grade: 'C', min: '50', decision: 'conditional' }, { grade: 'D', min: '0', decision: 'rejected' }],
    decision: { missingEvidence: chance(random, 0.3) ? 'fail' : 'incomplete', belowCategoryMinimum: chance(random, 0.5) ? 'rejected' : 'conditional', reauditDays: 120 },
    rules,
  } as ProfileInput;
}

function measuredValue(random: Random): string | number {
  const near = pick(random, ['10.45', '10.55', '10.6', '10.475', '10.525', '10.5']);
  const roll = random();
  if (roll < 0.15) return near;
  if (roll < 0.25) return Number(near);
  if (roll < 0.3) return `${near}0000000000000000001`;
  return (10.5 + 0.06 * (random() - 0.5) * 2).toFixed(pick(random, [2, 3, 4]));
}

/**
 * Returns random evidence for a random profile: each criterion present, missing or not applicable,
 * values near limits, dates near their boundaries.
 *
 * @example
 * randomEvidence(randomProfile(1), 7).supplier.id
 * //=> 'S7'
 */
export function randomEvidence(profile: ProfileInput, seed: number): { supplier: { id: string; name: string }; auditDate: string; entries: unknown[] } {
  const random = mulberry32(seed * 7919 + 17);
  const entries: unknown[] = [];
  for (const category of profile.categories) {
    for (const c of category.criteria) {
      if (chance(random, 0.06)) continue;
      switch (c.kind) {
        case 'measurement': {
          const n = pick(random, [3, 12, 30, 40]);
          // Now and then in another unit: µm exactly, inches to 8 or 30 significant digits.
          const unit = pick(random, [undefined, undefined, undefined, 'µm', 'in'] as const);
          const digits = pick(random, [8, 30]);
          const inUnit = (v: string | number) => (unit === undefined ? v : unit === 'µm' ? toDecimal(v).times(1000).toFixed() : toDecimal(v).div('25.4').toSignificantDigits(digits).toFixed());
          const values = Array.from({ length: n }, () => inUnit(measuredValue(random)));
          const given = chance(random, 0.2) && n % 4 === 0 ? Array.from({ length: n / 4 }, (_, g) => values.slice(4 * g, 4 * g + 4)) : values;
          entries.push(unit === undefined ? { criterion: c.id, values: given } : { criterion: c.id, values: given, unit });
          break;
        }
        case 'audit-question': {
          const levels = c.levels ?? [0, 4, 6, 8, 10];
          if (c.allowNotApplicable !== false && chance(random, 0.1)) entries.push({ criterion: c.id, notApplicable: true, reason: 'no series yet' });
          else if (chance(random, 0.3)) entries.push({ criterion: c.id, results: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, levels)) });
          else entries.push({ criterion: c.id, points: pick(random, levels) });
          break;
        }
        case 'certificate':
          entries.push({ criterion: c.id, standard: pick(random, ['ISO 9001:2015', 'iso 9001', 'IATF 16949', 'ISO 14001']), expires: day(pick(random, [-1, 0, 1, 89, 90, 91, 400])) });
          break;
        case 'metric': {
          const higher = c.direction === 'higher-is-better';
          if (!higher && chance(random, 0.4)) {
            const denominator = pick(random, [1000, 48000, 3, 20000]);
            entries.push({ criterion: c.id, numerator: Math.floor(random() * denominator * 0.0015), denominator });
          } else {
            const near = higher ? pick(random, ['90', '94', '98', '96.5', '89.9']) : pick(random, ['1000', '200', '600', '999.99', '350']);
            entries.push({ criterion: c.id, value: chance(random, 0.5) ? near : Number(near) + (random() - 0.5) * (higher ? 4 : 200) });
          }
          break;
        }
        case 'document':
          entries.push({ criterion: c.id, status: pick(random, ['approved', ' APPROVED ', 'released', 'draft']), ...(chance(random, 0.8) ? { date: day(-pick(random, [0, 364, 365, 366, 10])) } : {}) });
          break;
        case 'check':
          entries.push({ criterion: c.id, value: chance(random, 0.7) });
          break;
        case 'attribute-inspection':
          // Lots of 50, 1,200 and 10,000 (sample sizes 8, 80 and 200 on normal inspection), now and
          // then too few units inspected, enough lots for the switching rules to tighten or stop.
          entries.push({
            criterion: c.id,
            lots: Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
              const [lotSize, sample] = pick(random, [[50, 8], [1200, 80], [10000, 200]] as const);
              return { lotSize, inspected: chance(random, 0.05) ? 5 : sample, nonconforming: pick(random, [0, 0, 0, 0, 1, 2, 3, 5]) };
            }),
          });
          break;
      }
    }
  }
  return { supplier: { id: `S${seed}`, name: `Supplier ${seed}` }, auditDate: day(0), entries };
}
