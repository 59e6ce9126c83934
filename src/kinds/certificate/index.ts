import { addCalendarDays } from '../../dates/addCalendarDays.js';
import type { Kind } from '../kind.js';
import { certificateShortForm } from './shortForm.js';
import { certificateDescription } from './describe.js';
import { certificateEntryIssues } from './issues.js';
import { certificateCriterionSchema, certificateEvidenceSchema, certificateRequirement, type CertificateCriterion, type CertificateEvidence } from './schema.js';
import { certificatePlan, type CompiledCertificate } from './plan.js';


/** How long a management-system certificate runs: a three-year certification cycle (ISO/IEC 17021-1:2015 §9.1.3). */
export const CERTIFICATE_VALIDITY_YEARS = 3;

/** The most days a three-year certificate can have left: three years counting one leap day. */
export const CERTIFICATE_VALIDITY_DAYS = 3 * 365 + 1;

/** A certificate: a standard held and valid on the evaluation date, with days to spare. */
export const certificate = {
  criterionSchema: certificateCriterionSchema,
  evidenceSchema: certificateEvidenceSchema,
  requirement: certificateRequirement,
  entryIssues: certificateEntryIssues,
  scores: (criterion, any) => [[100, 100], ...(criterion.minRemainingDays !== undefined ? [[criterion.expiringScore, criterion.expiringScore] as const] : []), ...(any ? [[0, 0] as const] : [])],
  canEndAs: (criterion, status) => status !== 'not-applicable' && (status !== 'partial' || criterion.minRemainingDays !== undefined),
  describe: certificateDescription,
  passingEntry(criterion, fixture) {
    return {
      standard: criterion.standard,
      issued: addCalendarDays(fixture.auditDate, fixture.certificateDays(criterion.minRemainingDays).issued),
      expires: addCalendarDays(fixture.auditDate, fixture.certificateDays(criterion.minRemainingDays).expires),
    };
  },
  shortForm: certificateShortForm,
  evidenceSheet: { key: 'certificates', name: 'Certificates', layout: 'rows', aliases: { expires: ['valid until', 'expiry'] } },
  lintWarnings: (criterion, at) =>
    criterion.minRemainingDays !== undefined && criterion.minRemainingDays > CERTIFICATE_VALIDITY_DAYS
      ? [
          {
            code: 'certificate_window_long',
            segments: [...at, 'minRemainingDays'],
            params: { id: criterion.id, days: criterion.minRemainingDays, standard: criterion.standard, years: CERTIFICATE_VALIDITY_YEARS, maxDays: CERTIFICATE_VALIDITY_DAYS },
          },
        ]
      : [],
  certificateWindow: (criterion) => criterion.minRemainingDays ?? 0,
  plan: certificatePlan,
} satisfies Kind<CertificateCriterion, CertificateEvidence, CompiledCertificate>;
