import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/dates/addCalendarDays.js';
import { ValidationError } from '../../src/errors/index.js';
import { evaluate, evaluateMatched } from '../../src/evaluate.js';
import { pathToPass, type PathPlan } from '../../src/gaps/pathToPass.js';
import { rescorer } from '../../src/gaps/rescore.js';
import { matchEvidence } from '../../src/parse/parseEvidence.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { evidenceSchema } from '../../src/schema/evidence.js';
import type { Profile } from '../../src/schema/profile.js';
import type { Decision, Evaluation } from '../../src/scoring/evaluation.js';
import { majuJaya, pumpProfile, sumberLogam, injektorPresisi, withMet } from './fixtures.js';
import { depth } from '../depth.js';
import { pathToPassReference } from '../oracle/pathToPassReference.js';
import { generatedCase, generatedVdaCase } from './generatedProfiles.js';

const RANK: Record<Decision, number> = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('pathToPass on the pump-injector suppliers', () => {
  it('lists the knock-outs first, then the cheapest gaps that lift a rejected supplier to conditional', () => {
    const path = pathToPass(pumpProfile, evaluate(pumpProfile, sumberLogam));
    expect([path.decision, path.score, path.grade]).toEqual(['rejected', '22.7', 'C']);
    const next = path.next as PathPlan;
    expect(next.target).toBe('conditional');
    expect(next.reachable).toBe(true);
    expect(next.optimal).toBe(true);
    // Machine maintenance at 0 points holds P6 at 20 % (VDA 6.3: C below 70 %), so it is closed early.
    expect(next.criteria).toEqual(['throat-d', 'leak-test', 'machine-maintenance', 'body-material-cert', 'defect-ppm', 'op-training']);
    expect(next.steps.map((s) => [s.criterion, s.pointsGained, s.score, s.grade, s.decision])).toEqual([
      ['throat-d', '14.8', '37.5', 'C', 'rejected'],
      ['leak-test', '9.9', '47.4', 'C', 'rejected'],
      ['machine-maintenance', '7.4', '54.8', 'C', 'rejected'],
      ['body-material-cert', '11.1', '65.9', 'C', 'rejected'],
      ['defect-ppm', '11.1', '77', 'C', 'rejected'],
      ['op-training', '4.5', '81.5', 'B', 'conditional'],
    ]);
    expect(next.steps[0]?.impact).toBe('knock-out');
    expect(next.steps[0]?.explanation).toBe('Close throat-d (+14.8): score 37.5, grade C, rejected.');
    expect([next.score, next.grade, next.decision, next.pointsGained]).toEqual(['81.5', 'B', 'conditional', '58.8']);
    expect(next.effort).toEqual({ days: '78', costs: [{ currency: 'IDR', amount: '51000000' }], unestimated: [] });
    expect(next.explanation).toBe(
      'To reach conditional: 6 gaps to close (throat-d, leak-test, machine-maintenance, body-material-cert, defect-ppm, op-training); then score 81.5, grade B, conditional.',
    );
  });

  it('continues the same steps to approval', () => {
    const approval = pathToPass(pumpProfile, evaluate(pumpProfile, sumberLogam)).approval as PathPlan;
    expect(approval.target).toBe('approved');
    expect(approval.criteria).toEqual([
      'throat-d',
      'leak-test',
      'machine-maintenance',
      'body-material-cert',
      'defect-ppm',
      'op-training',
      'on-time-delivery',
    ]);
    expect(approval.steps.at(-1)).toMatchObject({ criterion: 'on-time-delivery', score: '92.6', grade: 'A', decision: 'approved' });
    expect(approval.effort.costs).toEqual([{ currency: 'IDR', amount: '59000000' }]);
  });

  it('gives one plan for a conditional supplier and none for an approved one', () => {
    const path = pathToPass(pumpProfile, evaluate(pumpProfile, majuJaya));
    expect(path.next).toBe(path.approval);
    // On-time delivery alone would reach 90.1, but VDA 6.3 holds the grade at B while P6 is at 70 % and
    // E_U3 at 60 %: training first (89.6, B), then maintenance (91.1, A).
    expect(path.next?.criteria).toEqual(['op-training', 'machine-maintenance']);
    expect(path.next?.steps.map((s) => [s.criterion, s.pointsGained, s.score, s.grade, s.decision])).toEqual([
      ['op-training', '3', '89.6', 'B', 'conditional'],
      ['machine-maintenance', '1.5', '91.1', 'A', 'approved'],
    ]);
    const approved = pathToPass(pumpProfile, evaluate(pumpProfile, injektorPresisi));
    expect([approved.next, approved.approval]).toEqual([null, null]);
  });

  it('is reached by evaluating evidence that really meets the listed criteria', () => {
    for (const evidence of [sumberLogam, majuJaya]) {
      const path = pathToPass(pumpProfile, evaluate(pumpProfile, evidence));
      for (const plan of [path.next, path.approval]) {
        const again = evaluate(pumpProfile, withMet(pumpProfile, evidence, plan!.criteria));
        expect([again.score, again.grade, again.decision]).toEqual([plan!.score, plan!.grade, plan!.decision]);
      }
    }
  });

  it('works the same on an evaluation read back from JSON', () => {
    const evaluation = evaluate(pumpProfile, sumberLogam);
    expect(pathToPass(pumpProfile, json(evaluation))).toEqual(pathToPass(pumpProfile, evaluation));
    expect(pathToPass(json(pumpProfile), json(evaluation))).toEqual(pathToPass(pumpProfile, evaluation));
  });
});

