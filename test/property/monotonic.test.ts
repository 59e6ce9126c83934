import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal, decimalString } from '../../src/decimal.js';
import { evaluate, type Decision } from '../../src/index.js';
import { caseArb, fixed, settings, type Case } from './arbitraries.js';

type Json = Record<string, unknown>;

/** Decisions from best to worst for a supplier; incomplete is no pass, and no worse than rejected. */
const PASSING: readonly Decision[] = ['approved', 'conditional'];

/** The case with `criterion` added to category `at` (modulo the number of categories) and `entry` to the evidence. */
function withCriterion(c: Case, at: number, criterion: Json, entry: Json | undefined): Case {
  const categories = (c.profile.categories as Json[]).map((category, i) =>
    i === at % (c.profile.categories as Json[]).length ? { ...category, criteria: [...(category.criteria as Json[]), criterion] } : category,
  );
  const entries = entry ? [...(c.evidence.entries as Json[]), entry] : (c.evidence.entries as Json[]);
  return { profile: { ...c.profile, categories }, evidence: { ...c.evidence, entries }, options: c.options };
}

const scoreOf = (c: Case, id: string) => {
  const e = evaluate(c.profile, c.evidence, c.options);
  const criterion = e.criteria.find((r) => r.id === id);
  return { e, criterion: criterion ? toDecimal(criterion.score) : null, total: toDecimal(e.score) };
};

describe('monotonic', () => {
  it('moving a measured value toward the nominal never lowers its score nor the total', () => {
    const arb = fc.record({
      c: caseArb({ monotoneRules: true }),
      at: fc.nat(),
      nominal: fc.integer({ min: 1000, max: 20000 }),
      tolerance: fc.integer({ min: 1, max: 500 }),
      share: fc.option(fc.integer({ min: 50, max: 99 }), { nil: undefined }),
      partial: fc.option(fc.integer({ min: 1, max: 49 }), { nil: undefined }),
      values: fc.array(fc.integer({ min: -1500, max: 1500 }), { minLength: 1, maxLength: 20 }),
      pick: fc.nat(),
      step: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(arb, ({ c, at, nominal, tolerance, share, partial, values, pick, step }) => {
        // Nominal ± tolerance, no capability requirement (a value moved to the nominal can widen the spread).
        const criterion = { kind: 'measurement', id: 'moved', title: 'Bore', causeFamily: 'machine', unit: 'mm', nominal: fixed(nominal, 3), tolerance: fixed(tolerance, 3), requiredShare: share, partialFromShare: share === undefined ? undefined : partial };
        const given = values.map((offset) => fixed(nominal + offset, 3));
        const i = pick % given.length;
        const before = withCriterion(c, at, criterion, { criterion: 'moved', values: given });
        // v' = v + (nominal − v) × step/8, exact in decimal: a step toward the nominal, up to reaching it.
        const v = toDecimal(given[i] as string);
        const moved = v.plus(toDecimal(fixed(nominal, 3)).minus(v).times(step).div(8));
        const after = withCriterion(c, at, criterion, { criterion: 'moved', values: given.map((x, k) => (k === i ? decimalString(moved) : x)) });
        const a = scoreOf(before, 'moved');
        const b = scoreOf(after, 'moved');
        expect(b.criterion!.gte(a.criterion!), `criterion ${a.criterion} → ${b.criterion}`).toBe(true);
        expect(b.total.gte(a.total), `total ${a.total} → ${b.total}`).toBe(true);
      }),
      settings(100),
    );
  });

  it('raising audit points never lowers the question score nor the total', () => {
    const levels = [0, 4, 6, 8, 10];
    const arb = fc.record({
      c: caseArb({ monotoneRules: true }),
      at: fc.nat(),
      star: fc.boolean(),
      results: fc.array(fc.constantFrom(...levels), { minLength: 1, maxLength: 4 }),
      asPoints: fc.boolean(),
      pick: fc.nat(),
      raise: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ c, at, star, results, asPoints, pick, raise }) => {
        const criterion = { kind: 'audit-question', id: 'raised', title: 'Operator qualification', causeFamily: 'man', star };
        const i = pick % results.length;
        const higher = levels[Math.min(levels.length - 1, levels.indexOf(results[i] as number) + raise)] as number;
        const raised = results.map((p, k) => (k === i ? higher : p));
        const entry = (r: number[]) => (asPoints ? { criterion: 'raised', points: r[i] } : { criterion: 'raised', results: r });
        const a = scoreOf(withCriterion(c, at, criterion, entry(results)), 'raised');
        const b = scoreOf(withCriterion(c, at, criterion, entry(raised)), 'raised');
        expect(b.criterion!.gte(a.criterion!), `question ${a.criterion} → ${b.criterion}`).toBe(true);
        expect(b.total.gte(a.total), `total ${a.total} → ${b.total}`).toBe(true);
      }),
      settings(100),
    );
  });

  it('adding a failed critical criterion never improves the decision (it rejects) nor raises the score', () => {
    const arb = fc.record({ c: caseArb(), at: fc.nat(), kind: fc.constantFrom('check', 'document') });
    fc.assert(
      fc.property(arb, ({ c, at, kind }) => {
        const criterion =
          kind === 'check'
            ? { kind: 'check', id: 'added-critical', title: 'Leak test on every part', causeFamily: 'method', severity: 'critical' }
            : { kind: 'document', id: 'added-critical', title: 'Control plan', causeFamily: 'method', severity: 'critical' };
        const entry = kind === 'check' ? { criterion: 'added-critical', value: false } : { criterion: 'added-critical', status: 'draft' };
        const before = evaluate(c.profile, c.evidence, c.options);
        const after = evaluate(withCriterion(c, at, criterion, entry).profile, withCriterion(c, at, criterion, entry).evidence, c.options);
        expect(after.decision).toBe('rejected');
        expect(toDecimal(after.score).lte(before.score)).toBe(true);
        // First a knock-out, or the gauge study whose verdict gated one (the gap to close before it).
        const first = after.gaps[0];
        const gatesKnockOut = after.gaps.some((gap) => gap.knockOut && (gap.found as { gauge?: { criterion?: string } } | null)?.gauge?.criterion === first?.criterion);
        expect(first?.criterion === 'added-critical' || first?.knockOut || gatesKnockOut).toBe(true);
      }),
      settings(100),
    );
  });

  it('removing evidence never turns a non-pass into a pass', () => {
    const arb = caseArb({ monotoneRules: true }).chain((c) => {
      const entries = c.evidence.entries as Json[];
      return fc.subarray(entries, { minLength: 0, maxLength: Math.max(0, entries.length - 1) }).map((kept) => ({ c, kept }));
    });
    fc.assert(
      fc.property(arb, ({ c, kept }) => {
        const before = evaluate(c.profile, c.evidence, c.options).decision;
        const after = evaluate(c.profile, { ...c.evidence, entries: kept }, c.options).decision;
        if (before !== 'approved') expect(after, `${before} → ${after}`).not.toBe('approved');
        if (!PASSING.includes(before)) expect(PASSING, `${before} → ${after}`).not.toContain(after);
      }),
      settings(150),
    );
  });
});
