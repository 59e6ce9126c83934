import { describe, expect } from 'vitest';
import { defineProfile, evaluate, parseProfile } from '../../src/index.js';
import { processCapability } from '../../src/stats/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/**
 * Limits, as measured (see the final report of the change that added them): a million values and
 * ten thousand criteria are evaluated in a few seconds; beyond them the input is refused at once,
 * before any value or criterion is read.
 */
const MILLION = 1_000_000;

/** A million bore diameters around 6.5 mm, all within 6.45–6.55, as numbers or as texts. */
function millionValues(asText: boolean): (number | string)[] {
  return Array.from({ length: MILLION }, (_, i) => {
    const value = 6.5 + ((i % 1001) - 500) / 10_001;
    return asText ? value.toFixed(4) : value;
  });
}

const boreWith = (values: unknown, unit?: string) => evidenceWith('bore', { criterion: 'bore', values, ...(unit ? { unit } : {}) });

function profileWithCapability(): Json {
  const profile = goodProfile();
  profile.categories[0].criteria[0].capability = { min: '1.33', subgroupSize: 5 };
  return profile;
}

/** A profile with `count` criteria (checks, measurements, audit questions) in one category. */
function manyCriteria(count: number, categories = 1): Json {
  const kinds = (i: number): Json =>
    i % 3 === 0
      ? { kind: 'check', id: `k${i}`, title: `Check ${i}`, causeFamily: 'method' }
      : i % 3 === 1
        ? { kind: 'measurement', id: `k${i}`, title: `Diameter ${i}`, causeFamily: 'machine', unit: 'mm', nominal: '10', tolerance: '0.5' }
        : { kind: 'audit-question', id: `k${i}`, title: `Question ${i}`, causeFamily: 'method' };
  const per = Math.ceil(count / categories);
  return {
    ...goodProfile(),
    rules: [],
    categories: Array.from({ length: categories }, (_, c) => ({
      id: `c${c}`,
      title: `Category ${c}`,
      criteria: Array.from({ length: Math.min(per, count - c * per) }, (_, i) => kinds(c * per + i)),
    })),
  };
}

function evidenceForMany(count: number): Json {
  return {
    ...goodEvidence(),
    entries: Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? { criterion: `k${i}`, value: true } : i % 3 === 1 ? { criterion: `k${i}`, values: [10, 10.2, 9.9] } : { criterion: `k${i}`, points: 10 },
    ),
  };
}

const lots = (count: number, every = 0) =>
  Array.from({ length: count }, (_, i) => ({ lotSize: 1200, inspected: 80, nonconforming: every > 0 && i % every === every - 1 ? 3 : 0 }));

