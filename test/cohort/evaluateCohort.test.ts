import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluateCohort, evaluateCohortAsync, evaluateCohortSync, type CohortProgress } from '../../src/cohort/evaluateCohort.js';
import type { CohortSummary } from '../../src/cohort/cohortSummary.js';
import { ValidationError } from '../../src/errors/index.js';
import { evaluate } from '../../src/evaluate.js';
import { pathToPass } from '../../src/gaps/pathToPass.js';
import type { Evaluation } from '../../src/scoring/evaluation.js';
import { majuJaya, pumpProfile, sumberLogam, injektorPresisi } from '../gaps/fixtures.js';

const suppliers = generateSuppliers(80, 11);
const evaluations: Evaluation[] = suppliers.map((s) => evaluate(pumpProfile, s));

/** Returns a copy of a list in a shuffled order (seeded). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let a = seed;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a * 1103515245 + 12345) % 2147483648;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('evaluateCohort', () => {
  const summary = evaluateCohortSync(pumpProfile, suppliers, { top: 10, nearMissMargin: 3, nearMissLimit: 5 });

  it('counts decisions, grades and scores as the evaluations do one by one', () => {
    expect(summary.records).toBe(80);
    expect(summary.evaluated).toBe(80);
    expect(summary.invalid).toBe(0);
    for (const d of ['approved', 'conditional', 'rejected', 'incomplete'] as const) {
      expect(summary.decisions[d]).toBe(evaluations.filter((e) => e.decision === d).length);
    }
    expect(summary.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C']);
    for (const g of summary.grades) expect(g.count).toBe(evaluations.filter((e) => e.grade === g.grade).length);
    const scores = evaluations.map((e) => Number(e.score)).sort((a, b) => a - b);
    expect(summary.scores.min).toBe(String(scores[0]));
    expect(summary.scores.max).toBe(String(scores.at(-1)));
    const median = (Number(scores[39]) + Number(scores[40])) / 2;
    expect(Number(summary.scores.quantiles.find((q) => q.p === '0.5')?.value)).toBeCloseTo(median, 9);
    expect(summary.scores.histogram.reduce((n, [, c]) => n + c, 0)).toBe(80);
    const mean = scores.reduce((a, b) => a + b, 0) / 80;
    expect(Number(summary.scores.mean)).toBeCloseTo(mean, 2);
    const passed = summary.decisions.approved + summary.decisions.conditional;
    expect(summary.passRate).toBe(((passed * 100) / 80).toFixed(2).replace(/\.?0+$/, ''));
  });

  it('ranks best first with stable tie-breaking, whatever the order of the input', () => {
    const full = evaluateCohortSync(pumpProfile, suppliers, { fullRanking: true });
    expect(full.ranking.complete).toBe(true);
    expect(full.ranking.entries).toHaveLength(80);
    expect(full.ranking.entries.map((e) => e.rank)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    for (let i = 1; i < 80; i++) {
      const [a, b] = [full.ranking.entries[i - 1]!, full.ranking.entries[i]!];
      const rank = { approved: 0, conditional: 1, rejected: 2, incomplete: 3 };
      const order = Number(b.score) - Number(a.score) || rank[a.decision] - rank[b.decision] || (a.supplier.id < b.supplier.id ? -1 : 1);
      expect(order).toBeLessThan(0);
    }
    expect(summary.ranking.complete).toBe(false);
    expect(summary.ranking.entries).toEqual(full.ranking.entries.slice(0, 10));
    for (const seed of [1, 2, 3]) {
      expect(evaluateCohortSync(pumpProfile, shuffled(suppliers, seed), { fullRanking: true }).ranking).toEqual(full.ranking);
      expect(evaluateCohortSync(pumpProfile, shuffled(suppliers, seed), { top: 10, nearMissMargin: 3, nearMissLimit: 5 })).toEqual(summary);
    }
  });

  it('breaks ties of equal scores by decision and then supplier id', () => {
    const twins = ['IKM-B', 'IKM-A', 'IKM-C'].map((id) => ({ ...majuJaya, supplier: { ...(majuJaya as unknown as { supplier: object }).supplier, id } }));
    const incomplete = { ...majuJaya, supplier: { id: 'IKM-0', name: 'Zero' }, entries: majuJaya.entries.filter((e) => e.criterion !== 'nozzle-d') };
    const s = evaluateCohortSync(pumpProfile, [...twins, incomplete, sumberLogam, injektorPresisi]);
    expect(s.ranking.entries.map((e) => [e.rank, e.supplier.id, e.score, e.decision])).toEqual([
      [1, 'IKM-0001', '98.5', 'approved'],
      [2, 'IKM-A', '86.6', 'conditional'],
      [3, 'IKM-B', '86.6', 'conditional'],
      [4, 'IKM-C', '86.6', 'conditional'],
      [5, 'IKM-0', evaluate(pumpProfile, incomplete).score, 'incomplete'],
      [6, 'IKM-0003', '22.7', 'rejected'],
    ]);
  });

  it('counts the most frequent gaps per criterion and per cause family', () => {
    const top = summary.gaps.byCriterion;
    for (const c of top) {
      const withGap = evaluations.filter((e) => e.gaps.some((g) => g.criterion === c.criterion));
      expect(c.suppliers).toBe(withGap.length);
      expect(c.knockOuts).toBe(withGap.filter((e) => e.gaps.find((g) => g.criterion === c.criterion)?.knockOut).length);
      expect(c.missing + c.partial + c.fail).toBe(c.suppliers);
    }
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.suppliers).toBeGreaterThanOrEqual(top[i]!.suppliers);
    expect(summary.gaps.byCauseFamily.map((f) => f.causeFamily)).toEqual(['man', 'machine', 'method', 'material', 'measurement', 'environment']);
    for (const f of summary.gaps.byCauseFamily) {
      expect(f.suppliers).toBe(evaluations.filter((e) => e.gaps.some((g) => g.causeFamily === f.causeFamily)).length);
      expect(f.gaps).toBe(evaluations.reduce((n, e) => n + e.gaps.filter((g) => g.causeFamily === f.causeFamily).length, 0));
    }
  });

  it('lists near misses: within the margin below the next threshold, not held back by a rule', () => {
    const rank = { approved: 0, conditional: 1, rejected: 2 } as const;
    const gradeDecision: Record<string, keyof typeof rank> = { A: 'approved', B: 'conditional', C: 'rejected' };
    const expected = evaluations.filter((e) => {
      const score = Number(e.score);
      const next = e.decision === 'rejected' ? 'conditional' : 'approved';
      const blocks = (r: Evaluation['rules'][number]) =>
        (r.effect.capDecision !== undefined && rank[r.effect.capDecision] > rank[next]) ||
        (r.effect.capGrade !== undefined && rank[gradeDecision[r.effect.capGrade]!] > rank[next]);
      if (e.rules.some(blocks)) return false;
      if (e.decision === 'rejected') return score < 80 && score >= 77;
      if (e.decision === 'conditional') return score < 90 && score >= 87;
      return false;
    });
    expect(summary.nearMisses.count.conditional + summary.nearMisses.count.approved).toBe(expected.length);
    expect(summary.nearMisses.suppliers.length).toBe(Math.min(5, expected.length));
    for (const m of summary.nearMisses.suppliers) {
      expect(Number(m.threshold) - Number(m.score)).toBeCloseTo(Number(m.distance), 9);
      expect(m.threshold).toBe(m.next === 'approved' ? '90' : '80');
    }
    const distances = summary.nearMisses.suppliers.map((m) => Number(m.distance));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('breaks the cohort down by region', () => {
    const regions = summary.regions.map((r) => r.region);
    expect(regions).toEqual([...new Set(evaluations.map((e) => e.supplier.region as string))].sort());
    for (const r of summary.regions) {
      const inRegion = evaluations.filter((e) => e.supplier.region === r.region);
      expect(r.suppliers).toBe(inRegion.length);
      expect(r.decisions.rejected).toBe(inRegion.filter((e) => e.decision === 'rejected').length);
      expect(Number(r.meanScore)).toBeCloseTo(inRegion.reduce((a, e) => a + Number(e.score), 0) / inRegion.length, 2);
    }
    const s = evaluateCohortSync(pumpProfile, [{ ...sumberLogam, supplier: { id: 'x', name: 'X' } }, majuJaya]);
    expect(s.regions.map((r) => [r.region, r.suppliers])).toEqual([
      ['Jawa Barat', 1],
      [null, 1],
    ]);
  });

  it('counts the criteria and cause families on each supplier’s path to pass', () => {
    const few = suppliers.slice(0, 25);
    const s = evaluateCohortSync(pumpProfile, few, { paths: true });
    const paths = few.map((e) => evaluate(pumpProfile, e)).filter((e) => e.decision !== 'approved').map((e) => pathToPass(pumpProfile, e));
    for (const c of s.gaps.byCriterion) {
      expect(c.inNextPath).toBe(paths.filter((p) => p.next?.reachable && p.next.criteria.includes(c.criterion)).length);
      expect(c.inApprovalPath).toBe(paths.filter((p) => p.approval?.reachable && p.approval.criteria.includes(c.criterion)).length);
    }
    const machine = s.gaps.byCauseFamily.find((f) => f.causeFamily === 'machine');
    expect(machine?.inNextPath).toBe(paths.filter((p) => p.next?.steps.some((st) => st.causeFamily === 'machine')).length);
    expect(s.unreachable).toEqual({ next: paths.filter((p) => p.next && !p.next.reachable).length, approval: paths.filter((p) => p.approval && !p.approval.reachable).length });
  });

  it('counts and lists invalid records instead of stopping, or stops at the first with failFast', () => {
    const records: unknown[] = [majuJaya, { supplier: { id: 'bad-1', name: 'Bad' }, auditDate: '2026-02-30', entries: [] }, 42, sumberLogam];
    const s = evaluateCohortSync(pumpProfile, records, { invalidLimit: 1 });
    expect([s.records, s.evaluated, s.invalid]).toEqual([4, 2, 2]);
    expect(s.invalidRecords.byCode).toEqual({ invalid_date: 1, invalid_type: 1 });
    expect(s.invalidRecords.records).toEqual([
      {
        index: 1,
        supplier: { id: 'bad-1', name: 'Bad' },
        issueCount: 1,
        issues: [
          {
            path: 'auditDate',
            code: 'invalid_date',
            message: '"2026-02-30" is not a calendar date in the form YYYY-MM-DD.',
            messageId: '"2026-02-30" bukan tanggal kalender berbentuk YYYY-MM-DD.',
          },
        ],
      },
    ]);
    try {
      evaluateCohortSync(pumpProfile, records, { failFast: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['[1].auditDate']);
    }
  });

  it('reports progress and hands each evaluation on without keeping it', () => {
    const progress: CohortProgress[] = [];
    const seen: number[] = [];
    evaluateCohortSync(pumpProfile, suppliers.slice(0, 25), {
      progressEvery: 10,
      onProgress: (p) => progress.push(p),
      onEvaluation: (e, i) => seen.push(i),
      firstIndex: 100,
    });
    expect(progress).toEqual([
      { records: 10, evaluated: 10, invalid: 0, done: false },
      { records: 20, evaluated: 20, invalid: 0, done: false },
      { records: 25, evaluated: 25, invalid: 0, done: true },
    ]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 100 + i));
  });

  it('is synchronous for iterables and asynchronous for async iterables, with the same summary', async () => {
    function* generator() {
      yield* suppliers;
    }
    async function* stream() {
      for (const s of suppliers) {
        await Promise.resolve();
        yield s;
      }
    }
    const options = { top: 10, nearMissMargin: 3, nearMissLimit: 5 };
    const fromGenerator = evaluateCohort(pumpProfile, generator(), options);
    expect(fromGenerator).not.toBeInstanceOf(Promise);
    expect(fromGenerator).toEqual(summary);
    const fromStream = evaluateCohort(pumpProfile, stream(), options);
    expect(fromStream).toBeInstanceOf(Promise);
    expect(await fromStream).toEqual(summary);
    expect(await evaluateCohortAsync(pumpProfile, suppliers, options)).toEqual(summary);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('checks its options and its input', () => {
    try {
      evaluateCohortSync(pumpProfile, [], { top: -1, nearMissMargin: 'x', at: '2026-13-01' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['top', 'too_small'],
        ['nearMissMargin', 'invalid_decimal'],
        ['at', 'invalid_date'],
      ]);
    }
    expect(() => evaluateCohortSync(pumpProfile, 5 as never)).toThrow(ValidationError);
    const empty: CohortSummary = evaluateCohortSync(pumpProfile, []);
    expect([empty.evaluated, empty.passRate, empty.scores.mean, empty.scores.quantiles, empty.ranking.complete]).toEqual([0, null, null, [], true]);
  });
});
