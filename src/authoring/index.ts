/**
 * supplier-quality/authoring: write requirement profiles in code and check them. Builders for each
 * criterion kind, categories and whole profiles keep ids, grades and rule references typed;
 * `lintProfile` and `lintReport` find what is valid but suspicious (weights that cannot change a
 * decision, grades no score reaches, rules that never fire). The units a measurement may name and the
 * conversions between them are here too (`unitInfo`, `canonicalUnit`, `conversionBetween`), since a
 * profile's author picks them. Page: docs/api.md; the builders and lint codes: docs/authoring.md.
 */
export {
  measurement,
  auditQuestion,
  certificate,
  metric,
  requiredDocument,
  check,
  attributeInspection,
  requiredGaugeStudy,
  type Built,
  type MeasurementLimits,
  type MeasurementOptions,
  type AuditQuestionOptions,
  type CertificateOptions,
  type MetricOptions,
  type RequiredDocumentOptions,
  type CheckOptions,
  type AttributeInspectionOptions,
  type GaugeStudyOptions,
} from './criteria.js';
export { category, type BuiltCategory, type CategoryOptions } from './category.js';
export { profile, type ProfileOptions, type RuleFor, type ConditionFor, type DefaultGrades } from './profile.js';
export {
  lintProfile,
  lintReport,
  LINT_CODES,
  type LintCode,
  type LintWarning,
  type LintOptions,
  type LintReport,
  type LintReportOptions,
} from '../lint/index.js';
export {
  unitInfo,
  canonicalUnit,
  conversionBetween,
  type UnitInfo,
  type UnitQuantity,
  type UnitConversion,
  type UnitConversionFailure,
} from '../units/index.js';
