import { assumedMet } from '../criteria/assumedMet.js';
import type { KindOutcome } from '../criteria/outcome.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import { dayNumber } from '../dates/dayNumber.js';
import { evaluateOutcomes, type EvaluationHead } from '../scoring/evaluationResult.js';
import type { Evaluation } from '../scoring/evaluation.js';
import type { CompiledCriterion, CompiledProfile } from './plan.js';
import { fastNumbers } from './fastNumbers.js';
import { fastOutcome, outcomeVerdict } from './fastOutcomes.js';
import type { FastEvidence } from './plan.js';
import { emptyVerdict, type Verdict } from './verdict.js';

/**
 * Returns the head of an evaluation (who, when, by whom, process steps, warnings) from evidence read
 * into a holder.
 *
 * @example
 * evidenceHead(holder).auditDate
 * //=> '2026-11-24'
 */
export function evidenceHead(holder: FastEvidence): EvaluationHead {
  const head: { -readonly [K in keyof EvaluationHead]: EvaluationHead[K] } = { supplier: holder.supplier, auditDate: holder.auditDate, warnings: holder.warnings };
  if (holder.auditor) head.auditor = holder.auditor;
  if (holder.processSteps) head.processSteps = holder.processSteps;
  return head;
}

/**
 * Returns the evaluation of evidence read into a holder against a compiled profile, on the date `at`:
 * the one route every evaluation takes. Each criterion is decided by its kind (in doubles where the
 * error bound makes the answer certain, in decimals near a limit), the scores are weighed in doubles
 * and rounded exactly, then rules, grade, decision, results and gaps follow. The criteria named in
 * `met` are taken as fully met (score 100, status pass) whatever their evidence, so a path to a pass
 * or a what-if is checked by the same route as any evaluation.
 *
 * @example
 * evaluateFast(compiled, holder, '2026-11-28').decision
 * //=> 'conditional'
 */
export function evaluateFast(compiled: CompiledProfile, holder: FastEvidence, at: CalendarDate, met?: ReadonlySet<string>): Evaluation {
  const ctx = { compiled, at, atDay: dayNumber(at) };
  const outcomes: KindOutcome[] = new Array<KindOutcome>(compiled.criteria.length);
  const verdicts: Verdict[] = new Array<Verdict>(compiled.criteria.length);
  for (const c of compiled.criteria) {
    const verdict = emptyVerdict();
    verdicts[c.index] = verdict;
    outcomes[c.index] = met?.has(c.criterion.id) ? outcomeVerdict(c, assumedMet(c.criterion, ctx), verdict) : fastOutcome(ctx, c, holder, verdict);
  }
  // A criterion gated by another (a measurement that requires a qualified gauge) is decided after it.
  for (const { gated: i, by, outcome } of compiled.gates) {
    const c = compiled.criteria[i] as CompiledCriterion;
    if (met?.has(c.criterion.id)) continue;
    const own = outcomes[i] as KindOutcome;
    const gated = outcome(own, outcomes[by] as KindOutcome, (compiled.criteria[by] as CompiledCriterion).criterion.id);
    if (gated !== own) outcomes[i] = outcomeVerdict(c, gated, verdicts[i] as Verdict);
  }
  const numbers = fastNumbers(compiled, outcomes, verdicts, holder.processSteps);
  return evaluateOutcomes(compiled.profile, evidenceHead(holder), outcomes, at, numbers);
}
