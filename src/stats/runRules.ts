import { runRuleTextEn } from '../locales/en.js';
import { runRuleTextId } from '../locales/id.js';

/**
 * The run rules (tests for special causes) of a Shewhart chart. Western Electric rules 1–4
 * (Western Electric, Statistical Quality Control Handbook, 1956) and Nelson rules 1–8 (L. S.
 * Nelson, "The Shewhart Control Chart — Tests for Special Causes", Journal of Quality Technology
 * 16(4), 1984; Minitab's tests 1–8 in the same order). Each rule follows R qcc 3 (`qccRules`,
 * rules.R) in every convention:
 * - a point flags when the pattern is complete at it: the last point of the run or window, and
 *   every later point that keeps the run going (a run of 10 on one side flags its 9th and 10th
 *   points under Nelson rule 2);
 * - a point exactly on the centre line is on neither side: it ends a run of rule 2 (Western
 *   Electric rule 4);
 * - a zone limit belongs to the inner zone: "beyond 2σ" is strictly beyond (rules 1, 5, 6, 8 and
 *   Western Electric 1–3), and "within 1σ" of rule 7 includes the 1σ lines;
 * - equal neighbours neither rise nor fall: they end a trend (rule 3) and an alternation (rule 4);
 * - "k of m" windows are whole windows only (none before the m-th point), and the flagged last
 *   point of the window must itself be one of the k;
 * - a trend of six points is five rises (or falls) in a row; an alternation of fourteen points is
 *   thirteen changes of direction in a row;
 * - rule 8 needs points beyond 1σ on both sides among its eight, as Nelson wrote it ("on both sides
 *   of the centre line"); Minitab words its test 8 "more than 1σ from the centre line (either
 *   side)", which eight points on one side alone also meet.
 */
export type RunRule =
  | 'we1' | 'we2' | 'we3' | 'we4'
  | 'nelson1' | 'nelson2' | 'nelson3' | 'nelson4' | 'nelson5' | 'nelson6' | 'nelson7' | 'nelson8';

/** The rule sets: every rule of a set, in its own order. */
export const RUN_RULE_SETS: Readonly<Record<'western-electric' | 'nelson', readonly RunRule[]>> = Object.freeze({
  'western-electric': Object.freeze(['we1', 'we2', 'we3', 'we4'] as const),
  nelson: Object.freeze(['nelson1', 'nelson2', 'nelson3', 'nelson4', 'nelson5', 'nelson6', 'nelson7', 'nelson8'] as const),
});

/** Every rule, in documentation order. */
export const RUN_RULES: readonly RunRule[] = Object.freeze([...RUN_RULE_SETS['western-electric'], ...RUN_RULE_SETS.nelson]);

/** What a rule looks for, in English and Bahasa Indonesia (the catalogues' words). */
export const RUN_RULE_TEXT: Readonly<Record<RunRule, { readonly en: string; readonly id: string }>> = Object.freeze(
  Object.fromEntries(RUN_RULES.map((rule) => [rule, Object.freeze({ en: runRuleTextEn[rule], id: runRuleTextId[rule] })])) as Record<RunRule, { en: string; id: string }>,
);

/**
 * Returns the short name of a rule, as charts mark it: `WE2`, `N5`.
 *
 * @example
 * runRuleMark('nelson5')
 * //=> 'N5'
 */
export const runRuleMark = (rule: RunRule): string => (rule.startsWith('we') ? `WE${rule.slice(2)}` : `N${rule.slice(6)}`);

/**
 * Where each point of a chart lies (internal input of `runRuleFlags`): `side` −1, 0 or 1 below, on
 * or above the centre line; `zone` 0 within 1σ (lines included), 1 beyond 1σ up to 2σ, 2 beyond 2σ
 * up to 3σ, 3 beyond 3σ; `step` −1, 0 or 1 as the point falls, equals or rises from the one before
 * (0 for the first).
 */
export interface PointPlace {
  side: number;
  zone: number;
  step: number;
}

/** Indices (0-based) where a run of `length` points meeting `test` is complete. */
function runEnds(places: readonly PointPlace[], length: number, test: (place: PointPlace, i: number) => boolean): number[] {
  const ends: number[] = [];
  let run = 0;
  places.forEach((place, i) => {
    run = test(place, i) ? run + 1 : 0;
    if (run >= length) ends.push(i);
  });
  return ends;
}

/** Indices where `count` of the `window` points ending there lie beyond `zone` on one side, the last among them. */
function windowEnds(places: readonly PointPlace[], count: number, window: number, zone: number): number[] {
  const ends: number[] = [];
  for (let end = window - 1; end < places.length; end++) {
    for (const side of [1, -1]) {
      const beyond = (place: PointPlace) => place.side === side && place.zone >= zone;
      if (!beyond(places[end] as PointPlace)) continue;
      let hits = 0;
      for (let i = end - window + 1; i <= end; i++) if (beyond(places[i] as PointPlace)) hits++;
      if (hits >= count) ends.push(end);
    }
  }
  return ends;
}

/** Indices where the eight points ending there all lie beyond 1σ, some above and some below. */
function mixtureEnds(places: readonly PointPlace[]): number[] {
  const ends: number[] = [];
  for (let end = 7; end < places.length; end++) {
    const window = places.slice(end - 7, end + 1);
    if (window.every((p) => p.zone >= 1) && window.some((p) => p.side > 0) && window.some((p) => p.side < 0)) ends.push(end);
  }
  return ends;
}

/** Indices where a run of `length` points on one side of the centre line is complete. */
const sameSide = (places: readonly PointPlace[], length: number): number[] => [
  ...runEnds(places, length, (p) => p.side > 0),
  ...runEnds(places, length, (p) => p.side < 0),
];

const DETECTORS: Readonly<Record<RunRule, (places: readonly PointPlace[]) => number[]>> = {
  we1: (places) => runEnds(places, 1, (p) => p.zone === 3),
  we2: (places) => windowEnds(places, 2, 3, 2),
  we3: (places) => windowEnds(places, 4, 5, 1),
  we4: (places) => sameSide(places, 8),
  nelson1: (places) => runEnds(places, 1, (p) => p.zone === 3),
  nelson2: (places) => sameSide(places, 9),
  // Five rises (falls) in a row: six points.
  nelson3: (places) => [...runEnds(places, 5, (p, i) => i > 0 && p.step > 0), ...runEnds(places, 5, (p, i) => i > 0 && p.step < 0)],
  // Twelve changes of direction in a row: fourteen points.
  nelson4: (places) => runEnds(places, 12, (p, i) => i > 1 && p.step * (places[i - 1] as PointPlace).step < 0),
  nelson5: (places) => windowEnds(places, 2, 3, 2),
  nelson6: (places) => windowEnds(places, 4, 5, 1),
  nelson7: (places) => runEnds(places, 15, (p) => p.zone === 0),
  nelson8: mixtureEnds,
};

/**
 * Returns the points (1-based, ascending) that a run rule flags, given where each point lies.
 *
 * @example
 * runRuleFlags('nelson1', [{ side: 1, zone: 0, step: 0 }, { side: 1, zone: 3, step: 1 }])
 * //=> [2]
 */
export function runRuleFlags(rule: RunRule, places: readonly PointPlace[]): number[] {
  return [...new Set(DETECTORS[rule](places))].sort((a, b) => a - b).map((i) => i + 1);
}
