import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { samplingPlan } from '../../src/sampling/samplingPlan.js';
import type { Edition, Inspection, InspectionLevel, SamplingPlanRequest } from '../../src/sampling/schemas.js';

const ANSI: Edition = 'ANSI/ASQ Z1.4-2003';

type Row = readonly [
  lotSize: number,
  level: InspectionLevel,
  aql: string,
  inspection: Inspection,
  codeLetter: string,
  expected: string, // planLetter arrow n:Ac/Re, e.g. 'K↓125:1/2'; n is the inspected count
];

// Expected values read from ISO 2859-1:1999 Tables 1, 2-A, 2-B and ANSI/ASQ Z1.4-2003 Table II-C.
const LOOKUPS: readonly Row[] = [
  // normal
  [1200, 'II', '1.0', 'normal', 'J', 'J 80:2/3'],
  [1200, 'II', '0.40', 'normal', 'J', 'K↓125:1/2'],
  [1200, 'II', '0.25', 'normal', 'J', 'H↑50:0/1'],
  [1200, 'II', '2.5', 'normal', 'J', 'J 80:5/6'],
  [50, 'II', '6.5', 'normal', 'D', 'D 8:1/2'],
  [90, 'II', '1.5', 'normal', 'E', 'D↑8:0/1'],
  [3201, 'II', '4.0', 'normal', 'L', 'L 200:14/15'],
  [10001, 'I', '2.5', 'normal', 'K', 'K 125:7/8'],
  [500, 'S-1', '0.65', 'normal', 'B', 'F↓20:0/1'],
  [200000, 'III', '0.025', 'normal', 'Q', 'R↓2000:1/2'],
  [600000, 'III', '0.025', 'normal', 'R', 'R 2000:1/2'],
  [600000, 'III', '0.015', 'normal', 'R', 'P↑800:0/1'], // edge case: normal 0.015, R → P
  [600000, 'III', '0.010', 'normal', 'R', 'Q↑1250:0/1'],
  [600000, 'III', '1.0', 'normal', 'R', 'Q↑1250:21/22'],
  [600000, 'III', '10', 'normal', 'R', 'K↑125:21/22'],
  [5000, 'II', '10', 'normal', 'L', 'K↑125:21/22'],
  // tightened
  [200000, 'III', '0.025', 'tightened', 'Q', 'S↓3150:1/2'], // edge case: tightened 0.025, Q → S
  [600000, 'III', '0.025', 'tightened', 'R', 'S↓3150:1/2'], // edge case: tightened 0.025, R → S
  [600000, 'III', '0.015', 'tightened', 'R', 'Q↑1250:0/1'],
  [600000, 'III', '0.010', 'tightened', 'R', 'R 2000:0/1'],
  [1200, 'II', '1.0', 'tightened', 'J', 'J 80:1/2'],
  [1200, 'II', '0.65', 'tightened', 'J', 'K↓125:1/2'],
  [1200, 'II', '0.40', 'tightened', 'J', 'L↓200:1/2'],
  [400, 'II', '10', 'tightened', 'H', 'H 50:8/9'],
  [5000, 'II', '10', 'tightened', 'L', 'K↑125:18/19'],
  [10, 'II', '6.5', 'tightened', 'B', 'B 3:0/1'],
  [35000, 'II', '1.5', 'tightened', 'M', 'M 315:8/9'],
  // reduced, ANSI/ASQ Z1.4 (MIL-STD-105E) with gaps
  [600000, 'III', '0.015', 'reduced', 'R', 'P↑315:0/1'], // edge case: reduced 0.015, R → 315
  [125, 'III', '1.0', 'reduced', 'G', 'H↓20:0/2'], // ANSI example: G at 1.0 → H, n 20, Ac 0, Re 2
  [1200, 'II', '1.0', 'reduced', 'J', 'J 32:1/3'],
  [3000, 'II', '10', 'reduced', 'K', 'K 50:10/13'],
  [5000, 'II', '10', 'reduced', 'L', 'K↑50:10/13'],
  [20, 'III', '2.5', 'reduced', 'D', 'C↑2:0/1'],
  [20, 'II', '6.5', 'reduced', 'C', 'D↓3:0/2'],
  [200000, 'III', '0.025', 'reduced', 'Q', 'R↓800:0/2'],
  [1200, 'II', '4.0', 'reduced', 'J', 'J 32:3/6'],
];

function summary(p: ReturnType<typeof samplingPlan>): string {
  const arrow = p.arrow === 'down' ? '↓' : p.arrow === 'up' ? '↑' : ' ';
  return `${p.planLetter}${arrow}${p.sampleSize}:${p.acceptanceNumber}/${p.rejectionNumber}`;
}

