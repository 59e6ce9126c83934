export { averageMovingRange } from './averageMovingRange.js';
export { bissellInterval, type CapabilityInterval } from './bissellInterval.js';
export { C4_PRINTED, c4 } from './c4.js';
export { c4Exact } from './c4Exact.js';
export { capabilityIndices, type CapabilityIndices } from './capabilityIndices.js';
export { compensatedSum } from './compensatedSum.js';
export { controlChart, type ChartPanel, type ControlChart, type RuleFlags } from './controlChart.js';
export {
  CONTROL_CHART_FACTORS_PRINTED,
  controlChartFactors,
  D3_EXACT,
  type ControlChartFactors,
} from './controlChartFactors.js';
export {
  CONTROL_CHART_TYPES,
  type ControlChartData,
  type ControlChartOptions,
  type ControlChartType,
  type RunRuleSelection,
} from './controlChartInput.js';
export { cpm, type CpmInput } from './cpm.js';
export { D2_EXACT, D2_PRINTED, d2 } from './d2.js';
export { expectedShareOutside, type ExpectedShareOutside } from './expectedShareOutside.js';
export type { FormulaInput } from './formulaInputIssues.js';
export {
  gaugeStudy,
  GAUGE_RANGE_CONSTANTS,
  type AnovaRow,
  type GaugeStudy,
  type GaugeVerdict,
  type VarianceComponent,
} from './gaugeStudy.js';
export type { GaugeBasis, GaugeMeasurement, GaugeMethod, GaugeStudyOptions } from './gaugeStudyInput.js';
export { inverseNormalCdf } from './inverseNormalCdf.js';
export { mean } from './mean.js';
export { meetsIndex } from './meetsIndex.js';
export { normalCdf } from './normalCdf.js';
export { observedOutside, type ObservedOutside, type ObservedOutsideLimits } from './observedOutside.js';
export { overallSigma, type OverallSigmaOptions } from './overallSigma.js';
export {
  processCapability,
  REPORTED_PRECISION,
  type ExpectedShares,
  type ObservedShare,
  type ProcessCapability,
  type Share,
} from './processCapability.js';
export {
  processCapabilityValues,
  type ProcessCapabilityValues,
  type SubgroupSummary,
} from './processCapabilityValues.js';
export type { CapabilityData, ProcessCapabilityOptions } from './readCapabilityInput.js';
export { fDistributionUpperTail, regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';
export { RUN_RULE_SETS, RUN_RULE_TEXT, RUN_RULES, type RunRule } from './runRules.js';
export { sampleRange } from './sampleRange.js';
export { sampleStandardDeviation } from './sampleStandardDeviation.js';
export { sampleVariance } from './sampleVariance.js';
export { toNumbers } from './toNumbers.js';
export {
  CAPABILITY_CONSTANTS,
  WITHIN_SIGMA_METHODS,
  type CapabilityConstants,
  type WithinSigmaMethod,
} from './types.js';
export { withinSigmaMovingRange } from './withinSigmaMovingRange.js';
export { withinSigmaPooled } from './withinSigmaPooled.js';
export { withinSigmaRbar } from './withinSigmaRbar.js';
export { withinSigmaSbar } from './withinSigmaSbar.js';
