import type { CalendarDate } from './dates/calendarDate.js';
import { evaluate } from './evaluate.js';
import { compiledProfile } from './fast/compiledProfile.js';
import { DECISION_NAMES, type CompiledProfile } from './fast/plan.js';
import { unitsString } from './fast/roundedUnits.js';
import { screener, screenRecord, type Screener } from './fast/screenRecord.js';
import { parseProfile } from './parse/parseProfile.js';
import type { Profile } from './schema/profile.js';
import type { Decision } from './scoring/evaluation.js';

/** Options of `screen`. */
export interface ScreenOptions {
  /** The evaluation date `YYYY-MM-DD` (default: the audit date; the clock is never read). */
  readonly at?: CalendarDate;
}

/** The outcome of screening one supplier: what `evaluate` decides, without the detail. */
export interface Screening {
  readonly decision: Decision;
  /** 0–100, rounded once, half-up, to the profile's places, as `evaluate` gives it. */
  readonly score: string;
  readonly grade: string;
}

const screeners = new WeakMap<CompiledProfile, Screener>();

function profileOrThrow(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/** Returns the screener of a compiled profile, or a fresh one while it is in use (a re-entrant call). */
function screenerOf(compiled: CompiledProfile): Screener {
  const known = screeners.get(compiled);
  if (known && !known.busy) return known;
  const fresh = screener(compiled);
  if (!known) screeners.set(compiled, fresh);
  return fresh;
}

/**
 * Returns the decision, score and grade of one supplier's evidence against a profile: exactly what
 * `evaluate` gives for them, without the reasons, per-criterion results and gaps, so a programme can
 * screen millions of suppliers and evaluate in full only those it needs to. The profile is compiled
 * once; evidence is checked without being copied, criteria are decided in doubles where a value is
 * clearly away from a limit and exactly where it is near one, and the score is rounded exactly. Bad
 * input throws the same `ValidationError` as `evaluate`. Synchronous and pure.
 *
 * @example
 * screen(pumpInjectorProfile, majuJaya, { at: '2026-11-28' })
 * //=> { decision: 'conditional', score: '86.6', grade: 'B' }
 */
export function screen(profileInput: unknown, evidenceInput: unknown, options: ScreenOptions = {}): Screening {
  const profile = profileOrThrow(profileInput);
  const compiled = compiledProfile(profile);
  const plain = typeof options === 'object' && options !== null && !Array.isArray(options) && Object.keys(options).every((key) => key === 'at');
  if (plain && (options.at === undefined || typeof options.at === 'string')) {
    const s = screenerOf(compiled);
    s.busy = true;
    try {
      if (screenRecord(s, evidenceInput, options.at)) {
        return {
          decision: DECISION_NAMES[s.decision] as Decision,
          score: unitsString(s.units, compiled.places),
          grade: (compiled.grades[s.grade] as (typeof compiled.grades)[number]).grade,
        };
      }
    } finally {
      s.busy = false;
    }
  }
  const evaluation = evaluate(profile, evidenceInput, options);
  return { decision: evaluation.decision, score: evaluation.score, grade: evaluation.grade };
}
