import type { CohortEvaluation } from '../cohort/addToCohort.js';
import type { CriterionStatus } from '../criteria/outcome.js';
import type { Decision } from '../scoring/evaluation.js';
import { DECISION_NAMES, FAIL, MISSING, PARTIAL, STATUS_NAMES, type CompiledCriterion } from './compiledProfile.js';
import { unitsString } from './roundedUnits.js';
import { pointsLostUnits, type Screener } from './screenRecord.js';

/**
 * Returns what a cohort summary reads of the last record screened: supplier, audit date, decision,
 * score, grade, the gaps with their points lost and knock-outs, and the effects of the fired rules,
 * equal to the same parts of the record's full evaluation (checked by property tests).
 *
 * @example
 * screenedEvaluation(s).gaps.map((gap) => gap.criterion)
 * //=> ['sni', 'p6-4-1']
 */
export function screenedEvaluation(s: Screener): CohortEvaluation {
  const compiled = s.compiled;
  const gaps: Array<CohortEvaluation['gaps'][number]> = [];
  for (let i = 0; i < compiled.criteria.length; i++) {
    const status = s.statuses[i] as number;
    if (status !== PARTIAL && status !== FAIL && status !== MISSING) continue;
    const criterion = (compiled.criteria[i] as CompiledCriterion).criterion;
    const lost = pointsLostUnits(s, i);
    gaps.push({
      criterion: criterion.id,
      status: STATUS_NAMES[status] as CriterionStatus,
      knockOut: s.knockOut[i] === 1,
      pointsLost: unitsString(lost, compiled.places),
      pointsLostUnits: lost,
      causeFamily: criterion.causeFamily,
    });
  }
  const rules: Array<CohortEvaluation['rules'][number]> = [];
  const compiledRules = compiled.screeningRules ?? [];
  for (let r = 0; r < compiledRules.length; r++) if (s.fired[r] === 1) rules.push({ effect: (compiledRules[r] as (typeof compiledRules)[number]).rule.then });
  return {
    supplier: s.holder.supplier,
    auditDate: s.holder.auditDate,
    score: unitsString(s.units, compiled.places),
    units: s.units,
    decision: DECISION_NAMES[s.decision] as Decision,
    grade: (compiled.grades[s.grade] as (typeof compiled.grades)[number]).grade,
    gaps,
    rules,
  };
}
