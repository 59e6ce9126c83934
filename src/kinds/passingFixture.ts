import type { CalendarDate } from '../dates/calendarDate.js';

/**
 * What a kind's passing entry for `/testing` is made with: the audit date and the fixture settings
 * and helpers `src/testing/passingEvidence.ts` gives it.
 */
export interface PassingFixture {
  /** The audit date of the fixture evidence. */
  readonly auditDate: CalendarDate;
  /** The size of the one lot of a fixture attribute inspection. */
  readonly lotSize: number;
  /** The days from the audit date to a fixture certificate's issue date and to its expiry date. */
  certificateDays(minRemainingDays: number | undefined): { readonly issued: number; readonly expires: number };
}
