export {
  measurement,
  auditQuestion,
  certificate,
  metric,
  requiredDocument,
  check,
  attributeInspection,
  type Built,
  type MeasurementLimits,
  type MeasurementOptions,
  type AuditQuestionOptions,
  type CertificateOptions,
  type MetricOptions,
  type RequiredDocumentOptions,
  type CheckOptions,
  type AttributeInspectionOptions,
} from './criteria.js';
export { category, type BuiltCategory, type CategoryOptions } from './category.js';
export { profile, type ProfileOptions, type RuleFor, type ConditionFor, type DefaultGrades } from './profile.js';