describe('pathToPass with missing evidence', () => {
  it('starts from an incomplete decision and provides the missing evidence', () => {
    const evidence = { ...majuJaya, entries: majuJaya.entries.filter((e) => e.criterion !== 'body-material-cert' && e.criterion !== 'op-training') };
    const evaluation = evaluate(pumpProfile, evidence);
    expect(evaluation.decision).toBe('incomplete');
    const path = pathToPass(pumpProfile, evaluation);
    const next = path.next as PathPlan;
    expect(next.target).toBe('conditional');
    expect(next.criteria).toEqual(expect.arrayContaining(['body-material-cert', 'op-training']));
    expect(next.steps.filter((s) => s.action === 'provide-evidence').map((s) => s.criterion).sort()).toEqual(['body-material-cert', 'op-training']);
    expect(next.steps.find((s) => s.criterion === 'op-training')?.explanation).toMatch(/^Provide evidence that op-training is met/);
    const again = evaluate(pumpProfile, withMet(pumpProfile, evidence, next.criteria));
    expect(again.decision).toBe(next.decision);
    expect(RANK[again.decision]).toBeLessThanOrEqual(RANK.conditional);
  });
});

/** A one-category profile of metrics scored linearly 0–100 (score = value), rounded to whole points. */
function thirdsProfile(efforts: Record<string, number | { days?: number; cost?: number } | undefined>): Profile {
  return defineProfile({
    id: 'rounding',
    version: '1',
    title: 'Rounding',
    component: { name: 'Part' },
    places: 0,
    categories: [
      {
        id: 'all',
        title: 'All',
        criteria: ['s1', 's2', 's3'].map((id) => ({
          kind: 'metric',
          id,
          title: id,
          causeFamily: 'method',
          direction: 'higher-is-better',
          limit: 0,
          target: 100,
          ...(typeof efforts[id] === 'number' ? { effort: { days: efforts[id], cost: efforts[id], currency: 'IDR' } } : {}),
          ...(typeof efforts[id] === 'object' ? { effort: { ...(efforts[id] as object), currency: 'IDR' } } : {}),
        })),
      },
    ],
  });
}
const thirdsEvidence = {
  supplier: { id: 's', name: 'S' },
  auditDate: '2026-11-20',
  entries: [
    { criterion: 's1', value: '97.6' },
    { criterion: 's2', value: '69.1' },
    { criterion: 's3', value: '69.1' },
  ],
};

