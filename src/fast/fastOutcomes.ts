import type { AuditQuestionEvidence } from '../criteria/auditQuestion.js';
import type { CertificateEvidence } from '../criteria/certificate.js';
import type { CheckEvidence } from '../criteria/check.js';
import type { DocumentEvidence } from '../criteria/document.js';
import { evaluateCriterion } from '../criteria/evaluateCriterion.js';
import type { MeasurementEvidence } from '../criteria/measurement.js';
import type { MetricEvidence } from '../criteria/metric.js';
import type { KindOutcome } from '../criteria/outcome.js';
import { requirementOf } from '../criteria/requirement.js';
import type { EvidenceEntry } from '../schema/evidence.js';
import { FAIL, MISSING, NOT_APPLICABLE, PARTIAL, PASS, type CompiledCriterion } from './compiledProfile.js';
import { ZERO, type FastContext } from './fastContext.js';
import { jsonClone } from './jsonClone.js';
import { auditQuestionOutcome } from './kinds/auditQuestion.js';
import { certificateOutcome } from './kinds/certificate.js';
import { checkOutcome } from './kinds/check.js';
import { documentOutcome } from './kinds/document.js';
import { measurementOutcome } from './kinds/measurement.js';
import { metricOutcome } from './kinds/metric.js';
import type { FastEvidence } from './matchFast.js';
import type { Verdict } from './verdict.js';

const STATUS_CODES = { pass: PASS, partial: PARTIAL, fail: FAIL, 'not-applicable': NOT_APPLICABLE, missing: MISSING } as const;

function requiredOf(ctx: FastContext, c: CompiledCriterion) {
  return c.required === null ? requirementOf(c.criterion, { at: ctx.at }) : jsonClone(c.required);
}

/**
 * Returns the outcome of one criterion for its entry, exactly as `evaluateCriterion`, by the kind's
 * fast evaluator where there is one (the kind's own evaluator otherwise), and fills in the verdict.
 *
 * @example
 * fastOutcome(ctx, compiled.criteria[3], holder, emptyVerdict()).status
 * //=> 'fail'
 */
export function fastOutcome(ctx: FastContext, c: CompiledCriterion, holder: FastEvidence, verdict: Verdict): KindOutcome {
  const entry = holder.entries[c.index];
  if (entry === undefined) {
    verdict.status = MISSING;
    verdict.score = 0;
    verdict.error = 0;
    verdict.minPoints = Number.POSITIVE_INFINITY;
    verdict.exact = ZERO;
    return { status: 'missing', score: ZERO, required: requiredOf(ctx, c), found: null, why: { code: 'criterion.missing', params: {} }, shortfall: null };
  }
  if (entry.notApplicable === true) {
    const reason = (entry.reason as string | undefined) ?? '';
    verdict.status = NOT_APPLICABLE;
    verdict.score = 0;
    verdict.error = 0;
    verdict.minPoints = Number.POSITIVE_INFINITY;
    verdict.exact = ZERO;
    return {
      status: 'not-applicable',
      score: ZERO,
      required: requiredOf(ctx, c),
      found: reason ? { reason } : {},
      why: { code: 'criterion.notApplicable', params: { reason } },
      shortfall: null,
    };
  }
  if (c.reference || holder.exactly[c.index]) return referenceOutcome(ctx, c, entry, verdict);
  switch (c.kind) {
    case 'audit-question':
      return auditQuestionOutcome(ctx, c, entry as unknown as AuditQuestionEvidence, verdict);
    case 'certificate':
      return certificateOutcome(ctx, c, entry as unknown as CertificateEvidence, verdict);
    case 'metric':
      return metricOutcome(ctx, c, entry as unknown as MetricEvidence, verdict);
    case 'document':
      return documentOutcome(ctx, c, entry as unknown as DocumentEvidence, verdict);
    case 'check':
      return checkOutcome(c, entry as unknown as CheckEvidence, verdict);
    case 'measurement':
      return measurementOutcome(ctx, c, entry as unknown as MeasurementEvidence, holder.values[c.index] as ArrayLike<number>, holder.groups[c.index] ?? null, verdict);
    default:
      return referenceOutcome(ctx, c, entry, verdict);
  }
}

/**
 * Returns the outcome of one criterion by its kind's own evaluator (`evaluateCriterion`), with the
 * verdict read from it.
 *
 * @example
 * referenceOutcome(ctx, compiled.criteria[3], { criterion: 'leak-test', value: false }, emptyVerdict()).status
 * //=> 'fail'
 */
export function referenceOutcome(ctx: FastContext, c: CompiledCriterion, entry: object, verdict: Verdict): KindOutcome {
  return outcomeVerdict(c, evaluateCriterion(c.criterion, entry as EvidenceEntry, { at: ctx.at }), verdict);
}

/**
 * Fills in the verdict of an outcome worked out in decimals (status, score as a double with its
 * error bound, the exact score, an audit question's lowest points) and returns the outcome.
 *
 * @example
 * outcomeVerdict(compiled.criteria[0], assumedMet(throatD, { at: '2026-11-28' }), emptyVerdict()).score
 * //=> 100
 */
export function outcomeVerdict(c: CompiledCriterion, outcome: KindOutcome, verdict: Verdict): KindOutcome {
  verdict.status = STATUS_CODES[outcome.status];
  verdict.exact = outcome.score;
  verdict.score = outcome.score.toNumber();
  verdict.error = Math.abs(verdict.score) * Number.EPSILON;
  const found = outcome.found as { points?: number; results?: number[] } | null;
  let least = Number.POSITIVE_INFINITY;
  if (c.kind === 'audit-question' && found) {
    if (Array.isArray(found.results)) for (const p of found.results) least = Math.min(least, p);
    else if (typeof found.points === 'number') least = found.points;
  }
  verdict.minPoints = least;
  return outcome;
}
