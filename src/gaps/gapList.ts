import type { Criterion } from '../criteria/criterion.js';
import { toDecimal } from '../decimal.js';
import type { CriterionResult, FiredRule, Gap } from '../scoring/evaluation.js';
import { KNOCK_OUT_RULE } from '../scoring/rules.js';

const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;

/**
 * Returns the gaps of an evaluation: every criterion not fully met (partial, failed or missing),
 * knock-outs first, then gaps that trigger a rule, then by points lost, then by severity, then in
 * profile order; numbered by priority from 1.
 *
 * @example
 * gapList(results, criteria, fired)[0].criterion
 * //=> 'nozzle-d'
 */
export function gapList(
  results: readonly CriterionResult[],
  criteria: ReadonlyMap<string, Criterion>,
  fired: readonly FiredRule[],
): Gap[] {
  const rulesOf = new Map<string, string[]>();
  for (const rule of fired) {
    for (const id of rule.criteria) {
      const ids = rulesOf.get(id);
      if (ids) ids.push(rule.id);
      else rulesOf.set(id, [rule.id]);
    }
  }
  const open = results
    .map((result, order) => ({ result, order }))
    .filter(({ result }) => result.status === 'partial' || result.status === 'fail' || result.status === 'missing');
  const ranked = open
    .map(({ result, order }) => {
      const rules = rulesOf.get(result.id) ?? [];
      return { result, order, rules, knockOut: rules.includes(KNOCK_OUT_RULE) };
    })
    .sort(
      (a, b) =>
        Number(b.knockOut) - Number(a.knockOut) ||
        Number(b.rules.length > 0) - Number(a.rules.length > 0) ||
        toDecimal(b.result.pointsLost).comparedTo(toDecimal(a.result.pointsLost)) ||
        SEVERITY_ORDER[a.result.severity] - SEVERITY_ORDER[b.result.severity] ||
        a.order - b.order,
    );
  return ranked.map(({ result, rules, knockOut }, index) => {
    const effort = criteria.get(result.id)?.effort;
    return {
      priority: index + 1,
      criterion: result.id,
      title: result.title,
      category: result.category,
      kind: result.kind,
      severity: result.severity,
      causeFamily: result.causeFamily,
      status: result.status,
      required: result.required,
      found: result.found,
      shortfall: result.shortfall,
      pointsLost: result.pointsLost,
      knockOut,
      rules,
      explanation: result.explanation,
      ...(result.remedy ? { remedy: result.remedy } : {}),
      ...(effort ? { effort: { ...effort } } : {}),
    };
  });
}
