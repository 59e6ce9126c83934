import type * as z from 'zod/mini';
import type { attributeInspectionCriterionSchema } from '../kinds/attribute-inspection/schema.js';
import type { auditQuestionCriterionSchema } from '../kinds/audit-question/schema.js';
import type { certificateCriterionSchema } from '../kinds/certificate/schema.js';
import type { checkCriterionSchema } from '../kinds/check/schema.js';
import type { documentCriterionSchema } from '../kinds/document/schema.js';
import type { gaugeStudyCriterionSchema } from '../kinds/gauge-study/schema.js';
import type { measurementCriterionSchema } from '../kinds/measurement/schema.js';
import type { metricCriterionSchema } from '../kinds/metric/schema.js';

/** A decimal as written in a profile: a number, or a decimal string such as `'3.20'`. */
type D = number | string;

/** What every criterion builder returns: the criterion as plain JSON-form data, its kind and id as literal types. */
export type Built<K extends string, Id extends string, Options> = { readonly kind: K; readonly id: Id; readonly title: string } & Options;

type OptionsOf<Schema extends z.ZodMiniType> = Omit<z.input<Schema>, 'kind' | 'id' | 'title'>;

type LimitFields = 'nominal' | 'tolerance' | 'upperDeviation' | 'lowerDeviation' | 'lsl' | 'usl';

/**
 * The limits of a measurement, written one way only: nominal ± tolerance, nominal with signed upper
 * and/or lower deviations (ISO 286 style), or lower and/or upper specification limits (one-sided
 * allowed, with an optional nominal for reference).
 */
export type MeasurementLimits =
  | { nominal: D; tolerance: D; upperDeviation?: never; lowerDeviation?: never; lsl?: never; usl?: never }
  | { nominal: D; upperDeviation: D; lowerDeviation?: D; tolerance?: never; lsl?: never; usl?: never }
  | { nominal: D; lowerDeviation: D; upperDeviation?: D; tolerance?: never; lsl?: never; usl?: never }
  | { lsl: D; usl?: D; nominal?: D; tolerance?: never; upperDeviation?: never; lowerDeviation?: never }
  | { usl: D; lsl?: D; nominal?: D; tolerance?: never; upperDeviation?: never; lowerDeviation?: never };

/** Everything a measurement criterion takes besides its kind, id and title. */
export type MeasurementOptions = Omit<OptionsOf<typeof measurementCriterionSchema>, LimitFields> & MeasurementLimits;
/** Everything an audit question takes besides its kind, id and title. */
export type AuditQuestionOptions = OptionsOf<typeof auditQuestionCriterionSchema>;
/** Everything a certificate requirement takes besides its kind, id and title. */
export type CertificateOptions = OptionsOf<typeof certificateCriterionSchema>;
/** Everything a metric takes besides its kind, id and title. */
export type MetricOptions = OptionsOf<typeof metricCriterionSchema>;
/** Everything a document requirement takes besides its kind, id and title. */
export type RequiredDocumentOptions = OptionsOf<typeof documentCriterionSchema>;
/** Everything a yes/no check takes besides its kind, id and title. */
export type CheckOptions = OptionsOf<typeof checkCriterionSchema>;
/** Everything an attribute-inspection criterion takes besides its kind, id and title. */
export type AttributeInspectionOptions = OptionsOf<typeof attributeInspectionCriterionSchema>;
/** Everything a gauge-study requirement takes besides its kind, id and title. */
export type GaugeStudyOptions = OptionsOf<typeof gaugeStudyCriterionSchema>;

function built<K extends string, Id extends string, Options extends object>(kind: K, id: Id, title: string, options: Options): Built<K, Id, Options> {
  return { kind, id, title, ...options };
}

/**
 * Returns a measurement criterion: a measured characteristic with a unit and limits. The same data as
 * the JSON form `{ "kind": "measurement", "id": …, "title": …, …options }`.
 *
 * @example
 * measurement('nozzle-d', 'Nozzle orifice diameter', { unit: 'mm', nominal: '3.20', tolerance: '0.02', causeFamily: 'machine', severity: 'critical' })
 * //=> { kind: 'measurement', id: 'nozzle-d', title: 'Nozzle orifice diameter', unit: 'mm', nominal: '3.20', tolerance: '0.02', causeFamily: 'machine', severity: 'critical' }
 */
