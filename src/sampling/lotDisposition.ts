import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { formatCount } from './format.js';
import type { SamplingPlan } from './schemas.js';
import { checkWholeNumber, isRecord, typeName } from './validation.js';

/** The plan fields a disposition needs; a whole `SamplingPlan` fits. */
export type DispositionPlan = Pick<SamplingPlan, 'sampleSize' | 'acceptanceNumber' | 'rejectionNumber'>;

/** The decision on a lot from the nonconforming count in its sample. */
export interface LotDisposition {
  /**
   * `accepted` (count ≤ Ac), `rejected` (count ≥ Re), or `accepted-reinstate-normal` (a reduced plan
   * with a gap: Ac < count < Re accepts the lot, but normal inspection is reinstated).
   */
  readonly decision: 'accepted' | 'rejected' | 'accepted-reinstate-normal';
  /** True for `accepted` and `accepted-reinstate-normal`. */
  readonly accepted: boolean;
  /** True when the count lies in the gap of a reduced plan, so the next lot goes back to normal inspection. */
  readonly reinstateNormal: boolean;
  readonly nonconforming: number;
  readonly sampleSize: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  readonly explanation: string;
}

/**
 * Returns the disposition of a lot from the number of nonconforming units found in the sample:
 * accept when it is at most Ac, reject when it is at least Re (ISO 2859-1:1999 and ANSI/ASQ
 * Z1.4-2003, single sampling). Reduced plans of ANSI/ASQ Z1.4 / MIL-STD-105E may have Re > Ac + 1: a
 * count between them accepts the lot but reinstates normal inspection (ANSI/ASQ Z1.4-2003 Table II-C;
 * MIL-STD-105E Table II-C).
 *
 * Throws a `ValidationError` when the count is not a whole number from 0 to the sample size, or the
 * plan lacks whole numbers sampleSize ≥ 1, acceptanceNumber ≥ 0 and rejectionNumber > acceptanceNumber.
 *
 * @example
 * lotDisposition(samplingPlan({ lotSize: 125, aql: '1.0', level: 'III', inspection: 'reduced', edition: 'ANSI/ASQ Z1.4-2003' }), 1)
 * //=> { decision: 'accepted-reinstate-normal', accepted: true, reinstateNormal: true, nonconforming: 1,
 * //     sampleSize: 20, acceptanceNumber: 0, rejectionNumber: 2,
 * //     explanation: '1 nonconforming in a sample of 20 lies between Ac 0 and Re 2: the lot is accepted, but normal inspection is reinstated.' }
 */
export function lotDisposition(plan: DispositionPlan, nonconforming: number): LotDisposition {
  const issues: ValidationIssue[] = [];
  if (!isRecord(plan)) {
    issues.push(createIssue('invalid_type', ['plan'], { expected: 'a sampling plan', received: typeName(plan) }));
    throw new ValidationError(issues, 'lot disposition request');
  }
  const nOk = checkWholeNumber(plan.sampleSize, 1, ['plan', 'sampleSize'], issues);
  const acOk = checkWholeNumber(plan.acceptanceNumber, 0, ['plan', 'acceptanceNumber'], issues);
  const reOk = checkWholeNumber(plan.rejectionNumber, 1, ['plan', 'rejectionNumber'], issues);
  if (acOk && reOk && plan.rejectionNumber <= plan.acceptanceNumber) {
    issues.push(createIssue('too_small', ['plan', 'rejectionNumber'], { minimum: plan.acceptanceNumber + 1 }));
  }
  if (checkWholeNumber(nonconforming, 0, ['nonconforming'], issues) && nOk && nonconforming > plan.sampleSize) {
    issues.push(createIssue('too_big', ['nonconforming'], { maximum: plan.sampleSize }));
  }
  if (issues.length > 0) throw new ValidationError(issues, 'lot disposition request');
  return dispositionFor(plan, nonconforming);
}

/**
 * Returns the disposition for input already checked (see `lotDisposition`).
 *
 * @example
 * dispositionFor({ sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3 }, 3).decision
 * //=> 'rejected'
 */
export function dispositionFor(plan: DispositionPlan, nonconforming: number): LotDisposition {
  const { sampleSize, acceptanceNumber: ac, rejectionNumber: re } = plan;
  const found = `${formatCount(nonconforming)} nonconforming in a sample of ${formatCount(sampleSize)}`;
  let decision: LotDisposition['decision'];
  let explanation: string;
  if (nonconforming <= ac) {
    decision = 'accepted';
    explanation = `${found} is within Ac ${ac}: the lot is accepted.`;
  } else if (nonconforming >= re) {
    decision = 'rejected';
    explanation = `${found} reaches Re ${re}: the lot is not accepted.`;
  } else {
    decision = 'accepted-reinstate-normal';
    explanation = `${found} lies between Ac ${ac} and Re ${re}: the lot is accepted, but normal inspection is reinstated.`;
  }
  return {
    decision,
    accepted: decision !== 'rejected',
    reinstateNormal: decision === 'accepted-reinstate-normal',
    nonconforming,
    sampleSize,
    acceptanceNumber: ac,
    rejectionNumber: re,
    explanation,
  };
}
