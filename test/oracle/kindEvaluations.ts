import type { CertificateCriterion, CertificateEvidence } from '../../src/kinds/certificate/schema.js';
import { standardMatches } from '../../src/kinds/certificate/schema.js';
import type { CheckCriterion, CheckEvidence } from '../../src/kinds/check/schema.js';
import type { DocumentCriterion, DocumentEvidence } from '../../src/kinds/document/schema.js';
import type { CriterionContext, KindOutcome } from '../../src/criteria/outcome.js';
import { requirementOf } from '../../src/criteria/requirement.js';
import { daysBetween } from '../../src/dates/daysBetween.js';
import { Decimal } from '../../src/decimal.js';
import type { Criterion } from '../../src/criteria/criterion.js';
import { evaluateGaugeStudy, type GaugeStudyCriterion, type GaugeStudyEvidence } from '../../src/kinds/gauge-study/schema.js';
import { gaugeStudy, type GaugeStudy, type GaugeStudySummary } from '../../src/stats/gaugeStudy.js';
import type { GaugeMeasurement } from '../../src/stats/gaugeStudyInput.js';
import { limitsOf } from '../../src/kinds/measurement/schema.js';

/**
 * The decimal evaluations of the kinds whose plan decides every entry in whole numbers and days
 * (certificate, document, check): the oracle the plan's outcomes are compared with.
 */

/**
 * Returns the outcome of a certificate criterion: valid on the evaluation date (issue date on or before
 * it, expiry date on or after it, the expiry day itself still valid), expiring within the window,
 * expired, not yet valid, or of the wrong standard.
 *
 * @example
 * evaluateCertificate(iso9001, { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: '2026-11-28' }, { at: '2026-11-28' }).status
 * //=> 'pass'
 */
export function evaluateCertificate(
  criterion: CertificateCriterion,
  evidence: CertificateEvidence,
  context: CriterionContext,
): KindOutcome {
  const accepted = [criterion.standard, ...criterion.alsoAccepted];
  const required = requirementOf(criterion, context);
  const remaining = daysBetween(context.at, evidence.expires);
  const found = {
    standard: evidence.standard,
    ...(evidence.number ? { number: evidence.number } : {}),
    ...(evidence.issuer ? { issuer: evidence.issuer } : {}),
    ...(evidence.issued ? { issued: evidence.issued } : {}),
    expires: evidence.expires,
    remainingDays: remaining,
  };
  const params = {
    standard: criterion.standard,
    held: evidence.standard,
    expires: evidence.expires,
    issued: evidence.issued ?? '',
    at: context.at,
    remaining: String(remaining),
    window: String(criterion.minRemainingDays ?? ''),
    overdue: String(-remaining),
  };
  const fail = (code: string, state: string, shortfallDays: number | null): KindOutcome => ({
    status: 'fail',
    score: new Decimal(0),
    required,
    found: { ...found, state },
    why: { code, params },
    shortfall: shortfallDays === null ? null : { amount: String(shortfallDays), unit: 'days', relative: null },
  });
  if (!accepted.some((standard) => standardMatches(standard, evidence.standard))) {
    return fail('certificate.wrongStandard', 'wrong-standard', null);
  }
  if (evidence.issued !== undefined && daysBetween(evidence.issued, context.at) < 0) {
    return fail('certificate.notYetValid', 'not-yet-valid', daysBetween(context.at, evidence.issued));
  }
  if (remaining < 0) {
    return fail('certificate.expired', 'expired', -remaining + (criterion.minRemainingDays ?? 0));
  }
  if (criterion.minRemainingDays !== undefined && remaining < criterion.minRemainingDays) {
    return {
      status: 'partial',
      score: new Decimal(criterion.expiringScore),
      required,
      found: { ...found, state: 'expiring' },
      why: { code: 'certificate.expiring', params },
      shortfall: {
        amount: String(criterion.minRemainingDays - remaining),
        unit: 'days',
        relative: new Decimal(criterion.minRemainingDays - remaining).div(criterion.minRemainingDays).toSignificantDigits(6).toString(),
      },
    };
  }
  return {
    status: 'pass',
    score: new Decimal(100),
    required,
    found: { ...found, state: 'valid' },
    why: { code: 'certificate.valid', params },
    shortfall: null,
  };
}


