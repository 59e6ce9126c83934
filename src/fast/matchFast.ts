import { isCalendarDate } from '../dates/calendarDate.js';
import type { ValidationIssue } from '../errors/index.js';
import type { MatchedEvidence } from '../parse/parseEvidence.js';
import type { ProcessStep } from '../schema/evidence.js';
import { unitConversionIssues } from '../units/index.js';
import { CACHE_LIMIT, type CompiledCriterion, type CompiledProfile } from './compiledProfile.js';
import { dayNumber } from '../dates/dayNumber.js';
import { compareInputToText, decimalTextValue, isPlainDecimalText, isSpace } from './decimalText.js';

/** A plain object as JSON gives it. */
type Entry = Record<string, unknown>;

/** Evidence accepted by the fast check, with its entries placed by criterion position. */
export interface FastEvidence {
  evidence: Entry;
  supplier: { id: string; name: string; region?: string };
  auditDate: string;
  auditor: string | undefined;
  /** The audited process steps, when the evidence lists them. */
  processSteps: readonly ProcessStep[] | undefined;
  /** Warnings of the evidence (entries for criteria the profile does not have, another profile's id). */
  warnings: readonly ValidationIssue[];
  /** The entry of each criterion (profile order), or undefined when none was given. */
  readonly entries: (Entry | undefined)[];
  /** The measured values of each measurement criterion as doubles, in order (a plain array: small typed arrays are costly to make). */
  readonly values: (ArrayLike<number> | undefined)[];
  /** The subgroup sizes of each measurement criterion given as subgroups, else null. */
  readonly groups: (number[] | null)[];
  /** The criteria whose entry the structural check does not read (audit answers per process step): decided by their kind's decimal evaluator. */
  readonly exactly: boolean[];
  /** Marks the criteria seen in the evidence being read. */
  readonly seen: number[];
  stamp: number;
}

/**
 * Returns an empty holder for evidence read against a compiled profile (reusable: each call of
 * `matchFast` overwrites it).
 */
export function fastEvidenceHolder(compiled: CompiledProfile): FastEvidence {
  const n = compiled.criteria.length;
  return {
    evidence: {},
    supplier: { id: '', name: '' },
    auditDate: '',
    auditor: undefined,
    processSteps: undefined,
    warnings: [],
    entries: new Array<Entry | undefined>(n).fill(undefined),
    values: new Array<ArrayLike<number> | undefined>(n).fill(undefined),
    groups: new Array<number[] | null>(n).fill(null),
    exactly: new Array<boolean>(n).fill(false),
    seen: new Array<number>(n).fill(0),
    stamp: 0,
  };
}

/** A plain object: its prototype is `Object.prototype` (of any realm, e.g. a spreadsheet host's) or null. */
function isPlainObject(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= 200 && !isSpace(v.charCodeAt(0)) && !isSpace(v.charCodeAt(v.length - 1));
const isText = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 2000;
const isNote = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length <= 10000);
const isOptionalText = (v: unknown): boolean => v === undefined || isText(v);
const isIntIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isDecimal = (v: unknown): boolean => (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && isPlainDecimalText(v));

/** Returns the sign of a finite number or decimal text (a double compares with 0 exactly). */
const signOf = (v: number | string): number => (typeof v === 'number' ? (v > 0 ? 1 : v < 0 ? -1 : 0) : compareInputToText(v, '0'));

/**
 * Returns whether a value is a calendar date `YYYY-MM-DD` (as `isCalendarDate`), remembered per text
 * in the compiled profile.
 *
 * @example
 * isDateText(compiled, '2026-02-30')
 * //=> false
 */
export function isDateText(compiled: CompiledProfile, v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const dates = compiled.dates;
  let known = dates.get(v);
  if (known === undefined) {
    known = isCalendarDate(v);
    if (dates.size >= CACHE_LIMIT) dates.clear();
    dates.set(v, known);
  }
  return known;
}

const AUDIT_KEYS = new Set(['criterion', 'points', 'notApplicable', 'reason', 'note', 'results']);
const CERTIFICATE_KEYS = new Set(['criterion', 'standard', 'number', 'issued', 'expires', 'issuer', 'scope', 'note']);
const METRIC_KEYS = new Set(['criterion', 'value', 'numerator', 'denominator', 'note']);
const MEASUREMENT_KEYS = new Set(['criterion', 'values', 'unit', 'note']);
const DOCUMENT_KEYS = new Set(['criterion', 'status', 'date', 'reference', 'note']);
const CHECK_KEYS = new Set(['criterion', 'value', 'note']);
const INSPECTION_KEYS = new Set(['criterion', 'lots', 'note']);
const LOT_KEYS = new Set(['id', 'lotSize', 'inspected', 'nonconforming', 'productionIrregular']);

function onlyKeys(entry: Entry, keys: ReadonlySet<string>): boolean {
  for (const key in entry) if (!keys.has(key)) return false;
  return true;
}

