/**
 * supplier-quality: score a supplier's audit evidence against a buyer's requirement profile.
 * Everything exported here is public API; other modules are internal.
 */
export { evaluate, type EvaluateOptions } from './evaluate.js';
export { screen, type ScreenOptions, type Screening } from './screen.js';
export { parseProfile, defineProfile } from './parse/parseProfile.js';
export { parseEvidence, defineEvidence } from './parse/parseEvidence.js';
export type { ParseResult } from './parse/result.js';
export { ValidationError, type ValidationIssue, type IssueCode, type PathSegment } from './errors/index.js';

export { profileSchema, type Profile, type ProfileInput, type Category, type GradeBand, DEFAULT_GRADES } from './schema/profile.js';
export { evidenceSchema, type Evidence, type EvidenceInput, type EvidenceEntry, type ProcessStep } from './schema/evidence.js';
export { ruleSchema, type Rule, type RuleInput, type Condition, type Effect, type AuditGroupLevel } from './schema/rule.js';
export type { AuditGroupResult, AuditGroupsResult, FiredRuleGroup } from './scoring/evaluation.js';
export * from './schemes/index.js';
export type { CauseFamily, Severity } from './schema/primitives.js';
export { criterionSchema, type Criterion, type CriterionInput, type CriterionKind, type EvidenceEntryFor } from './criteria/criterion.js';
export type { MeasurementCriterion, MeasurementEvidence, SpecLimits } from './criteria/measurement.js';
export { specLimits } from './criteria/measurement.js';
export type { AuditQuestionCriterion, AuditQuestionEvidence } from './criteria/auditQuestion.js';
export { VDA_POINT_LEVELS } from './criteria/auditQuestion.js';
export type { CertificateCriterion, CertificateEvidence } from './criteria/certificate.js';
export type { MetricCriterion, MetricEvidence } from './criteria/metric.js';
export type { DocumentCriterion, DocumentEvidence } from './criteria/document.js';
export type { CheckCriterion, CheckEvidence } from './criteria/check.js';
export type { CriterionStatus, Shortfall, Why, JsonValue } from './criteria/outcome.js';
export type {
  Evaluation,
  CriterionResult,
  CategoryResult,
  FiredRule,
  Reason,
  Gap,
  GapImpact,
  Decision,
  DecisiveCause,
  DecisiveCauseCode,
} from './scoring/evaluation.js';
export {
  decisiveCauses,
  pathToPass,
  whatIf,
  compareEvaluations,
  profileChanges,
  evaluationDifference,
  type PathToPass,
  type PathPlan,
  type PathStep,
  type PathToPassOptions,
  type EffortTotal,
  type WhatIfChanges,
  type WhatIfOptions,
  type WhatIfResult,
  type EvaluationComparison,
  type ProfileChanges,
  type EvaluationDifference,
  type CriterionChange,
  type CriterionState,
  type GapChange,
  type GapState,
} from './gaps/index.js';
export {
  evaluateCohort,
  evaluateCohortSync,
  evaluateCohortAsync,
  mergeCohortSummaries,
  type CohortOptions,
  type CohortProgress,
  type CohortSummary,
  type CohortSettings,
  type CohortSupplier,
  type RankingEntry,
  type CriterionGapCount,
  type CauseFamilyCount,
  type NearMiss,
  type RegionSummary,
  type InvalidRecord,
} from './cohort/index.js';
export type { CalendarDate } from './dates/calendarDate.js';
export {
  unitInfo,
  canonicalUnit,
  conversionBetween,
  type UnitInfo,
  type UnitQuantity,
  type UnitConversion,
  type UnitConversionFailure,
} from './units/index.js';
export { summaryText, type SummaryTextOptions } from './report/summaryText.js';
export type { CapabilityRequirement } from './criteria/capabilityRequirement.js';
export type { AttributeInspectionCriterion, AttributeInspectionEvidence } from './criteria/attributeInspection.js';

export {
  processCapability,
  processCapabilityValues,
  meetsIndex,
  bissellInterval,
  mean,
  sampleStandardDeviation,
  d2,
  c4,
  c4Exact,
  normalCdf,
  inverseNormalCdf,
  withinSigmaRbar,
  withinSigmaSbar,
  withinSigmaPooled,
  withinSigmaMovingRange,
  overallSigma,
  REPORTED_PRECISION,
  type ProcessCapability,
  type ProcessCapabilityValues,
  type ProcessCapabilityOptions,
  type CapabilityData,
  type CapabilityInterval,
  type CapabilityConstants,
  type WithinSigmaMethod,
} from './stats/index.js';
export {
  samplingPlan,
  sampleSizeCodeLetter,
  lotDisposition,
  switchingState,
  AQL_VALUES,
  type SamplingPlan,
  type SamplingPlanRequest,
  type InspectionLevel,
  type Inspection,
  type Edition,
  type CodeLetter,
  type LotDisposition,
  type SwitchingLot,
  type SwitchingOptions,
  type SwitchingState,
} from './sampling/index.js';
export {
  renderEvaluation,
  renderComparison,
  renderCohort,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  type RenderEvaluationOptions,
  type RenderComparisonOptions,
  type RenderCohortOptions,
  type BaseRenderOptions,
  type ReportFormat,
  type ReportLanguage,
  type ReportProfile,
  type ReportEvidence,
  type ReportTranslations,
} from './report/index.js';
export type {
  ProfileShape,
  ProfileShapeOf,
  TypedProfile,
  TypedEvaluation,
  Shaped,
  ShapeIn,
  WrittenInCode,
  CriterionId,
  CriterionIdOfKind,
  CategoryId,
  RuleId,
  GradeName,
  EntryFieldsFor,
  EvidenceEntryInputFor,
  EvidenceInputFor,
} from './schema/profileShape.js';
export {
  measurement,
  auditQuestion,
  certificate,
  metric,
  requiredDocument,
  check,
  attributeInspection,
  category,
  profile,
  type Built,
  type BuiltCategory,
  type MeasurementLimits,
  type MeasurementOptions,
  type AuditQuestionOptions,
  type CertificateOptions,
  type MetricOptions,
  type RequiredDocumentOptions,
  type CheckOptions,
  type AttributeInspectionOptions,
  type CategoryOptions,
  type ProfileOptions,
  type RuleFor,
  type ConditionFor,
  type DefaultGrades,
} from './authoring/index.js';
export {
  lintProfile,
  lintReport,
  LINT_CODES,
  type LintCode,
  type LintWarning,
  type LintOptions,
  type LintReport,
  type LintReportOptions,
} from './lint/index.js';
