import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
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
