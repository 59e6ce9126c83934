import { decimalString, type Decimal } from '../decimal.js';
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

/**
 * Returns a shortfall: `amount` in `unit` (to `digits` significant digits when given) and relative to
 * the size of the requirement `size` (6 significant digits; null without a size or with size 0).
 *
 * @example
 * shortfallOf(new Decimal('0.03'), 'mm', new Decimal('0.1'))
 * //=> { amount: '0.03', unit: 'mm', relative: '0.3' }
 */
export function shortfallOf(amount: Decimal, unit: string, size: Decimal | null, digits?: number): Shortfall {
  return {
    amount: decimalString(digits === undefined ? amount : amount.toSignificantDigits(digits)),
    unit,
    relative: size && !size.isZero() ? decimalString(amount.div(size.abs()).toSignificantDigits(6)) : null,
  };
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
