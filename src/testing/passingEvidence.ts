import { kindOf } from '../kinds/registry.js';
import type { PassingFixture } from '../kinds/passingFixture.js';
import type { Criterion, CriterionKind } from '../criteria/criterion.js';
import { staysInCalendar } from '../dates/addCalendarDays.js';
import type { CalendarDate } from '../dates/calendarDate.js';
import { criterionArgument } from '../criteria/criterionArgument.js';
import { createIssue, optionsIssues, ValidationError, valueText, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { calendarDateSchema } from '../schema/primitives.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { defineEvidence } from '../parse/parseEvidence.js';
import { defineProfile } from '../parse/parseProfile.js';
import type { Evidence, EvidenceInput } from '../schema/evidence.js';
import type { Profile } from '../schema/profile.js';
import type { EntryFieldsFor, ProfileShape, TypedProfile } from '../schema/profileShape.js';
import { appendAll } from '../lists/appendAll.js';

/** The audit date of fixture evidence unless another is given (fixtures never read the clock). */
export const FIXTURE_AUDIT_DATE: CalendarDate = '2026-01-15';

/** The size of the one lot fixture evidence gives for an attribute-inspection criterion. */
export const FIXTURE_LOT_SIZE = 1000;

/** Options of `passingEvidence`. */
export interface FixtureOptions {
  /** The audit date, also the evaluation date by default (default `FIXTURE_AUDIT_DATE`). */
  readonly auditDate?: CalendarDate;
  /** The supplier (default `{ id: 'fixture', name: 'Fixture supplier' }`). */
  readonly supplier?: EvidenceInput['supplier'];
  readonly auditor?: string;
}

/**
 * Changes to single criteria of fixture evidence, by criterion id: fields merged into the passing
 * entry (fields of its kind only), or `null` for no evidence at all (`missing`).
 */
export type EvidenceOverrides<S extends ProfileShape = ProfileShape> = {
  readonly [Id in keyof S['criteria'] & string]?: Partial<EntryFieldsFor<S['criteria'][Id]>> | null;
};

/**
 * Returns the evidence entry that fully meets a criterion (full score) on an audit date: a
 * measurement at its nominal (with a capability requirement, enough values close around it), an
 * audit question at its highest level, a certificate of the required standard valid for a year beyond
 * any window, a metric at its target (or best band, or limit), a document in its first accepted status
 * dated on the audit day, a check with the expected answer, one lot of 1,000 inspected by its sampling
 * plan with nothing nonconforming. Throws a `ValidationError` when the criterion is not a valid
 * criterion or the audit date not a `YYYY-MM-DD` calendar date.
 *
 * @example
 * passingEntry({ kind: 'measurement', id: 'nozzle-d', nominal: '3.2', tolerance: '0.02', ... }, '2026-01-15')
 * //=> { criterion: 'nozzle-d', values: ['3.2'] }
 */
export function passingEntry(criterion: Criterion, auditDate: CalendarDate = FIXTURE_AUDIT_DATE): Record<string, unknown> & { criterion: string } {
  const checked = criterionArgument(criterion);
  const issues = [...checked.issues, ...schemaIssues(calendarDateSchema, auditDate, ['auditDate'])];
  if (checked.criterion && issues.length === 0) appendAll(issues, fixtureDateIssues([checked.criterion], auditDate, ['auditDate']));
  if (!checked.criterion || issues.length > 0) throw new ValidationError(issues, 'criterion');
  return passingEntryOf(checked.criterion, auditDate);
}

/** The days from the audit date to a fixture certificate's issue date and to its expiry date. */
const certificateDays = (minRemainingDays: number | undefined) => ({ issued: -365, expires: (minRemainingDays ?? 0) + 365 });

/**
 * Returns the problems of an audit date whose fixture dates for the given criteria (a certificate's
 * issue date a year before it, its expiry a year beyond its window after it) would leave the years
 * 0001 to 9999, at `path`: one for the issue dates, one for the furthest expiry.
 */
function fixtureDateIssues(criteria: readonly Criterion[], auditDate: CalendarDate, path: readonly PathSegment[]): ValidationIssue[] {
  let window: number | undefined;
  let certificates = 0;
  for (const criterion of criteria) {
    const days = kindOf(criterion.kind).certificateWindow?.(criterion);
    if (days === undefined) continue;
    certificates++;
    window = Math.max(window ?? 0, days);
  }
  if (certificates === 0) return [];
  return Object.entries(certificateDays(window))
    .filter(([, days]) => !staysInCalendar(auditDate, days))
    .map(([derived, days]) => createIssue('date_out_of_range', path, { value: auditDate, days, derived }));
}

/**
 * Returns the passing entry of a parsed criterion on a calendar date, unchecked (see `passingEntry`).
 *
 * @example
 * passingEntryOf(leakTest, '2026-01-15')
 * //=> { criterion: 'leak-test', value: true }
 */
function passingEntryOf(criterion: Criterion, auditDate: CalendarDate): Record<string, unknown> & { criterion: string } {
  const fixture: PassingFixture = { auditDate, lotSize: FIXTURE_LOT_SIZE, certificateDays };
  return { criterion: criterion.id, ...kindOf(criterion.kind).passingEntry(criterion, fixture) };
}

/**
 * Returns the entry with the override's fields merged in. Fields that state the finding another way
 * are dropped: giving `points`, `results` or `notApplicable` replaces the others; `value` replaces
 * `numerator`/`denominator` and the other way round.
 */
function overridden(kind: CriterionKind, entry: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out = { ...entry };
  const groups = kindOf(kind).findingForms ?? [];
  const touched = groups.filter((group) => group.some((field) => field in override));
  if (touched.length > 0) for (const group of groups) if (!touched.includes(group)) for (const field of group) delete out[field];
  for (const [field, value] of Object.entries(override)) {
    if (value === undefined) delete out[field];
    else out[field] = value;
  }
  return out;
}

/** Returns the problems of the overrides and options of `passingEvidence`: not objects, an override neither fields nor `null`, a bad audit date. */
function argumentIssues(overrides: unknown, options: unknown): ValidationIssue[] {
  const issues = [...optionsIssues(overrides, ['overrides']), ...optionsIssues(options)];
  if (issues.length > 0) return issues;
  for (const [id, override] of Object.entries(overrides as object)) {
    if (override === null || override === undefined || (typeof override === 'object' && !Array.isArray(override))) continue;
    issues.push(createIssue('invalid_type', ['overrides', id], { expected: 'the fields to change or null', received: valueText(override) }));
  }
  const auditDate = (options as FixtureOptions | undefined)?.auditDate;
  return auditDate === undefined ? issues : [...issues, ...schemaIssues(calendarDateSchema, auditDate, ['options', 'auditDate'])];
}

/**
 * Returns evidence on which every criterion of the profile is fully met (full score, approved unless
 * a rule says otherwise), with single criteria changed by `overrides`: fields merged into that
 * criterion's passing entry, or `null` for no evidence. The overrides are checked against the
 * profile (an unknown id, a wrong field, overrides or options that are not objects, or a bad audit
 * date throw a `ValidationError`); with a profile written in
 * code, their ids and fields are checked at compile time too.
 *
 * @example
 * evaluate(profile, passingEvidence(profile, { 'throat-d': { values: ['6.56'] } })).decision
 * //=> 'rejected'
 */
export function passingEvidence<S extends ProfileShape>(
  typedProfile: TypedProfile<S>,
  overrides: NoInfer<EvidenceOverrides<S>> = {},
  options: FixtureOptions = {},
): Evidence {
  const profile: Profile = defineProfile(typedProfile as unknown);
  const problems = argumentIssues(overrides, options);
  if (problems.length > 0) throw new ValidationError(problems, 'arguments');
  const changes = overrides as EvidenceOverrides;
  const known = new Set(profile.categories.flatMap((category) => category.criteria.map((criterion) => criterion.id)));
  const unknown = Object.keys(changes).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ValidationError(unknown.map((id) => createIssue('unknown_criterion', [id], { id })), 'evidence overrides');
  const auditDate = options.auditDate ?? FIXTURE_AUDIT_DATE;
  const given = profile.categories.flatMap((category) => category.criteria.filter((criterion) => changes[criterion.id] !== null));
  const outOfRange = fixtureDateIssues(given, auditDate, ['options', 'auditDate']);
  if (outOfRange.length > 0) throw new ValidationError(outOfRange, 'arguments');
  const entries: Record<string, unknown>[] = [];
  for (const category of profile.categories) {
    for (const criterion of category.criteria) {
      const override = changes[criterion.id];
      if (override === null) continue;
      const entry = passingEntryOf(criterion, auditDate);
      entries.push(override === undefined ? entry : overridden(criterion.kind, entry, override as Record<string, unknown>));
    }
  }
  const input = {
    supplier: options.supplier ?? { id: 'fixture', name: 'Fixture supplier' },
    auditDate,
    ...(options.auditor !== undefined ? { auditor: options.auditor } : {}),
    profile: { id: profile.id, version: profile.version },
    entries,
  };
  return defineEvidence(input as unknown, { profile });
}