export function measurement<const Id extends string>(id: Id, title: string, options: MeasurementOptions): Built<'measurement', Id, MeasurementOptions> {
  return built('measurement', id, title, options);
}

/**
 * Returns a process-audit question scored on point levels (VDA 6.3:2016 §6.1: 0, 4, 6, 8, 10 by default).
 *
 * @example
 * auditQuestion('op-training', 'Operators are qualified and trained', { number: 'P6.3.1', causeFamily: 'man' }).kind
 * //=> 'audit-question'
 */
export function auditQuestion<const Id extends string>(id: Id, title: string, options: AuditQuestionOptions): Built<'audit-question', Id, AuditQuestionOptions> {
  return built('audit-question', id, title, options);
}

/**
 * Returns a certificate requirement: a named standard valid on the evaluation date, optionally with
 * days of validity that must remain.
 *
 * @example
 * certificate('iso-9001', 'ISO 9001 certification', { standard: 'ISO 9001', alsoAccepted: ['IATF 16949'], minRemainingDays: 90, causeFamily: 'method' }).standard
 * //=> 'ISO 9001'
 */
export function certificate<const Id extends string>(id: Id, title: string, options: CertificateOptions): Built<'certificate', Id, CertificateOptions> {
  return built('certificate', id, title, options);
}

/**
 * Returns a metric: a figure such as defect PPM or on-time delivery with a direction, a pass limit and
 * optionally a full-score target or step bands.
 *
 * @example
 * metric('defect-ppm', 'Defect rate', { unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 200, causeFamily: 'method' }).limit
 * //=> 1000
 */
export function metric<const Id extends string>(id: Id, title: string, options: MetricOptions): Built<'metric', Id, MetricOptions> {
  return built('metric', id, title, options);
}

/**
 * Returns a document requirement (kind `document`): a control plan, PFMEA, material test report… with
 * the statuses accepted (default `approved`) and an optional maximum age in days.
 *
 * @example
 * requiredDocument('control-plan', 'Control plan', { acceptedStatuses: ['approved'], maxAgeDays: 365, causeFamily: 'method' }).kind
 * //=> 'document'
 */
export function requiredDocument<const Id extends string>(id: Id, title: string, options: RequiredDocumentOptions): Built<'document', Id, RequiredDocumentOptions> {
  return built('document', id, title, options);
}

/**
 * Returns a yes/no check, met when the answer is the expected one (default yes).
 *
 * @example
 * check('leak-test', 'Hydrostatic leak test on every part', { severity: 'critical', causeFamily: 'method' }).kind
 * //=> 'check'
 */
export function check<const Id extends string>(id: Id, title: string, options: CheckOptions): Built<'check', Id, CheckOptions> {
  return built('check', id, title, options);
}

/**
 * Returns an attribute-inspection criterion: incoming lots judged by ISO 2859-1 single sampling plans
 * at an AQL (level II and the switching rules by default).
 *
 * @example
 * attributeInspection('incoming', 'Incoming inspection of housings', { aql: '1.0', causeFamily: 'material' }).kind
 * //=> 'attribute-inspection'
 */
export function attributeInspection<const Id extends string>(
  id: Id,
  title: string,
  options: AttributeInspectionOptions,
): Built<'attribute-inspection', Id, AttributeInspectionOptions> {
  return built('attribute-inspection', id, title, options);
}

/**
 * Returns a gauge-study requirement: a crossed gauge R&R study judged as the AIAG MSA 4th ed. judges
 * it (%GRR at most 10 % acceptable, up to 30 % conditionally), on the study variation or, with
 * `basis: 'tolerance'`, on the tolerance of the measurement it qualifies (`characteristic`). A
 * measurement that names it as its `gauge` passes only with a gauge the study does not reject.
 *
 * @example
 * requiredGaugeStudy('nozzle-gauge', 'Orifice air gauge R&R', { basis: 'tolerance', characteristic: 'nozzle-d', causeFamily: 'measurement' }).kind
 * //=> 'gauge-study'
 */
export function requiredGaugeStudy<const Id extends string>(id: Id, title: string, options: GaugeStudyOptions): Built<'gauge-study', Id, GaugeStudyOptions> {
  return built('gauge-study', id, title, options);
}