const sameStatus = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Returns the outcome of a document criterion: met when its status is accepted and, with a maximum
 * age, when it is dated no more than that many days before the evaluation date (and not after it).
 *
 * @example
 * evaluateDocument(controlPlan, { criterion: 'control-plan', status: 'draft' }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateDocument(
  criterion: DocumentCriterion,
  evidence: DocumentEvidence,
  context: CriterionContext,
): KindOutcome {
  const required = requirementOf(criterion, context);
  const age = evidence.date === undefined ? null : daysBetween(evidence.date, context.at);
  const found = {
    status: evidence.status,
    ...(evidence.date ? { date: evidence.date, ageDays: age } : {}),
    ...(evidence.reference ? { reference: evidence.reference } : {}),
  };
  const params = {
    status: evidence.status,
    accepted: criterion.acceptedStatuses.join(', '),
    date: evidence.date ?? '',
    age: age === null ? '' : String(age),
    maxAge: criterion.maxAgeDays === undefined ? '' : String(criterion.maxAgeDays),
    at: context.at,
  };
  const fail = (code: string, shortfall: KindOutcome['shortfall']): KindOutcome => ({
    status: 'fail',
    score: new Decimal(0),
    required,
    found,
    why: { code, params },
    shortfall,
  });
  if (!criterion.acceptedStatuses.some((accepted) => sameStatus(accepted, evidence.status))) {
    return fail('document.statusNotAccepted', null);
  }
  if (age !== null && age < 0) return fail('document.datedAfter', null);
  if (criterion.maxAgeDays !== undefined) {
    if (age === null) return fail('document.undated', null);
    if (age > criterion.maxAgeDays) {
      return fail('document.tooOld', {
        amount: String(age - criterion.maxAgeDays),
        unit: 'days',
        relative: criterion.maxAgeDays === 0 ? null : new Decimal(age - criterion.maxAgeDays).div(criterion.maxAgeDays).toSignificantDigits(6).toString(),
      });
    }
  }
  return { status: 'pass', score: new Decimal(100), required, found, why: { code: 'document.accepted', params }, shortfall: null };
}

/**
 * Returns the outcome of a yes/no check: met when the answer is the expected one.
 *
 * @example
 * evaluateCheck(leakTest, { criterion: 'leak-test', value: false }).status
 * //=> 'fail'
 */
export function evaluateCheck(criterion: CheckCriterion, evidence: CheckEvidence, context: CriterionContext): KindOutcome {
  const met = evidence.value === criterion.expected;
  return {
    status: met ? 'pass' : 'fail',
    score: new Decimal(met ? 100 : 0),
    required: requirementOf(criterion, context),
    found: { value: evidence.value, ...(evidence.note ? { note: evidence.note } : {}) },
    why: { code: met ? 'check.met' : 'check.notMet', params: { expected: criterion.expected ? 'yes' : 'no', value: evidence.value ? 'yes' : 'no' } },
    shortfall: null,
  };
}

/**
 * Returns the outcome of a gauge study: the study worked out exactly by the public `gaugeStudy` (fractions
 * of the given decimals, checked against Minitab, the AIAG manual and R SixSigma in test/stats) and
 * read from its printed JSON, with the tolerance read here from the limits of the characteristic among
 * `criteria` (by id).
 *
 * @example
 * evaluateGaugeStudyExact(orificeGauge, aiagStudy, criteria).status
 * //=> 'fail'
 */
export function evaluateGaugeStudyExact(criterion: GaugeStudyCriterion, evidence: GaugeStudyEvidence, criteria: ReadonlyMap<string, Criterion>): KindOutcome {
  const characteristic = criterion.characteristic === undefined ? undefined : criteria.get(criterion.characteristic);
  const limits = characteristic?.kind === 'measurement' ? limitsOf(characteristic) : undefined;
  const tolerance = limits?.lsl && limits.usl ? limits.usl.minus(limits.lsl) : null;
  const study = gaugeStudy(evidence.measurements as GaugeMeasurement[], {
    method: criterion.method,
    alpha: criterion.alpha,
    studyVariation: criterion.studyVariation,
    basis: criterion.basis,
    minimumCategories: criterion.minimumCategories,
    ...(tolerance === null ? {} : { tolerance: tolerance.toFixed() }),
  });
  return evaluateGaugeStudy(criterion, summaryOfStudy(study), requirementOf(criterion, { at: '1970-01-01' }));
}

/**
 * Returns the figures a gauge-study criterion reports, read from the printed JSON of `gaugeStudy`.
 *
 * @example
 * summaryOfStudy(gaugeStudy(aiagRows)).interactionP
 * //=> '0.974106'
 */
export function summaryOfStudy(study: GaugeStudy): GaugeStudySummary {
  return {
    method: study.method,
    parts: study.parts,
    operators: study.operators,
    trials: study.trials,
    model: study.model,
    alpha: study.alpha,
    interactionP: study.anova?.withInteraction[2]?.p ?? null,
    tolerance: study.tolerance,
    gaugeRR: study.components.gaugeRR,
    ndc: study.ndc,
    verdict: study.verdict,
  };
}
