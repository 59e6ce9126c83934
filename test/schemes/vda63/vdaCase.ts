/** Builds a VDA 6.3:2016 profile and evidence from a compact description, for the VDA 6.3 tests. */
import { evaluate } from '../../../src/evaluate.js';
import { defineProfile } from '../../../src/parse/parseProfile.js';
import type { Evaluation } from '../../../src/scoring/evaluation.js';
import { evaluateExact } from '../../oracle/evaluateExact.js';
import { vda63Profile } from '../../../src/schemes/vda63/vda63Profile.js';
import type { Vda63ElementId } from '../../../src/schemes/vda63/vda63Structure.js';

/** One question: its number, star flag and answer (points, results, per-step points, or n.e.). */
export interface Q {
  readonly n: string;
  readonly star?: boolean;
  readonly points?: number;
  readonly results?: number[];
  readonly steps?: Array<[string, number]>;
  readonly ne?: boolean;
}

/** `count` questions `<element>.<start>…` all answered with `points`. */
export const many = (element: string, count: number, points: number, start = 1): Q[] =>
  Array.from({ length: count }, (_, i) => ({ n: `${element}.${start + i}`, points }));

/** Questions of an element answered with the given points, numbered from 1. */
export const answered = (element: string, points: number[]): Q[] => points.map((p, i) => ({ n: `${element}.${i + 1}`, points: p }));

/** A full evaluation of the questions against a VDA 6.3:2016 profile built from them. */
export function vdaCase(questions: Q[], processSteps?: Array<{ id: string; productGroup?: string }>): Evaluation {
  const byElement = new Map<string, Q[]>();
  for (const q of questions) {
    const element = `P${q.n.replace(/^P/, '')[0]}`;
    byElement.set(element, [...(byElement.get(element) ?? []), q]);
  }
  const profile = vda63Profile({
    edition: '2016',
    id: 'vda63-case',
    version: '1',
    title: 'VDA 6.3 case',
    component: { name: 'Injector' },
    elements: [...byElement].map(([element, qs]) => ({
      element: element as Vda63ElementId,
      questions: qs.map((q) => ({ number: q.n, ...(q.star ? { star: true } : {}) })),
    })),
  });
  const entries = questions.map((q) => {
    const criterion = q.n.startsWith('P') ? q.n : `P${q.n}`;
    if (q.ne) return { criterion, notApplicable: true, reason: 'Not part of this process' };
    if (q.steps) return { criterion, steps: q.steps.map(([step, points]) => ({ step, points })) };
    if (q.results) return { criterion, results: q.results };
    return { criterion, points: q.points };
  });
  const evidence = {
    supplier: { id: 'IKM-9', name: 'CV Uji' },
    auditDate: '2026-11-19',
    ...(processSteps ? { processSteps } : {}),
    entries,
  };
  const evaluation = evaluate(profile, evidence);
  // Every case is also a comparison of the route with the oracle.
  if (JSON.stringify(evaluation) !== JSON.stringify(evaluateExact(defineProfile(profile), evidence))) throw new Error('The route and the oracle differ.');
  return evaluation;
}

/** The ids of the fired rules without the category prefix. */
export const fired = (evaluation: Evaluation): string[] => evaluation.rules.map((r) => r.id.replace(/^process-audit:/, ''));
