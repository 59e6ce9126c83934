import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluateCohortSync, type CohortOptions } from '../../src/cohort/evaluateCohort.js';
import { mergeCohortSummaries } from '../../src/cohort/mergeCohortSummaries.js';
import { ValidationError } from '../../src/errors/index.js';
import { pumpProfile } from '../gaps/fixtures.js';

// Some records are invalid, so the invalid-record lists are merged too; some name criteria the profile does not have, so the warnings are too.
const stray = (s: { entries: object[] }, i: number) => ({ ...s, entries: [...s.entries, { criterion: 'leak-tset', value: true }, ...(i % 2 ? [{ criterion: `zz-${i % 3}`, value: '1' }] : [])] });
const records: unknown[] = generateSuppliers(36, 5).map((s, i) => (i % 11 === 3 ? { ...s, auditDate: 'soon' } : i % 5 === 1 ? stray(s as never, i) : s));
const options: CohortOptions = { top: 7, nearMissMargin: 4, nearMissLimit: 3, invalidLimit: 2 };
const shard = (from: number, to: number) => evaluateCohortSync(pumpProfile, records.slice(from, to), { ...options, firstIndex: from });
const whole = evaluateCohortSync(pumpProfile, records, options);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('mergeCohortSummaries', () => {
  it('merges the summaries of shards into exactly the summary of the whole', () => {
    expect(whole.invalid).toBe(3);
    expect(whole.invalidRecords.records.map((r) => r.index)).toEqual([3, 14]);
    expect(mergeCohortSummaries(shard(0, 25), shard(25, 36))).toEqual(whole);
    expect(mergeCohortSummaries(json(shard(0, 25)), json(shard(25, 36)))).toEqual(whole);
  });

  it('merges the warnings about the evidence: counts by code and criterion id, and the first records', () => {
    expect(whole.warnings?.records).toBe(7);
    expect(whole.warnings?.byCode).toEqual({ unknown_criterion: 11 });
    expect(whole.warnings?.byCriterion).toEqual([
      { code: 'unknown_criterion', criterion: 'leak-tset', count: 7 },
      { code: 'unknown_criterion', criterion: 'zz-0', count: 1 },
      { code: 'unknown_criterion', criterion: 'zz-1', count: 2 },
      { code: 'unknown_criterion', criterion: 'zz-2', count: 1 },
    ]);
    // Records 1, 6, 11, … (every fifth from 1) name leak-tset; the odd ones also zz-(i mod 3). Two are listed (invalidLimit).
    expect(whole.warnings?.examples.map((r) => [r.index, r.warningCount])).toEqual([
      [1, 2],
      [6, 1],
    ]);
    expect(whole.warnings?.examples[0]?.warnings[0]).toMatchObject({ path: 'entries[11].criterion', criterion: 'leak-tset', message: expect.stringContaining('did you mean "leak-test"?') });
    expect(shard(0, 1).warnings).toBeUndefined();
    expect(mergeCohortSummaries(json(shard(0, 1)), json(shard(1, 36)))).toEqual(whole);
  });

  it('counts the first 1,000 (code, criterion id) pairs by id exactly in any split, and every warning by code', () => {
    const base = generateSuppliers(4, 9) as unknown as { entries: object[] }[];
    const many = base.map((s, i) => ({ ...s, entries: [...s.entries, ...Array.from({ length: 400 }, (_, k) => ({ criterion: `x${String((k * 4 + i) * 7 % 1600).padStart(4, '0')}`, value: '1' }))] }));
    const all = evaluateCohortSync(pumpProfile, many);
    expect(all.warnings?.byCode.unknown_criterion).toBe(1600);
    expect(all.warnings?.byCriterion).toHaveLength(1000);
    expect(all.warnings?.byCriterion.at(-1)?.criterion).toBe(all.warnings?.byCriterion.map((p) => p.criterion).sort().at(-1));
    for (const cut of [1, 2, 3]) {
      const merged = mergeCohortSummaries(json(evaluateCohortSync(pumpProfile, many.slice(0, cut))), json(evaluateCohortSync(pumpProfile, many.slice(cut), { firstIndex: cut })));
      expect(merged).toEqual(all);
    }
  });

  it('is associative and commutative, for any split into three shards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36 }), fc.integer({ min: 0, max: 36 }), (x, y) => {
        const [i, j] = x <= y ? [x, y] : [y, x];
        const [a, b, c] = [shard(0, i), shard(i, j), shard(j, 36)];
        const left = mergeCohortSummaries(mergeCohortSummaries(a, b), c);
        const right = mergeCohortSummaries(a, mergeCohortSummaries(b, c));
        expect(left).toEqual(right);
        expect(left).toEqual(whole);
        expect(mergeCohortSummaries(c, mergeCohortSummaries(b, a))).toEqual(whole);
      }),
      { seed: 42, numRuns: 10 },
    );
  });

  it('counts decisive causes so that merging is associative and equals the single pass', () => {
    const all = generateSuppliers(150, 2026);
    const single = evaluateCohortSync(pumpProfile, all, { top: 150 });
    const part = (from: number, to: number) => evaluateCohortSync(pumpProfile, all.slice(from, to), { top: 150, firstIndex: from });
    const [a, b, c] = [part(0, 40), part(40, 97), part(97, 150)];
    const left = mergeCohortSummaries(mergeCohortSummaries(a, b), c);
    expect(left.causes).toEqual(mergeCohortSummaries(json(a), mergeCohortSummaries(json(b), json(c))).causes);
    expect(left).toEqual(single);
    const { causes } = single;
    // Of 104 rejected: 51 by a knock-out, 89 by the VDA 6.3 rule at element P6, 97 by the score band.
    expect(single.decisions).toEqual({ approved: 2, conditional: 29, rejected: 104, incomplete: 15 });
    expect(causes.byCause.map((x) => [x.cause, x.decisions.rejected, x.first.rejected])).toEqual([
      ['knock-out', 51, 51],
      ['rule', 89, 45],
      ['category-minimum', 0, 0],
      ['score-band', 97, 8],
      ['missing-evidence', 0, 0],
    ]);
    for (const d of ['conditional', 'rejected', 'incomplete'] as const) {
      expect(causes.byCause.reduce((sum, x) => sum + x.first[d], 0)).toBe(single.decisions[d]);
    }
    expect(causes.byRule[0]).toMatchObject({ rule: 'quality-system:vda63-to-c-1', suppliers: 89, groups: [{ id: 'P6', suppliers: 89 }] });
    expect(causes.byCauseFamily.slice(0, 2).map((f) => [f.causeFamily, f.decisions.rejected])).toEqual([
      ['man', 87],
      ['machine', 88],
    ]);
    const abadi = single.ranking.entries.find((e) => e.supplier.id === 'IKM-0001');
    expect(abadi?.decisiveCause).toMatchObject({ cause: 'rule', groups: [{ id: 'P6', score: '60' }] });
    expect(single.ranking.entries.every((e) => (e.decisiveCause === undefined) === (e.decision === 'approved'))).toBe(true);
    expect(single.nearMisses.suppliers.every((m) => m.decisiveCause !== undefined)).toBe(true);
  });

  it('keeps exact quantiles and the full ranking when asked', () => {
    const full = { ...options, fullRanking: true };
    const merged = mergeCohortSummaries(
      evaluateCohortSync(pumpProfile, records.slice(0, 10), full),
      evaluateCohortSync(pumpProfile, records.slice(10), { ...full, firstIndex: 10 }),
    );
    expect(merged).toEqual(evaluateCohortSync(pumpProfile, records, full));
    expect(merged.ranking.complete).toBe(true);
    expect(merged.ranking.entries).toHaveLength(merged.evaluated);
    expect(merged.scores.quantiles).toEqual(whole.scores.quantiles);
  });

  it('has the empty summary as its identity', () => {
    const empty = evaluateCohortSync(pumpProfile, [], options);
    expect(mergeCohortSummaries(empty, whole)).toEqual(whole);
    expect(mergeCohortSummaries(whole, empty)).toEqual(whole);
  });

  it('refuses summaries of other profiles or settings', () => {
    try {
      mergeCohortSummaries(whole, evaluateCohortSync(pumpProfile, [], { ...options, top: 8, nearMissMargin: 2 }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.message])).toEqual([
        ['settings.top', 'The summaries were made with different settings: top is 7 in one and 8 in the other.'],
        ['settings.nearMissMargin', 'The summaries were made with different settings: nearMissMargin is 4 in one and 2 in the other.'],
      ]);
    }
    expect(() => mergeCohortSummaries(whole, { ...whole, profile: { ...whole.profile, version: '2027.1' } })).toThrow(/different profiles/);
  });
});
