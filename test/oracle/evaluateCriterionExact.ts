import type { CertificateEvidence } from '../../src/kinds/certificate/schema.js';
import type { CheckEvidence } from '../../src/kinds/check/schema.js';
import type { Criterion } from '../../src/criteria/criterion.js';
import type { DocumentEvidence } from '../../src/kinds/document/schema.js';
import { evaluateCriterion, hasDecimalEvaluation, type DecimalCriterion } from '../../src/criteria/evaluateCriterion.js';
import type { CriterionContext, KindOutcome } from '../../src/criteria/outcome.js';
import type { EvidenceEntry } from '../../src/schema/evidence.js';
import { evaluateCertificate, evaluateCheck, evaluateDocument } from './kindEvaluations.js';

/**
 * Returns the outcome of one criterion for its evidence entry in decimal arithmetic only, for every
 * kind: the oracle's dispatch. Missing and not-applicable entries and the kinds with a decimal
 * evaluation in the library go to `evaluateCriterion`; certificates, documents and checks to the
 * oracle's own evaluations.
 *
 * @example
 * evaluateCriterionExact(leakTest, { criterion: 'leak-test', value: false }, { at: '2026-11-28' }).status
 * //=> 'fail'
 */
export function evaluateCriterionExact(criterion: Criterion, entry: EvidenceEntry | undefined, context: CriterionContext): KindOutcome {
  if (entry === undefined || (entry as { notApplicable?: boolean }).notApplicable === true || hasDecimalEvaluation(criterion)) {
    return evaluateCriterion(criterion as DecimalCriterion, entry, context);
  }
  switch (criterion.kind) {
    case 'certificate':
      return evaluateCertificate(criterion, entry as unknown as CertificateEvidence, context);
    case 'document':
      return evaluateDocument(criterion, entry as unknown as DocumentEvidence, context);
    case 'check':
      return evaluateCheck(criterion, entry as unknown as CheckEvidence, context);
  }
}