describe('pathToPass does not trust rounded points', () => {
  it('keeps the exact scores in the evaluation where rounding changed them', () => {
    const evaluation = evaluate(thirdsProfile({}), thirdsEvidence);
    // 78.6 shown as 79; s1 loses 0.8 shown as 1: adding shown points would promise 80.
    expect(evaluation.score).toBe('79');
    expect(evaluation.criteria.map((c) => [c.score, c.exactScore, c.pointsLost])).toEqual([
      ['98', '97.6', '1'],
      ['69', '69.1', '10'],
      ['69', '69.1', '10'],
    ]);
  });

  it('chooses a gap that really reaches the threshold, even when a cheaper one seems to by rounded points', () => {
    const profile = thirdsProfile({ s1: 1, s2: 5, s3: 9 });
    const path = pathToPass(profile, json(evaluate(profile, thirdsEvidence)));
    expect(path.next?.criteria).toEqual(['s2']);
    expect([path.next?.score, path.next?.decision]).toEqual(['89', 'conditional']);
    // Closing s1 alone gives 79.4, still rejected.
    expect(evaluate(profile, withMet(profile, thirdsEvidence, ['s1'])).decision).toBe('rejected');
    expect(evaluate(profile, withMet(profile, thirdsEvidence, ['s2'])).score).toBe('89');
  });

  it('prefers the fewest gaps, then the lowest cost, then the fewest days, else the most points', () => {
    const cheapS3 = thirdsProfile({ s1: 1, s2: 9, s3: 5 });
    expect(pathToPass(cheapS3, evaluate(cheapS3, thirdsEvidence)).next?.criteria).toEqual(['s3']);
    const costOrDays = thirdsProfile({ s1: 1, s2: { cost: 5, days: 9 }, s3: { cost: 9, days: 5 } });
    expect(pathToPass(costOrDays, evaluate(costOrDays, thirdsEvidence)).next?.criteria).toEqual(['s2']);
    expect(pathToPass(costOrDays, evaluate(costOrDays, thirdsEvidence), { prefer: 'days' }).next?.criteria).toEqual(['s3']);
    const unestimated = thirdsProfile({ s1: 1, s2: undefined, s3: 100 });
    const plan = pathToPass(unestimated, evaluate(unestimated, thirdsEvidence)).next;
    expect(plan?.criteria).toEqual(['s3']);
    expect(plan?.effort).toEqual({ days: '100', costs: [{ currency: 'IDR', amount: '100' }], unestimated: [] });
    const noEffort = thirdsProfile({});
    const evidence = { ...thirdsEvidence, entries: [thirdsEvidence.entries[0], { criterion: 's2', value: '69.1' }, { criterion: 's3', value: '69' }] };
    expect(pathToPass(noEffort, evaluate(noEffort, evidence)).next?.criteria).toEqual(['s3']);
  });

  it('refuses an evaluation that is not of the profile or was changed', () => {
    const profile = thirdsProfile({});
    const evaluation = evaluate(profile, thirdsEvidence);
    expect(() => pathToPass(pumpProfile, evaluation)).toThrow(ValidationError);
    try {
      pathToPass(profile, { ...evaluation, score: '85', grade: 'B', decision: 'conditional' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.code)).toEqual(['evaluation_not_reproduced']);
      expect((error as ValidationError).issues[0]?.message).toMatch(/^Scoring the recorded results again gives 79 \(grade C, rejected\), not the recorded 85/);
    }
    try {
      pathToPass(profile, { ...evaluation, criteria: evaluation.criteria.slice(1) });
      expect.unreachable();
    } catch (error) {
      // A criterion removed: its gap now names a criterion the evaluation does not have.
      expect((error as ValidationError).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['gaps[2].criterion unknown_criterion']);
    }
    try {
      pathToPass(profile, { decision: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.some((i) => i.path === 'decision' && i.code === 'invalid_value')).toBe(true);
    }
  });
});

describe('pathToPass with rules', () => {
  const days = (d: number) => ({ effort: { days: d } });
  const profile = defineProfile({
    id: 'rules',
    version: '1',
    title: 'Rules',
    component: { name: 'Part' },
    categories: [
      {
        id: 'people',
        title: 'People',
        minScore: 60,
        criteria: [
          { kind: 'audit-question', id: 'q1', title: 'Q1', causeFamily: 'man', star: true, ...days(1) },
          { kind: 'audit-question', id: 'q2', title: 'Q2', causeFamily: 'man', ...days(1) },
        ],
      },
      {
        id: 'machines',
        title: 'Machines',
        criteria: [
          { kind: 'check', id: 'm1', title: 'M1', causeFamily: 'machine', ...days(10) },
          { kind: 'check', id: 'm2', title: 'M2', causeFamily: 'machine', ...days(10) },
          { kind: 'check', id: 'm3', title: 'M3', causeFamily: 'machine', ...days(10) },
        ],
      },
    ],
    rules: [
      { id: 'star-at-most-4', when: { type: 'criteria', star: true, pointsAtMost: 4 }, then: { capGrade: 'B' } },
      { id: 'two-machine-fails', when: { type: 'criteria', causeFamily: ['machine'], status: ['fail'], atLeast: 2 }, then: { capDecision: 'rejected' } },
    ],
  });
  const evidence = {
    supplier: { id: 'r', name: 'R' },
    auditDate: '2026-11-20',
    entries: [
      { criterion: 'q1', points: 4 },
      { criterion: 'q2', points: 10 },
      { criterion: 'm1', value: false },
      { criterion: 'm2', value: false },
      { criterion: 'm3', value: false },
    ],
  };

  it('names what each gap triggers', () => {
    const evaluation = evaluate(profile, evidence);
    expect([evaluation.score, evaluation.grade, evaluation.decision]).toEqual(['35', 'C', 'rejected']);
    expect(evaluation.gaps.map((g) => [g.criterion, g.impact, g.rules, g.capDecision ?? null, g.capGrade ?? null])).toEqual([
      ['m1', 'rule', ['two-machine-fails'], 'rejected', null],
      ['m2', 'rule', ['two-machine-fails'], 'rejected', null],
      ['m3', 'rule', ['two-machine-fails'], 'rejected', null],
      ['q1', 'rule', ['star-at-most-4'], null, 'B'],
    ]);
  });

  it('closes just enough gaps to stop a rule with a count, and every gap of a rule capping below the target', () => {
    const path = pathToPass(profile, evaluate(profile, evidence));
    // Three gaps are needed either way; two machine checks and the cheap star question cost 21 days, three machine checks 30.
    expect(path.next?.criteria).toEqual(['m1', 'm2', 'q1']);
    expect([path.next?.score, path.next?.grade, path.next?.decision]).toEqual(['83.3', 'B', 'conditional']);
    expect(path.next?.effort.days).toBe('21');
    // Approval needs the star question (its rule caps the grade at B) and all the points.
    expect(path.approval?.criteria).toEqual(['m1', 'm2', 'q1', 'm3']);
    expect(path.approval?.decision).toBe('approved');
    for (const plan of [path.next!, path.approval!]) {
      expect(evaluate(profile, withMet(profile, evidence, plan.criteria)).decision).toBe(plan.decision);
    }
  });

});

describe('pathToPass when closing every gap is not enough', () => {
  it('says so and lists every gap', () => {
    const profile = defineProfile({
      id: 'low-pass',
      version: '1',
      title: 'Low pass level',
      component: { name: 'Part' },
      categories: [
        {
          id: 'all',
          title: 'All',
          criteria: [
            { kind: 'audit-question', id: 'q1', title: 'Q1', causeFamily: 'man', passPoints: 6 },
            { kind: 'check', id: 'c1', title: 'C1', causeFamily: 'method' },
          ],
        },
      ],
    });
    const evaluation = evaluate(profile, { supplier: { id: 'x', name: 'X' }, auditDate: '2026-11-20', entries: [{ criterion: 'q1', points: 6 }, { criterion: 'c1', value: false }] });
    expect(evaluation.gaps.map((g) => g.criterion)).toEqual(['c1']);
    const path = pathToPass(profile, evaluation);
    expect(path.next).toMatchObject({ reachable: true, criteria: ['c1'], score: '80', decision: 'conditional' });
    expect(path.approval).toMatchObject({ reachable: false, criteria: ['c1'], score: '80', decision: 'conditional' });
    expect(path.approval?.explanation).toBe('approved cannot be reached by closing gaps alone: with all 1 closed, score 80, grade B, conditional.');
  });
});

// ------------------------------------------------------------------------------------------------
// Property: on many generated suppliers, every promised decision is reached by evaluating evidence
// that really meets the listed criteria, and no smaller set of gaps reaches it.

const at = '2026-11-20';
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 9, nil: undefined });
const millis = (min: number, max: number, n: [number, number]) =>
  fc.array(fc.integer({ min, max }), { minLength: n[0], maxLength: n[1] }).map((values) => values.map((v) => (v / 1000).toFixed(3)));