/** Checks one measured-values list and reads it into doubles; false when the schema would refuse it. */
function readValues(holder: FastEvidence, index: number, values: unknown): boolean {
  if (!Array.isArray(values)) return false;
  const n = values.length;
  if (n > 0 && Array.isArray(values[0])) {
    if (n > 100_000) return false;
    let total = 0;
    for (let g = 0; g < n; g++) {
      const group: unknown = values[g];
      if (!Array.isArray(group) || group.length < 1 || group.length > 1000) return false;
      total += group.length;
    }
    if (total > 1_000_000) return false;
    const floats = new Array<number>(total);
    const sizes: number[] = new Array<number>(n);
    let k = 0;
    for (let g = 0; g < n; g++) {
      const group = values[g] as unknown[];
      sizes[g] = group.length;
      for (let j = 0; j < group.length; j++) {
        const v: unknown = group[j];
        const f = typeof v === 'string' ? decimalTextValue(v) : typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
        if (f !== f) return false;
        floats[k++] = f;
      }
    }
    holder.values[index] = floats;
    holder.groups[index] = sizes;
    return true;
  }
  if (n > 1_000_000) return false;
  const floats = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = values[i];
    const f = typeof v === 'string' ? decimalTextValue(v) : typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
    if (f !== f) return false;
    floats[i] = f;
  }
  holder.values[index] = floats;
  holder.groups[index] = null;
  return true;
}

/** Returns whether an entry is valid for its criterion (schema and cross-checks), reading measured values. */
function entryFits(compiled: CompiledProfile, holder: FastEvidence, c: CompiledCriterion, e: Entry): boolean {
  if (!isNote(e.note)) return false;
  switch (c.kind) {
    case 'audit-question': {
      if (!onlyKeys(e, AUDIT_KEYS) || !isNote(e.reason)) return false;
      const { points, results, notApplicable } = e;
      if (notApplicable !== undefined && typeof notApplicable !== 'boolean') return false;
      let given = notApplicable === true ? 1 : 0;
      if (points !== undefined) {
        if (!isIntIn(points, 0, 1000) || !c.levels.has(points)) return false;
        given++;
      }
      if (results !== undefined) {
        if (!Array.isArray(results) || results.length < 1 || results.length > 1000) return false;
        for (let i = 0; i < results.length; i++) {
          const r: unknown = results[i];
          if (!isIntIn(r, 0, 1000) || !c.levels.has(r)) return false;
        }
        given++;
      }
      return given === 1 && (notApplicable !== true || c.allowNotApplicable);
    }
    case 'certificate': {
      if (!onlyKeys(e, CERTIFICATE_KEYS) || !isText(e.standard) || !isDateText(compiled, e.expires)) return false;
      if (!isOptionalText(e.number) || !isOptionalText(e.issuer) || !isNote(e.scope)) return false;
      if (e.issued !== undefined && (!isDateText(compiled, e.issued) || dayNumber(e.expires) < dayNumber(e.issued))) return false;
      return true;
    }
    case 'metric': {
      if (!onlyKeys(e, METRIC_KEYS)) return false;
      const { value, numerator, denominator } = e;
      if (value !== undefined) return isDecimal(value) && numerator === undefined && denominator === undefined;
      if (numerator === undefined || denominator === undefined || !isDecimal(numerator) || !isDecimal(denominator)) return false;
      return signOf(denominator as number | string) > 0 && signOf(numerator as number | string) >= 0;
    }
    case 'measurement': {
      if (!onlyKeys(e, MEASUREMENT_KEYS)) return false;
      const unit = e.unit;
      if (unit !== undefined) {
        if (typeof unit !== 'string' || unit.length < 1 || unit.length > 30) return false;
        if (unitConversionIssues(unit, c.criterion.unit, []).length > 0) return false;
      }
      return readValues(holder, c.index, e.values);
    }
    case 'document': {
      if (!onlyKeys(e, DOCUMENT_KEYS) || !isOptionalText(e.reference)) return false;
      const status = e.status;
      if (typeof status !== 'string' || status.length < 1 || status.length > 100) return false;
      return e.date === undefined || isDateText(compiled, e.date);
    }
    case 'check':
      return onlyKeys(e, CHECK_KEYS) && typeof e.value === 'boolean';
    case 'attribute-inspection': {
      if (!onlyKeys(e, INSPECTION_KEYS)) return false;
      const lots = e.lots;
      if (!Array.isArray(lots) || lots.length < 1 || lots.length > 10000) return false;
      for (let i = 0; i < lots.length; i++) {
        const lot: unknown = lots[i];
        if (!isPlainObject(lot) || !onlyKeys(lot, LOT_KEYS) || !isOptionalText(lot.id)) return false;
        if (lot.productionIrregular !== undefined && typeof lot.productionIrregular !== 'boolean') return false;
        const { lotSize, inspected, nonconforming } = lot;
        if (!isIntIn(lotSize, 2, 1_000_000_000) || !isIntIn(inspected, 0, Number.MAX_SAFE_INTEGER) || !isIntIn(nonconforming, 0, Number.MAX_SAFE_INTEGER)) return false;
        if (inspected > lotSize || nonconforming > inspected) return false;
      }
      return true;
    }
  }
}

