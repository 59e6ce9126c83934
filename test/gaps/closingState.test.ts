import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import { rescorer } from '../../src/gaps/rescore.js';
import type { ClosingState, Decided } from '../../src/gaps/closingState.js';
import { depth } from '../depth.js';
import { generatedCase, generatedVdaCase, type GeneratedCase } from './generatedProfiles.js';

const text = (d: Decided) => [d.score.toString(), d.categoryScores.map((s) => (s === null ? null : s.toString())), d.grade, d.decision];
const now = (state: ClosingState): Decided => ({ ...state.decide(), categoryScores: state.categoryScores() });

/** Closes and opens the gaps in `moves` (indices into the gap list, modulo) and checks each decision against a full re-scoring. */
function checkMoves({ profile, evidence }: GeneratedCase, moves: readonly number[]): number {
  const evaluation = evaluate(profile, evidence);
  const scorer = rescorer(profile, evaluation);
  const gaps = evaluation.gaps.map((g) => g.criterion);
  const position = new Map(evaluation.criteria.map((c, i) => [c.id, i]));
  const state = scorer.closing(gaps.map((id) => position.get(id) as number));
  const closed = new Set<string>();
  expect(text(now(state))).toEqual(text(scorer.decide(closed)));
  if (gaps.length === 0) return 0;
  for (const move of moves) {
    const id = gaps[move % gaps.length] as string;
    if (closed.has(id)) {
      closed.delete(id);
      state.open(position.get(id) as number);
    } else {
      closed.add(id);
      state.close(position.get(id) as number);
    }
    expect(text(now(state))).toEqual(text(scorer.decide(closed)));
  }
  return moves.length;
}

describe('closingState', () => {
  it('decides as a full re-scoring after every gap closed or opened, on generated profiles', () => {
    let checked = 0;
    fc.assert(
      fc.property(generatedCase, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (c, moves) => {
        checked += checkMoves(c, moves);
      }),
      { seed: 20261206, numRuns: depth(150, 1500) },
    );
    expect(checked).toBeGreaterThan(depth(150, 1500));
  });

  it('decides as a full re-scoring on VDA 6.3 audits with group rules and coverage', () => {
    fc.assert(
      fc.property(generatedVdaCase, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (c, moves) => {
        checkMoves(c, moves);
      }),
      { seed: 20261207, numRuns: depth(60, 600) },
    );
  });
});

describe('closingState on rounding boundaries', () => {
  it('rounds a category at 50.5 from two endless exact scores, and the overall score at 83.5, as the scoring does', () => {
    const metric = (id: string) => ({ kind: 'metric', id, title: id, causeFamily: 'method', unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 100 });
    const profile = defineProfile({
      id: 'ties',
      version: '1',
      title: 'Ties',
      component: { name: 'Part' },
      places: 0,
      categories: [
        { id: 'a', title: 'A', criteria: [metric('m1'), metric('m2')] },
        { id: 'b', title: 'B', weight: 2, criteria: [{ kind: 'check', id: 'c', title: 'C', causeFamily: 'man' }] },
      ],
    });
    const evaluation = evaluate(profile, {
      supplier: { id: 't', name: 'T' },
      auditDate: '2026-11-20',
      entries: [
        { criterion: 'm1', value: 400 },
        { criterion: 'm2', value: 691 },
        { criterion: 'c', value: false },
      ],
    });
    // (66.66…67 + 34.33…33) / 2 = 50.5 exactly: more digits than 50 in the sum, on a rounding boundary.
    expect(evaluation.criteria.map((c) => c.exactScore)).toEqual(['66.666666666666666666666666666666666666666666666667', '34.333333333333333333333333333333333333333333333333', undefined]);
    const scorer = rescorer(profile, evaluation);
    const state = scorer.closing([2]);
    expect(text(now(state))).toEqual(['17', ['51', '0'], 'C', 'rejected']);
    state.close(2);
    // (50.5 + 2 × 100) / 3 = 83.5: half-up to 84.
    expect(text(now(state))).toEqual(['84', ['51', '100'], 'B', 'conditional']);
    expect(text(now(state))).toEqual(text(scorer.decide(new Set(['c']))));
  });
});