const evidenceArb = fc
  .record({
    nozzle: maybe(millis(3175, 3225, [3, 12])),
    throat: maybe(millis(6440, 6560, [3, 12])),
    length: maybe(millis(85750, 86350, [3, 8])),
    leak: maybe(fc.boolean()),
    material: maybe(fc.record({ status: fc.constantFrom('approved', 'approved', 'draft'), age: fc.integer({ min: 0, max: 500 }) })),
    iso: maybe(fc.integer({ min: -200, max: 900 })),
    training: maybe(fc.constantFrom(0, 4, 6, 8, 10, 10)),
    maintenance: maybe(fc.constantFrom(0, 4, 6, 8, 10, 10)),
    ppm: maybe(fc.integer({ min: 0, max: 1500 })),
    otd: maybe(fc.integer({ min: 850, max: 1000 })),
  })
  .map((g) => ({
    supplier: { id: 'gen', name: 'Generated' },
    auditDate: at,
    entries: ([
      g.nozzle && { criterion: 'nozzle-d', values: g.nozzle },
      g.throat && { criterion: 'throat-d', values: g.throat },
      g.length && { criterion: 'overall-length', values: g.length },
      g.leak !== undefined && { criterion: 'leak-test', value: g.leak },
      g.material && { criterion: 'body-material-cert', status: g.material.status, date: addCalendarDays(at, -g.material.age) },
      g.iso !== undefined && { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: addCalendarDays(at, g.iso) },
      g.training !== undefined && { criterion: 'op-training', points: g.training },
      g.maintenance !== undefined && { criterion: 'machine-maintenance', points: g.maintenance },
      g.ppm !== undefined && { criterion: 'defect-ppm', value: g.ppm },
      g.otd !== undefined && { criterion: 'on-time-delivery', value: (g.otd / 10).toFixed(1) },
    ] as unknown[]).filter((e): e is { criterion: string } => Boolean(e)),
  }));

