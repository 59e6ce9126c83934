/**
 * supplier-quality: score a supplier's audit evidence against a buyer's requirement profile. The root
 * entry is the evaluation API: read and check profiles and evidence, evaluate and screen, the path to
 * a pass, what-if, comparisons, cohorts, composed profiles, and the types of them all. Statistics,
 * sampling, schemes, reports, authoring (with lint and units), sheets and testing helpers are subpath
 * entries (`supplier-quality/stats`, …), listed in docs/api.md. Everything exported here is public
 * API; other modules are internal.
 */
export { evaluate, type EvaluateOptions } from './evaluate.js';
export { screen, type ScreenOptions, type Screening } from './screen.js';
export { parseProfile, defineProfile } from './parse/parseProfile.js';
export { parseEvidence, defineEvidence } from './parse/parseEvidence.js';
export type { ParseResult } from './parse/result.js';
export { customIssue } from './schema/customIssue.js';
export { ValidationError, type ValidationIssue, type IssueCode, type PathSegment } from './errors/index.js';

export { profileSchema, type Profile, type ProfileInput, type Category, type GradeBand, DEFAULT_GRADES } from './schema/profile.js';
export { evidenceSchema, type Evidence, type EvidenceInput, type EvidenceEntry, type ProcessStep } from './schema/evidence.js';
export { ruleSchema, type Rule, type RuleInput, type Condition, type Effect, type AuditGroupLevel } from './schema/rule.js';
export type { AuditGroupResult, AuditGroupsResult, FiredRuleGroup } from './scoring/evaluation.js';
export { composeProfile, type ComposeProfileOptions } from './schemes/composeProfile.js';
export type { ProfileBlock, CategoryInput } from './schemes/profileBlock.js';
export type { CauseFamily, Severity } from './schema/primitives.js';
export { criterionSchema, type Criterion, type CriterionInput, type CriterionKind, type EvidenceEntryFor } from './criteria/criterion.js';
export type { MeasurementCriterion, MeasurementEvidence, SpecLimits } from './kinds/measurement/schema.js';
export { specLimits } from './kinds/measurement/schema.js';
export type { AuditQuestionCriterion, AuditQuestionEvidence } from './kinds/audit-question/schema.js';
export type { CertificateCriterion, CertificateEvidence } from './kinds/certificate/schema.js';
export type { MetricCriterion, MetricEvidence } from './kinds/metric/schema.js';
export type { DocumentCriterion, DocumentEvidence } from './kinds/document/schema.js';
export type { CheckCriterion, CheckEvidence } from './kinds/check/schema.js';
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
  type CohortWarnings,
  type WarningCount,
  type WarnedRecord,
} from './cohort/index.js';
export type { CalendarDate } from './dates/calendarDate.js';
export type { CapabilityRequirement } from './kinds/measurement/capabilityRequirement.js';
export type { AttributeInspectionCriterion, AttributeInspectionEvidence } from './kinds/attribute-inspection/schema.js';
export type { GaugeStudyCriterion, GaugeStudyEvidence } from './kinds/gauge-study/schema.js';

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
