import type { JsonValue } from '../criteria/outcome.js';
import type { ReportMessageKey } from '../locales/en.js';

type Json = Readonly<Record<string, JsonValue>>;

/**
 * The words a kind's description is written with: the report's phrases, numbers and dates in the
 * reader's language, and the shared helpers of report descriptions (`src/report/describe.ts` makes
 * one for each description).
 */
export interface ReportWords {
  /** The phrase of a key, with its parameters filled in. */
  say(key: ReportMessageKey, params?: Readonly<Record<string, string>>): string;
  /** A decimal text written for the language. */
  number(text: string): string;
  /** A calendar date written for the language. */
  date(text: string): string;
  /** A JSON value as text, empty for none. */
  text(value: JsonValue | undefined): string;
  /** A capability index's name (`cpk` → `Cpk`, `ppk` → `Ppk`). */
  indexLabel(index: JsonValue | undefined): string;
  /** The words for an ISO 2859-1 inspection severity. */
  inspection(state: string): string;
  /** A measurement's limits in words, with the decimals the report writes them with. */
  limits(required: Json): string;
  /** The decimals the report writes a measurement's figures with. */
  figures(): { measured(text: string): string; readonly measuredPlaces: number | null };
}

/** How a report describes a criterion of a kind: what it requires and what the audit found. */
export interface KindDescription {
  required(required: Json, w: ReportWords): string;
  found(found: Json, required: Json, w: ReportWords): string;
}