/** A variant of the pump-injector profile with a category minimum and two rules, to exercise rule caps. */
const rulesVariant: Profile = defineProfile({
  ...(JSON.parse(JSON.stringify(pumpProfile)) as object),
  version: '2026.1-rules',
  categories: pumpProfile.categories.map((c) => (c.id === 'quality-system' ? { ...c, minScore: '50' } : c)),
  rules: [
    { id: 'people-low', when: { type: 'criteria', causeFamily: ['man'], pointsAtMost: 4 }, then: { capGrade: 'B' } },
    { id: 'two-majors-failed', when: { type: 'criteria', severity: ['major'], status: ['fail'], atLeast: 2 }, then: { capDecision: 'conditional' } },
  ],
});

function checkPlans(profile: Profile, evidence: { auditDate: string; entries: { criterion: string }[] }, evaluation: Evaluation): void {
  const path = pathToPass(profile, json(evaluation));
  const scorer = rescorer(profile, evaluation);
  const matched = matchEvidence(profile, evidenceSchema.parse(evidence)).matched;
  for (const plan of [path.next, path.approval]) {
    if (!plan) continue;
    expect(RANK[plan.target]).toBeLessThan(RANK[evaluation.decision]);
    // Checked against real evidence that meets the listed criteria.
    const again = evaluate(profile, withMet(profile, evidence, plan.criteria));
    expect([again.score, again.grade, again.decision]).toEqual([plan.score, plan.grade, plan.decision]);
    expect(plan.steps.at(-1)?.score ?? evaluation.score).toBe(plan.score);
    expect(RANK[again.decision] <= RANK[plan.target]).toBe(plan.reachable);
    // Each step equals the evaluation with the criteria so far taken as met.
    plan.steps.forEach((step, i) => {
      const partial = evaluateMatched(profile, matched, evidence.auditDate, new Set(plan.criteria.slice(0, i + 1)));
      expect([partial.score, partial.decision]).toEqual([step.score, step.decision]);
    });
    if (!plan.reachable) {
      expect(plan.criteria.length).toBe(evaluation.gaps.length);
      continue;
    }
    // Knock-outs are always in it.
    for (const gap of evaluation.gaps) if (gap.knockOut) expect(plan.criteria).toContain(gap.criterion);
    // No smaller set of gaps reaches the target. Closing a gap never lowers a decision, so it is enough
    // to try every set of one gap fewer.
    expect(plan.optimal).toBe(true);
    const ids = evaluation.gaps.map((g) => g.criterion);
    const size = plan.criteria.length;
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      const set = ids.filter((_, i) => mask & (1 << i));
      if (set.length !== size - 1) continue;
      expect(RANK[scorer.decide(new Set(set)).decision]).toBeGreaterThan(RANK[plan.target]);
    }
  }
}

