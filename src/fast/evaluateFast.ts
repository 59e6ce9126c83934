import type { KindOutcome } from '../criteria/outcome.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import { evaluateOutcomes } from '../evaluate.js';
import type { Profile } from '../schema/profile.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { compiledProfile } from './compiledProfile.js';
import { dayNumber } from '../dates/dayNumber.js';
import { fastNumbers } from './fastNumbers.js';
import { fastOutcome } from './fastOutcomes.js';
import { fastEvidenceHolder, isDateText, matchFast } from './matchFast.js';
import { emptyVerdict, type Verdict } from './verdict.js';

/**
 * Returns the evaluation of evidence against a parsed profile by the fast route, or null when the
 * route does not apply (a profile with options it does not know, evidence that is not plainly valid,
 * an evaluation date that is not a calendar date): the caller then evaluates the exact way, which
 * also lists the problems. When it answers, the evaluation is exactly the one the exact route gives
 * (checked by property tests).
 *
 * @example
 * evaluateFast(profile, evidence, {})?.decision
 * //=> 'conditional'
 */
export function evaluateFast(profile: Profile, evidenceInput: unknown, options: unknown): Evaluation | null {
  const compiled = compiledProfile(profile);
  if (compiled === null) return null;
  let at: CalendarDate | undefined;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) return null;
    for (const key in options) if (key !== 'at') return null;
    at = (options as { at?: CalendarDate }).at;
  }
  const holder = fastEvidenceHolder(compiled);
  if (!matchFast(compiled, evidenceInput, holder)) return null;
  if (at !== undefined && !isDateText(compiled, at)) return null;
  const when = at ?? holder.auditDate;
  const ctx = { compiled, at: when, atDay: dayNumber(when) };
  const outcomes: KindOutcome[] = new Array<KindOutcome>(compiled.criteria.length);
  const verdicts: Verdict[] = new Array<Verdict>(compiled.criteria.length);
  for (const c of compiled.criteria) {
    const verdict = emptyVerdict();
    verdicts[c.index] = verdict;
    outcomes[c.index] = fastOutcome(ctx, c, holder, verdict);
  }
  const numbers = fastNumbers(compiled, outcomes, verdicts);
  const head = {
    supplier: holder.supplier,
    auditDate: holder.auditDate,
    ...(holder.auditor ? { auditor: holder.auditor } : {}),
    warnings: [],
  };
  return evaluateOutcomes(profile, head, outcomes, when, numbers);
}