const HEAD_KEYS = new Set(['$schema', 'supplier', 'auditDate', 'auditor', 'profile', 'entries']);
const SUPPLIER_KEYS = new Set(['id', 'name', 'region']);
const PROFILE_KEYS = new Set(['id', 'version']);

/**
 * Reads evidence against a compiled profile into `holder` when it is valid and plainly so: plain
 * objects and arrays, every field as the evidence schema and the per-kind checks want it, every
 * entry naming a criterion of the profile once, and nothing that would give a warning. Builds no
 * copies of the evidence. Returns false for anything else; the caller then parses with the schema,
 * which stays the source of truth and gives the list of problems. Never accepts what the schema
 * refuses (checked by property tests).
 *
 * @example
 * matchFast(compiledProfile(profile)!, evidence, fastEvidenceHolder(compiledProfile(profile)!))
 * //=> true
 */
export function matchFast(compiled: CompiledProfile, input: unknown, holder: FastEvidence): boolean {
  if (!isPlainObject(input) || !onlyKeys(input, HEAD_KEYS)) return false;
  const { supplier, auditDate, auditor, profile, entries } = input;
  if (input.$schema !== undefined && typeof input.$schema !== 'string') return false;
  if (!isPlainObject(supplier) || !onlyKeys(supplier, SUPPLIER_KEYS) || !isId(supplier.id) || !isText(supplier.name) || !isOptionalText(supplier.region)) return false;
  if (!isDateText(compiled, auditDate) || !isOptionalText(auditor)) return false;
  if (profile !== undefined) {
    if (!isPlainObject(profile) || !onlyKeys(profile, PROFILE_KEYS) || !isId(profile.id)) return false;
    if (profile.version !== undefined && typeof profile.version !== 'string') return false;
    if (profile.id !== compiled.profile.id) return false;
  }
  if (!Array.isArray(entries) || entries.length > 100_000) return false;
  const stamp = ++holder.stamp;
  if (stamp === 0x7fffffff) {
    holder.seen.fill(0);
    holder.stamp = 1;
  }
  const seen = holder.seen;
  const mark = holder.stamp;
  const byId = compiled.byId;
  const list = compiled.criteria;
  const slots = holder.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isPlainObject(entry)) return false;
    const id = entry.criterion;
    if (!isId(id)) return false;
    const index = byId.get(id);
    if (index === undefined || seen[index] === mark) return false;
    seen[index] = mark;
    if (!entryFits(compiled, holder, list[index] as CompiledCriterion, entry)) return false;
    slots[index] = entry;
  }
  for (let i = 0; i < slots.length; i++) if (seen[i] !== mark) slots[i] = undefined;
  holder.evidence = input;
  const region = supplier.region as string | undefined;
  holder.supplier = region === undefined ? { id: supplier.id as string, name: supplier.name as string } : { id: supplier.id as string, name: supplier.name as string, region };
  holder.auditDate = auditDate;
  holder.auditor = auditor as string | undefined;
  holder.processSteps = undefined;
  holder.warnings = [];
  if (holder.exactly.includes(true)) holder.exactly.fill(false);
  return true;
}

/**
 * Reads evidence the schemas have parsed and matched against the profile (`checkEvidence`) into
 * `holder`: the entries placed by criterion position, measured values read as doubles, the process
 * steps and warnings kept. The way in for evidence the structural check is not sure of (warnings,
 * process steps, objects of another kind), so all evidence is evaluated by the same plan.
 *
 * @example
 * placeMatched(compiled, checkEvidence(profile, evidence).matched!, fastEvidenceHolder(compiled)).auditDate
 * //=> '2026-11-24'
 */
export function placeMatched(compiled: CompiledProfile, matched: MatchedEvidence, holder: FastEvidence): FastEvidence {
  const { supplier, auditDate, auditor, processSteps } = matched.evidence;
  for (const c of compiled.criteria) {
    const entry = matched.entries.get(c.criterion.id) as Entry | undefined;
    holder.entries[c.index] = entry;
    // Valid by the schemas: what the structural check does not read is decided by the kind's decimal evaluator.
    holder.exactly[c.index] = entry !== undefined && !entryFits(compiled, holder, c, entry);
  }
  holder.evidence = matched.evidence as unknown as Entry;
  holder.supplier = supplier.region === undefined ? { id: supplier.id, name: supplier.name } : { id: supplier.id, name: supplier.name, region: supplier.region };
  holder.auditDate = auditDate;
  holder.auditor = auditor;
  holder.processSteps = processSteps;
  holder.warnings = matched.warnings;
  return holder;
}
