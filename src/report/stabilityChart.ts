import type { DecimalInput } from '../decimal.js';
import { ValidationError } from '../errors/index.js';
import { controlChart, type CapabilityConstants, type ControlChart, type ControlChartType, type RunRule } from '../stats/index.js';

/**
 * Returns the control chart a measurement's stability requirement was decided on, drawn again from
 * the measured values (flattened, in the criterion's unit) with the chart, rules, subgroup size and
 * constants its result names (`found.capability.stability`); null when the criterion has no stability
 * requirement, the test could not be made, or the values are not given.
 *
 * @example
 * stabilityChartOf({ capability: { stability: { chart: 'i-mr', rules: ['we1'], subgroupSize: 1, constants: 'printed', stable: true } } }, [1, 2, 1, 2])?.stable
 * //=> true
 */
export function stabilityChartOf(found: Readonly<Record<string, unknown>> | null, values: readonly DecimalInput[] | null): ControlChart | null {
  const capability = found?.capability as Readonly<Record<string, unknown>> | undefined;
  const stability = capability?.stability as Readonly<Record<string, unknown>> | undefined;
  if (!stability || stability.stable === null || stability.stable === undefined || !values) return null;
  const chart = stability.chart as ControlChartType;
  const size = Number(stability.subgroupSize);
  const groups: DecimalInput[][] = [];
  if (chart !== 'i-mr' && size > 1) for (let i = 0; i + size <= values.length; i += size) groups.push(values.slice(i, i + size));
  try {
    return controlChart(groups.length > 0 ? groups : values, { chart, rules: stability.rules as RunRule[], constants: stability.constants as CapabilityConstants });
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
}
