import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/decimal.js';
import { defineProfile, evaluate, parseEvidence, type Evaluation, type Gap } from '../../src/index.js';
import { caseArb, criteriaOf, settings, type Case } from './arbitraries.js';

type Json = Record<string, unknown>;

const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 } as const;
const IMPACT_RANK = { 'knock-out': 0, rule: 1, 'missing-evidence': 2, category: 3, points: 4 } as const;

/**
 * The keys gaps are ranked by, most important first, as text that sorts the same way: a knock-out,
 * triggers a rule, lies in a category a rule fired on, points lost, severity, impact.
 */
function gapKey(gap: Gap): string {
  // Points lost are at most 100 with at most 6 places: pad so the text sorts like the number.
  const lost = toDecimal(gap.pointsLost).toFixed(6).padStart(11, '0');
  return `${gap.knockOut ? 1 : 0}|${gap.rules.length > 0 ? 1 : 0}|${gap.categoryRules.length > 0 ? 1 : 0}|${lost}|${2 - SEVERITY_RANK[gap.severity]}|${4 - IMPACT_RANK[gap.impact]}`;
}

/** The gauge study whose verdict gated a gap (its `found.gauge.criterion`), if any. */
const gaugeOf = (gap: Gap): string | undefined => (gap.found as { gauge?: { criterion?: string } } | null)?.gauge?.criterion;

/**
 * Asserts the gap list is ranked by the priority rules, ties in profile order, numbered from 1; a
 * gauge study's gap comes before every gap its verdict gated (the gap to close first), so the gaps
 * of gauge studies that gate a later gap are left out of the ranking by key.
 */
function expectRankedGaps(evaluation: Evaluation): void {
  const order = new Map(evaluation.criteria.map((c, i) => [c.id, i]));
  const position = new Map(evaluation.gaps.map((gap, i) => [gap.criterion, i]));
  const gating = new Set<string>();
  evaluation.gaps.forEach((gap, i) => {
    expect(gap.priority).toBe(i + 1);
    const gauge = gaugeOf(gap);
    if (gauge === undefined || !position.has(gauge)) return;
    expect(position.get(gauge)! < i, `gauge study ${gauge} before the gap ${gap.criterion} it gated`).toBe(true);
    gating.add(gauge);
  });
  const ranked = evaluation.gaps.filter((gap) => !gating.has(gap.criterion));
  ranked.forEach((gap, i) => {
    const next = ranked[i + 1];
    if (!next) return;
    const [a, b] = [gapKey(gap), gapKey(next)];
    expect(a >= b, `gap ${gap.criterion} (${a}) before ${next.criterion} (${b})`).toBe(true);
    if (a === b) expect(order.get(gap.criterion)! < order.get(next.criterion)!).toBe(true);
  });
  const open = evaluation.criteria.filter((c) => c.status === 'fail' || c.status === 'partial' || c.status === 'missing').map((c) => c.id);
  expect(evaluation.gaps.map((g) => g.criterion).sort()).toEqual(open.sort());
}

/** What must not depend on the order of evidence entries or of criteria within a category. */
function orderFree(e: Evaluation): unknown {
  const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort();
  return {
    decision: e.decision,
    score: e.score,
    grade: e.grade,
    scoreGrade: e.scoreGrade,
    evaluatedOn: e.evaluatedOn,
    reauditDue: e.reauditDue,
    categories: e.categories,
    criteria: [...e.criteria].sort((a, b) => (a.id < b.id ? -1 : 1)),
    rules: e.rules.map((r) => ({ id: r.id, effect: r.effect, criteria: sorted(r.criteria), categories: sorted(r.categories) })),
    reasons: e.reasons.map((r) => ({ code: r.code, rule: r.rule, criteria: sorted(r.criteria) })),
    warnings: e.warnings.map((w) => `${w.code} ${w.params.id ?? ''}`).sort(),
    gaps: [...e.gaps]
      .map((g) => ({ ...g, priority: 0, explanation: '', rules: sorted(g.rules), categoryRules: sorted(g.categoryRules), key: gapKey(g) }))
      .sort((a, b) => (a.criterion < b.criterion ? -1 : 1)),
    gapKeys: e.gaps.map(gapKey),
  };
}

