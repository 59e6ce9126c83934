/**
 * supplier-quality/stats: process capability as AIAG SPC (2nd ed.) computes it, control charts and
 * gauge studies. `processCapability` gives Cp, Cpk, Pp, Ppk (and Cpm with a target) with the shares
 * outside the limits, from a list of values or of subgroups; `processCapabilityValues` the same as
 * plain numbers; `meetsIndex` decides an index against a minimum exactly; `bissellInterval` the
 * confidence bounds of Cpk. `controlChart` gives the limits and the points the run rules flag;
 * `gaugeStudy` a gauge R&R by ANOVA or by average and range, with the AIAG verdict. The sigma
 * estimators (R̄/d2, S̄/c4, pooled, moving range, overall) and the constants d2, c4 and the control
 * chart factors, printed as the AIAG tables print them or exact, are here for studies of their own.
 * Pages: docs/api.md, docs/stability-and-msa.md.
 */
export {
  processCapability,
  type ExpectedShares,
  type ObservedShare,
  type ProcessCapability,
  type Share,
} from './processCapability.js';
export { processCapabilityValues, type ProcessCapabilityValues, type SubgroupSummary } from './processCapabilityValues.js';
export type { CapabilityData, ProcessCapabilityOptions } from './readCapabilityInput.js';
export { meetsIndex } from './meetsIndex.js';
export { bissellInterval, type CapabilityInterval } from './bissellInterval.js';
export { controlChart, type ChartPanel, type ControlChart, type RuleFlags } from './controlChart.js';
export {
  CONTROL_CHART_TYPES,
  type ControlChartData,
  type ControlChartOptions,
  type ControlChartType,
  type RunRuleSelection,
} from './controlChartInput.js';
export { RUN_RULE_SETS, RUN_RULE_TEXT, RUN_RULES, type RunRule } from './runRules.js';
export { gaugeStudy, type AnovaRow, type GaugeStudy, type GaugeVerdict, type VarianceComponent } from './gaugeStudy.js';
export type { GaugeBasis, GaugeMeasurement, GaugeMethod, GaugeStudyOptions } from './gaugeStudyInput.js';
export { withinSigmaRbar } from './withinSigmaRbar.js';
export { withinSigmaSbar } from './withinSigmaSbar.js';
export { withinSigmaPooled } from './withinSigmaPooled.js';
export { withinSigmaMovingRange } from './withinSigmaMovingRange.js';
export { overallSigma, type OverallSigmaOptions } from './overallSigma.js';
export { d2 } from './d2.js';
export { c4 } from './c4.js';
export { controlChartFactors, type ControlChartFactors } from './controlChartFactors.js';
export {
  CAPABILITY_CONSTANTS,
  WITHIN_SIGMA_METHODS,
  type CapabilityConstants,
  type WithinSigmaMethod,
} from './types.js';