const entries: Entry[] = [
  evaluation('1,000,000 measured values (numbers) are evaluated', goodProfile(), () => boreWith(millionValues(false)), {
    decision: 'approved',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ n: MILLION, outOfSpec: 0, min: '6.45000499950005', max: '6.54999500049995' }),
  }),
  {
    ...evaluation('1,000,000 measured values given as texts are evaluated', goodProfile(), () => boreWith(millionValues(true)), {
      decision: 'approved',
      check: (e) => expect(e.criteria[0]?.found).toMatchObject({ n: MILLION, min: '6.45', max: '6.55' }),
    }),
    heavy: true,
  },
  { ...evaluation('1,000,000 measured values with a capability requirement (subgroups of 5)', profileWithCapability(), () => boreWith(millionValues(true)), { decision: ['approved', 'conditional', 'incomplete', 'rejected'] }), heavy: true },
  {
    ...evaluation('200,000 subgroups of 5 values (1,000,000 in all) are evaluated', profileWithCapability(), () => { const all = millionValues(false); return boreWith(Array.from({ length: 200_000 }, (_, g) => all.slice(g * 5, g * 5 + 5))); }, {
      decision: ['approved', 'conditional', 'incomplete', 'rejected'],
      check: (e) => expect(e.criteria[0]?.found).toMatchObject({ n: MILLION }),
    }),
    heavy: true,
  },
  { ...evaluation('1,000,000 values in inches are converted exactly and evaluated', goodProfile(), () => boreWith(millionValues(false).map((v) => Number(v) / 25.4), 'in'), { decision: 'approved' }), heavy: true, timeout: 120_000 },
  evaluation('1,000,001 measured values are refused at once', goodProfile(), () => boreWith([...millionValues(false), 6.5]), { refused: [['entries[0].values', 'too_many_values']] }),
  evaluation('subgroups holding 1,000,001 values in all are refused at once', goodProfile(), () => boreWith([...Array.from({ length: 1000 }, () => new Array(1000).fill(6.5)), [6.5, 6.5]]), {
    refused: [['entries[0].values', 'too_many_values']],
  }),
  { name: 'processCapability of 1,000,000 values', run: () => processCapability(millionValues(false), { lsl: '6.45', usl: '6.55' }).cpk, expected: { returns: (cpk) => expect(cpk).toBe('94.1033') } },

  evaluation('10,000 criteria in one category are evaluated', () => manyCriteria(10_000), () => evidenceForMany(10_000), {
    decision: 'approved',
    check: (e) => expect(e.criteria).toHaveLength(10_000),
  }),
  {
    ...evaluation('10,000 criteria in 1,000 categories are evaluated', () => manyCriteria(10_000, 1000), () => evidenceForMany(10_000), { decision: 'approved', check: (e) => expect(e.categories).toHaveLength(1000) }),
    heavy: true,
  },
  { name: '10,001 criteria are refused before any is read', run: () => defineProfile(manyCriteria(10_001, 2)), expected: { refused: [['categories', 'too_many_criteria']] } },
  {
    name: '1,000 categories of 10,000 criteria each (10,000,000) are refused at once',
    // Sparse lists: their length counts, though no criterion is in them.
    run: () => parseProfile({ ...goodProfile(), categories: Array.from({ length: 1000 }, (_, c) => ({ id: `c${c}`, title: 'c', criteria: new Array(10_000) })) }),
    expected: { returns: (r) => expect(r).toMatchObject({ success: false, error: { issues: [{ code: 'too_many_criteria', params: { count: 10_000_000 } }] } }) },
  },
  {
    ...evaluation(
      '1,000 rules each firing on 10,000 criteria are evaluated',
      () => ({ ...manyCriteria(10_000), rules: Array.from({ length: 1000 }, (_, r) => ({ id: `rule-${r}`, when: { type: 'criteria', status: ['pass'] }, then: { capDecision: 'conditional' } })) }),
      () => evidenceForMany(10_000),
      { decision: 'conditional', check: (e) => expect(e.rules).toHaveLength(1000) },
    ),
    heavy: true,
    timeout: 60_000,
  },
  evaluation('100,000 evidence entries (for unknown criteria) are warnings', goodProfile(), () => ({ ...goodEvidence(), entries: [...goodEvidence().entries, ...Array.from({ length: 99_993 }, (_, i) => ({ criterion: `other-${i}` }))] }), {
    decision: 'approved',
    check: (e) => expect(e.warnings).toHaveLength(99_993),
  }),
  evaluation('100,001 evidence entries are refused', goodProfile(), () => ({ ...goodEvidence(), entries: Array.from({ length: 100_001 }, (_, i) => ({ criterion: `other-${i}` })) }), { refused: [['entries', 'too_many_items']] }),

  evaluation('10,000 inspected lots under the switching rules are judged in one pass', goodProfile(), () => evidenceWith('incoming', { criterion: 'incoming', lots: lots(10_000, 13) }), {
    decision: ['conditional', 'approved'],
    check: (e) => expect(e.criteria.find((c) => c.id === 'incoming')?.found).toMatchObject({ judged: 10_000, accepted: 10_000 - Math.floor(10_000 / 13) }),
  }),
  evaluation('10,001 lots are refused', goodProfile(), evidenceWith('incoming', { criterion: 'incoming', lots: lots(10_001) }), { refused: [['entries[2].lots', 'too_many_items']] }),
  evaluation('1,000 results for one audit question are averaged', goodProfile(), evidenceWith('training', { criterion: 'training', results: new Array(1000).fill(10) }), { decision: 'approved' }),
  evaluation('a rule naming 10,001 criteria is refused', { ...goodProfile(), rules: [{ id: 'r', when: { type: 'criteria', criteria: Array.from({ length: 10_001 }, () => 'bore') }, then: { capGrade: 'B' } }] }, goodEvidence(), {
    refused: [['rules[0].when.criteria', 'too_many_items']],
  }),
];

describe('sizes', () => {
  runCatalogue(entries);
});