/** The case with its evidence entries and the criteria of each category in another order. */
const shuffledCase: fc.Arbitrary<{ original: Case; shuffled: Case }> = caseArb().chain((original) => {
  const entries = original.evidence.entries as Json[];
  const categories = original.profile.categories as Json[];
  return fc
    .tuple(
      fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
      fc.tuple(...categories.map((c) => fc.shuffledSubarray(c.criteria as Json[], { minLength: (c.criteria as Json[]).length, maxLength: (c.criteria as Json[]).length }))),
    )
    .map(([shuffledEntries, criteria]) => ({
      original,
      shuffled: {
        profile: { ...original.profile, categories: categories.map((c, i) => ({ ...c, criteria: criteria[i] })) },
        evidence: { ...original.evidence, entries: shuffledEntries },
        options: original.options,
      },
    }));
});

describe('evaluate on valid input', () => {
  it('never throws, keeps every score within 0–100 and ranks the gaps by the priority rules', () => {
    fc.assert(
      fc.property(caseArb(), ({ profile, evidence, options }) => {
        const e = evaluate(profile, evidence, options);
        const within = (value: string) => toDecimal(value).gte(0) && toDecimal(value).lte(100);
        expect(within(e.score)).toBe(true);
        for (const c of e.categories) {
          if (c.score !== null) expect(within(c.score)).toBe(true);
          expect(within(c.pointsLost)).toBe(true);
        }
        for (const c of e.criteria) {
          expect(within(c.score), `${c.id} score ${c.score}`).toBe(true);
          expect(within(c.pointsLost)).toBe(true);
        }
        // Points lost add up to what the score misses (each rounded to the profile's places), when
        // any category with weight has a score (else the score is 0 and nothing is lost).
        if (e.categories.some((c) => c.score !== null && toDecimal(c.weight).gt(0))) {
          const lost = e.criteria.reduce((sum, c) => sum.plus(c.pointsLost), toDecimal(0));
          const slack = toDecimal(10).pow(-e.places).times(e.criteria.length + 1).div(2);
          expect(lost.minus(toDecimal(100).minus(e.score)).abs().lte(slack)).toBe(true);
        }
        expectRankedGaps(e);
      }),
      settings(150),
    );
  });

  it('never passes a supplier with a failed critical criterion or, unless missing evidence counts as failed, with evidence missing', () => {
    fc.assert(
      fc.property(caseArb(), ({ profile, evidence, options }) => {
        const e = evaluate(profile, evidence, options);
        const parsed = defineProfile(profile);
        if (e.criteria.some((c) => c.severity === 'critical' && c.status === 'fail')) expect(e.decision).toBe('rejected');
        if (parsed.decision.missingEvidence === 'fail' && e.criteria.some((c) => c.severity === 'critical' && c.status === 'missing')) {
          expect(e.decision).toBe('rejected');
        }
        if (parsed.decision.missingEvidence === 'incomplete' && e.criteria.some((c) => c.status === 'missing')) {
          expect(['incomplete', 'rejected']).toContain(e.decision);
        }
        if (e.decision === 'approved') expect(e.rules.every((r) => r.effect.capDecision === undefined)).toBe(true);
      }),
      settings(150),
    );
  });

  it('is deterministic: byte-identical JSON on repeat, from raw or parsed input', () => {
    fc.assert(
      fc.property(caseArb(), ({ profile, evidence, options }) => {
        const first = JSON.stringify(evaluate(profile, evidence, options));
        expect(JSON.stringify(evaluate(profile, evidence, options))).toBe(first);
        const parsedProfile = defineProfile(profile);
        const parsedEvidence = parseEvidence(evidence, { profile: parsedProfile });
        expect(parsedEvidence.success).toBe(true);
        if (parsedEvidence.success) expect(JSON.stringify(evaluate(parsedProfile, parsedEvidence.data, options))).toBe(first);
      }),
      settings(100),
    );
  });

  it('does not depend on the order of evidence entries or of criteria within a category', () => {
    fc.assert(
      fc.property(shuffledCase, ({ original, shuffled }) => {
        const a = evaluate(original.profile, original.evidence, original.options);
        const b = evaluate(shuffled.profile, shuffled.evidence, shuffled.options);
        expect(orderFree(b)).toEqual(orderFree(a));
        expectRankedGaps(b);
        // The criteria follow the profile's order, whatever order the evidence comes in.
        expect(b.criteria.map((c) => c.id)).toEqual(criteriaOf(shuffled.profile).map((c) => c.id));
      }),
      settings(150),
    );
  });
});