describe('pathToPass, property over generated suppliers', () => {
  it('always reaches the promised decision when re-evaluated with real evidence, with the fewest gaps', () => {
    let plans = 0;
    const runs = depth(15, 60);
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        for (const profile of [pumpProfile, rulesVariant]) {
          const evaluation = evaluate(profile, evidence);
          if (evaluation.decision !== 'approved') plans++;
          checkPlans(profile, evidence, evaluation);
        }
      }),
      { seed: 20261128, numRuns: runs },
    );
    // Most generated suppliers miss something: over half of the (two profiles × runs) evaluations plan.
    expect(plans).toBeGreaterThan(runs);
  });
});

describe('pathToPass with many gaps', () => {
  it('falls back to the largest gains first beyond its search limit, still checked by re-scoring', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const profile = defineProfile({
      id: 'many',
      version: '1',
      title: 'Many checks',
      component: { name: 'Part' },
      categories: [{ id: 'all', title: 'All', criteria: ids.map((id, i) => ({ kind: 'check', id, title: id, causeFamily: 'method', weight: 1 + (i % 3) })) }],
    });
    const evidence = { supplier: { id: 'm', name: 'M' }, auditDate: '2026-11-20', entries: ids.map((id) => ({ criterion: id, value: false })) };
    const path = pathToPass(profile, evaluate(profile, evidence));
    const next = path.next!;
    expect(next.optimal).toBe(false);
    expect(next.reachable).toBe(true);
    expect(evaluate(profile, withMet(profile, evidence, next.criteria)).decision).toBe('conditional');
    // The heaviest checks first: 10 of weight 3 and 9 of weight 2 make 48 of 60, 80 %.
    expect(next.criteria).toHaveLength(19);
    expect(next.score).toBe('80');
  });
});

describe('pathToPass against the reference search', () => {
  const same = (profile: Profile, evaluation: Evaluation, options?: { prefer: 'cost' | 'days' }) =>
    expect(JSON.stringify(pathToPass(profile, json(evaluation), options))).toBe(JSON.stringify(pathToPassReference(profile, evaluation, options)));

  it('gives the same path, byte for byte, on generated profiles, VDA 6.3 audits and the pump-injector suppliers', () => {
    fc.assert(
      fc.property(generatedCase, fc.boolean(), ({ profile, evidence }, days) => {
        same(profile, evaluate(profile, evidence), days ? { prefer: 'days' } : undefined);
      }),
      { seed: 20261208, numRuns: depth(60, 600) },
    );
    fc.assert(
      fc.property(generatedVdaCase, ({ profile, evidence }) => {
        same(profile, evaluate(profile, evidence));
      }),
      { seed: 20261209, numRuns: depth(20, 200) },
    );
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        for (const profile of [pumpProfile, rulesVariant]) same(profile, evaluate(profile, evidence));
      }),
      { seed: 20261210, numRuns: depth(6, 30) },
    );
  });

  it('gives the same path where the search falls back, and where only sets leaving one or two gaps open reach', () => {
    // 24 failing majors of which at most two may stay open: the sets past half of the rest are searched.
    const ids = Array.from({ length: 24 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const profile = defineProfile({
      id: 'majors',
      version: '1',
      title: 'Majors',
      component: { name: 'Part' },
      categories: [{ id: 'all', title: 'All', criteria: ids.map((id, i) => ({ kind: 'check', id, title: id, causeFamily: 'method', weight: 1 + (i % 4), ...(i % 3 === 0 ? { effort: { cost: 100 + i } } : {}) })) }],
      rules: [{ id: 'three-majors', when: { type: 'criteria', severity: ['major'], status: ['fail'], atLeast: 3 }, then: { capDecision: 'conditional' } }],
    });
    const evaluation = evaluate(profile, { supplier: { id: 'm', name: 'M' }, auditDate: at, entries: ids.map((id) => ({ criterion: id, value: false })) });
    same(profile, evaluation);
    const approval = pathToPass(profile, evaluation).approval!;
    expect([approval.criteria.length, approval.decision, approval.optimal]).toEqual([22, 'approved', true]);
  });
});
