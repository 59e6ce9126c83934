import { Decimal, decimalString } from '../decimal.js';
import type { Gap } from '../scoring/evaluation.js';

/** What closing the gaps of a plan takes, added up from the profile's effort estimates. */
export interface EffortTotal {
  /** Total days of the gaps that have a days estimate. */
  readonly days: string;
  /** Total cost per currency of the gaps that have a cost estimate. */
  readonly costs: ReadonlyArray<{ readonly currency?: string; readonly amount: string }>;
  /** Criteria of the plan without any effort estimate. */
  readonly unestimated: readonly string[];
}

/**
 * Returns what closing some gaps takes, added up from their effort estimates: the days, the cost per
 * currency (in code-unit order of the currency), and the criteria without any estimate, in the order
 * given.
 *
 * @example
 * effortTotal([{ criterion: 'a', effort: { days: '5', cost: '100', currency: 'IDR' } }, { criterion: 'b' }])
 * //=> { days: '5', costs: [{ currency: 'IDR', amount: '100' }], unestimated: ['b'] }
 */
export function effortTotal(gaps: Iterable<{ readonly criterion: string; readonly effort?: Gap['effort'] }>): EffortTotal {
  let days = new Decimal(0);
  const costs = new Map<string, Decimal>();
  const unestimated: string[] = [];
  for (const { criterion, effort } of gaps) {
    if (!effort || (effort.days === undefined && effort.cost === undefined)) unestimated.push(criterion);
    if (effort?.days !== undefined) days = days.plus(effort.days);
    if (effort?.cost !== undefined) {
      const currency = effort.currency ?? '';
      costs.set(currency, (costs.get(currency) ?? new Decimal(0)).plus(effort.cost));
    }
  }
  return {
    days: decimalString(days),
    costs: [...costs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, amount]) => ({ ...(currency ? { currency } : {}), amount: decimalString(amount) })),
    unestimated,
  };
}
