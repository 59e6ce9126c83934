import { decimalString } from '../decimal.js';
import type { AttributeInspectionCriterion } from '../kinds/attribute-inspection/schema.js';
import { auditThresholds, type AuditQuestionCriterion } from '../kinds/audit-question/schema.js';
import type { CertificateCriterion } from '../kinds/certificate/schema.js';
import type { CheckCriterion } from '../kinds/check/schema.js';
import type { DocumentCriterion } from '../kinds/document/schema.js';
import { limitsOf, type MeasurementCriterion } from '../kinds/measurement/schema.js';
import type { MetricCriterion } from '../kinds/metric/schema.js';
import type { CriterionContext, JsonValue } from './outcome.js';

type Requirement = Record<string, JsonValue>;

/**
 * Returns what a criterion requires, as plain JSON, whatever the evidence: the `required` part of
 * every criterion result, also when evidence is missing.
 *
 * @example
 * requirementOf({ kind: 'check', expected: true, ... }, { at: '2026-11-28' })
 * //=> { expected: true }
 */
export function requirementOf(
  criterion: MeasurementCriterion | AuditQuestionCriterion | CertificateCriterion | MetricCriterion | DocumentCriterion | CheckCriterion
    | AttributeInspectionCriterion,
  context: CriterionContext,
): Requirement {
  switch (criterion.kind) {
    case 'measurement': {
      const limits = limitsOf(criterion);
      return {
        ...(limits.lsl ? { lsl: decimalString(limits.lsl) } : {}),
        ...(limits.usl ? { usl: decimalString(limits.usl) } : {}),
        ...(limits.nominal ? { nominal: decimalString(limits.nominal) } : {}),
        unit: criterion.unit,
        requiredShare: criterion.requiredShare,
        ...(criterion.capability
          ? {
              capability: {
                index: criterion.capability.index,
                min: criterion.capability.min,
                minSamples: criterion.capability.minSamples,
                ...(criterion.capability.useLowerBound ? { lowerBoundAt: criterion.capability.confidence } : {}),
              },
            }
          : {}),
      };
    }
    case 'audit-question': {
      const { max, passPoints } = auditThresholds(criterion);
      return {
        passPoints,
        maxPoints: max,
        levels: [...criterion.levels],
        star: criterion.star,
        ...(criterion.number ? { number: criterion.number } : {}),
        ...(criterion.element !== undefined ? { element: criterion.element } : {}),
        ...(criterion.subElement !== undefined ? { subElement: criterion.subElement } : {}),
      };
    }
    case 'certificate':
      return {
        standard: criterion.standard,
        ...(criterion.alsoAccepted.length ? { alsoAccepted: [...criterion.alsoAccepted] } : {}),
        validOn: context.at,
        ...(criterion.minRemainingDays !== undefined ? { minRemainingDays: criterion.minRemainingDays } : {}),
      };
    case 'metric':
      return {
        direction: criterion.direction,
        limit: criterion.limit,
        ...(criterion.target !== undefined ? { target: criterion.target } : {}),
        unit: criterion.unit,
      };
    case 'document':
      return {
        ...(criterion.document ? { document: criterion.document } : {}),
        acceptedStatuses: [...criterion.acceptedStatuses],
        ...(criterion.maxAgeDays !== undefined ? { maxAgeDays: criterion.maxAgeDays } : {}),
      };
    case 'check':
      return { expected: criterion.expected };
    case 'attribute-inspection':
      return { aql: criterion.aql, level: criterion.level, inspection: criterion.inspection, edition: criterion.edition };
  }
}
