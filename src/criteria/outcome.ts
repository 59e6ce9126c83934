import type { Decimal } from '../decimal.js';
import type { CalendarDate } from '../dates/calendarDate.js';

/** How one criterion came out. `missing` is never a pass; `not-applicable` leaves the denominator. */
export type CriterionStatus = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'missing';

/** A JSON value as it appears in `required` and `found`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The reason behind a result as a message code and its parameters, so any language can render it. */
export interface Why {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
}

/** How far a result falls short, in the criterion's own unit and relative to the requirement. */
export interface Shortfall {
  readonly amount: string;
  readonly unit: string;
  /** The shortfall divided by the size of the requirement (e.g. the tolerance width), or null. */
  readonly relative: string | null;
}

/** What a criterion kind's evaluator returns before scoring places it in the profile. */
export interface KindOutcome {
  readonly status: CriterionStatus;
  /** 0–100, exact. */
  readonly score: Decimal;
  readonly required: Readonly<Record<string, JsonValue>>;
  readonly found: Readonly<Record<string, JsonValue>> | null;
  readonly why: Why;
  readonly shortfall: Shortfall | null;
}

/** What every criterion evaluator may read besides its criterion and evidence. */
export interface CriterionContext {
  /** The evaluation date. */
  readonly at: CalendarDate;
}