describe('samplingPlan: lookups', () => {
  it('has at least 30 specific lookups over the three severities', () => {
    expect(LOOKUPS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(LOOKUPS.map((r) => r[3]))).toEqual(new Set(['normal', 'tightened', 'reduced']));
  });

  it.each(LOOKUPS)('lot %i, level %s, AQL %s, %s → %s, %s', (lotSize, level, aql, inspection, codeLetter, expected) => {
    const edition = inspection === 'reduced' ? ANSI : undefined;
    const plan = samplingPlan({ lotSize, level, aql, inspection, ...(edition ? { edition } : {}) });
    expect(plan.codeLetter).toBe(codeLetter);
    expect(summary(plan)).toBe(expected);
    expect(plan.hundredPercent).toBe(false);
  });

  it('returns the whole plain JSON object for the worked example', () => {
    const plan = samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II' });
    expect(plan).toEqual({
      edition: 'ISO 2859-1:1999',
      inspection: 'normal',
      level: 'II',
      lotSize: 1200,
      aql: '1',
      codeLetter: 'J',
      planLetter: 'J',
      tableSampleSize: 80,
      sampleSize: 80,
      acceptanceNumber: 2,
      rejectionNumber: 3,
      arrow: 'none',
      hundredPercent: false,
      explanation:
        'Lot 1,200 at level II gives code letter J; normal inspection at AQL 1.0: inspect 80, accept with 2 or fewer nonconforming, reject with 3 or more.',
    });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('explains an arrow and the gap of an ANSI reduced plan', () => {
    expect(samplingPlan({ lotSize: 1200, aql: 0.4, level: 'II' }).explanation).toBe(
      'Lot 1,200 at level II gives code letter J; normal inspection at AQL 0.40, following the arrow down to letter K: inspect 125, accept with 1 or fewer nonconforming, reject with 2 or more.',
    );
    const reduced = samplingPlan({ lotSize: 125, aql: 1, level: 'III', inspection: 'reduced', edition: ANSI });
    expect(reduced.edition).toBe(ANSI);
    expect(reduced.explanation).toBe(
      'Lot 125 at level III gives code letter G; reduced inspection at AQL 1.0, following the arrow down to letter H: inspect 20, accept only with 0 nonconforming, reject with 2 or more; 1 nonconforming accepts the lot but reinstates normal inspection.',
    );
    expect(samplingPlan({ lotSize: 1200, aql: 4, level: 'II', inspection: 'reduced', edition: ANSI }).explanation).toContain(
      'accept with 3 or fewer nonconforming, reject with 6 or more; 4 or 5 nonconforming accept the lot but reinstate normal inspection.',
    );
  });
});

describe('samplingPlan: ISO 2859-1:1999 figures for lots of 35,001 to 500,000, normal inspection', () => {
  // Jenkins, Peck and Fernando (2023), PLOS One: published n and Ac/Re.
  it.each([
    ['S-4', '0.65', 'J', 80, 1, 2],
    ['S-3', '0.65', 'G', 20, 0, 1],
    ['S-4', '0.40', 'J', 125, 1, 2],
    ['S-3', '0.40', 'G', 32, 0, 1],
    ['S-4', '0.25', 'J', 50, 0, 1],
    ['S-4', '0.15', 'J', 80, 0, 1],
  ] as const)('level %s at AQL %s: code %s, n %i, Ac %i, Re %i', (level, aql, code, n, ac, re) => {
    for (const lotSize of [35001, 100000, 500000]) {
      const plan = samplingPlan({ lotSize, level, aql });
      expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual([code, n, ac, re]);
    }
  });
});

describe('samplingPlan: 100 % inspection when the sample is not smaller than the lot', () => {
  it.each([
    // lotSize, level, aql, inspection, tableSampleSize, Ac, Re
    [1200, 'II', '0.010', 'normal', 1250, 0, 1],
    [5, 'II', '10', 'normal', 5, 1, 2],
    [2, 'III', '6.5', 'normal', 2, 0, 1],
    [2, 'II', '0.010', 'normal', 1250, 0, 1],
    [10, 'II', '0.65', 'normal', 20, 0, 1],
    [5, 'II', '10', 'tightened', 8, 1, 2],
    [100, 'II', '0.10', 'tightened', 200, 0, 1],
    [1000, 'II', '0.010', 'tightened', 2000, 0, 1],
    [15, 'II', '0.25', 'reduced', 20, 0, 1],
  ] as const)('lot %i, %s, AQL %s, %s: inspect the whole lot, Ac/Re as printed', (lotSize, level, aql, inspection, n, ac, re) => {
    const plan = samplingPlan({ lotSize, level, aql, inspection, edition: ANSI });
    expect(plan.hundredPercent).toBe(true);
    expect(plan.sampleSize).toBe(lotSize);
    expect(plan.tableSampleSize).toBe(n);
    expect([plan.acceptanceNumber, plan.rejectionNumber]).toEqual([ac, re]);
    expect(plan.explanation).toContain(`inspect all ${lotSize.toLocaleString('en-US')} units (100 % inspection)`);
  });

  it('is not 100 % when the sample is one unit smaller than the lot', () => {
    const plan = samplingPlan({ lotSize: 81, aql: '1.0', level: 'II' }); // E, n 13
    expect(plan.hundredPercent).toBe(false);
    const edge = samplingPlan({ lotSize: 1251, aql: '0.010', level: 'II' }); // K ↓ Q, n 1250
    expect([edge.hundredPercent, edge.sampleSize]).toEqual([false, 1250]);
  });
});

describe('samplingPlan: AQL and editions', () => {
  it.each([1, '1', '1.0', '1.00', ' 1.0 ', '1e0'])('matches AQL %j to the column 1.0 by decimal value', (aql) => {
    const plan = samplingPlan({ lotSize: 1200, aql, level: 'II' });
    expect([plan.aql, plan.acceptanceNumber]).toEqual(['1', 2]);
  });

  it('writes the AQL as a canonical decimal string', () => {
    expect(samplingPlan({ lotSize: 1200, aql: '0.010', level: 'II' }).aql).toBe('0.01');
    expect(samplingPlan({ lotSize: 1200, aql: 0.65, level: 'II' }).aql).toBe('0.65');
    expect(samplingPlan({ lotSize: 1200, aql: '10', level: 'II' }).aql).toBe('10');
  });

  it('gives the same normal and tightened plans in both editions', () => {
    for (const inspection of ['normal', 'tightened'] as const) {
      for (const aql of ['0.015', '0.65', '2.5', '10']) {
        for (const lotSize of [3, 100, 1200, 40000, 600000]) {
          const iso = samplingPlan({ lotSize, aql, level: 'II', inspection });
          const ansi = samplingPlan({ lotSize, aql, level: 'II', inspection, edition: ANSI });
          expect({ ...ansi, edition: iso.edition }).toEqual(iso);
          expect(ansi.edition).toBe(ANSI);
        }
      }
    }
  });

  it('defaults to normal inspection and ISO 2859-1:1999', () => {
    const plan = samplingPlan({ lotSize: 500, aql: '1.5', level: 'I' });
    expect([plan.inspection, plan.edition]).toEqual(['normal', 'ISO 2859-1:1999']);
  });
});

function issuesOf(request: unknown): [string, string][] {
  try {
    samplingPlan(request as SamplingPlanRequest);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => [i.path, i.code]);
  }
  throw new Error('expected a ValidationError');
}

describe('samplingPlan: refusals', () => {
  it('refuses ISO 2859-1:1999 reduced inspection, naming the reason, in both languages', () => {
    try {
      samplingPlan({ lotSize: 125, aql: 1, level: 'III', inspection: 'reduced' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const [issue] = (e as ValidationError).issues;
      expect(issue?.code).toBe('edition_not_shipped');
      expect(issue?.message).toBe(
        'Reduced inspection plans of ISO 2859-1:1999 are not shipped: that edition\'s table could not be verified against the standard (its reduced plans have no gap between Ac and Re, so they differ from the ANSI/ASQ Z1.4 plans shipped here). Use edition "ANSI/ASQ Z1.4-2003" or another severity.',
      );
      expect(issue?.messageId).toContain('Rencana inspeksi dikurangi menurut ISO 2859-1:1999 tidak disediakan');
    }
  });

  it.each([
    [0.3, 'aql_not_in_table'],
    ['0.3', 'aql_not_in_table'],
    ['15', 'aql_not_in_table'],
    [0, 'aql_not_in_table'],
    [-1, 'aql_not_in_table'],
    ['one', 'invalid_decimal'],
    ['', 'invalid_decimal'],
    [Number.NaN, 'invalid_decimal'],
    [null, 'invalid_type'],
    [undefined, 'required'],
  ])('refuses AQL %j with %s', (aql, code) => {
    expect(issuesOf({ lotSize: 1200, aql, level: 'II' })).toEqual([['aql', code]]);
  });

  it('lists the columns when the AQL is not in the table', () => {
    try {
      samplingPlan({ lotSize: 1200, aql: '0.3', level: 'II' });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]?.message).toBe(
        'AQL 0.3 is not a column of the sampling tables; use one of: 0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10.',
      );
    }
  });

  it.each([
    [1, 'too_small'],
    [0, 'too_small'],
    [-3, 'too_small'],
    [2.5, 'not_integer'],
    [1200.0001, 'not_integer'],
    ['1200', 'invalid_type'],
    [Number.POSITIVE_INFINITY, 'invalid_type'],
    [undefined, 'required'],
  ])('refuses lot size %j with %s', (lotSize, code) => {
    expect(issuesOf({ lotSize, aql: '1.0', level: 'II' })).toEqual([['lotSize', code]]);
  });

  it('refuses an unknown level, severity, edition or field, and lists every problem at once', () => {
    expect(
      issuesOf({ lotSize: 1, aql: '0.3', level: 'IV', inspection: 'strict', edition: 'ISO 2859-1:2023', lot: 5 }),
    ).toEqual([
      ['lot', 'unrecognized_key'],
      ['lotSize', 'too_small'],
      ['aql', 'aql_not_in_table'],
      ['level', 'invalid_value'],
      ['inspection', 'invalid_value'],
      ['edition', 'invalid_value'],
    ]);
  });

  it('refuses a request that is not an object', () => {
    expect(issuesOf(null)).toEqual([['(root)', 'invalid_type']]);
    expect(issuesOf([1200, '1.0', 'II'])).toEqual([['(root)', 'invalid_type']]);
  });
});
