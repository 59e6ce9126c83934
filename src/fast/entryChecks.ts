import { isCalendarDate } from '../dates/calendarDate.js';
import { compareInputToText, decimalTextValue, isPlainDecimalText, isSpace } from './decimalText.js';
import { CACHE_LIMIT, type PlanCaches, type Entry, type FastEvidence } from './planParts.js';

/**
 * The pieces of the structural evidence check: each answers whether a value is as the evidence
 * schemas want it, without building copies. The kinds' plans check their entries with them.
 */

/** A plain object: its prototype is `Object.prototype` (of any realm, e.g. a spreadsheet host's) or null. */
export function isPlainObject(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

export const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= 200 && !isSpace(v.charCodeAt(0)) && !isSpace(v.charCodeAt(v.length - 1));
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 2000;
export const isNote = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length <= 10000);
export const isOptionalText = (v: unknown): boolean => v === undefined || isText(v);
export const isIntIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
export const isDecimal = (v: unknown): boolean => (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && isPlainDecimalText(v));

/** Returns the sign of a finite number or decimal text (a double compares with 0 exactly). */
export const signOf = (v: number | string): number => (typeof v === 'number' ? (v > 0 ? 1 : v < 0 ? -1 : 0) : compareInputToText(v, '0'));

/**
 * Returns whether a value is a calendar date `YYYY-MM-DD` (as `isCalendarDate`), remembered per text
 * in the compiled profile.
 *
 * @example
 * isDateText(compiled, '2026-02-30')
 * //=> false
 */
export function isDateText(compiled: PlanCaches, v: unknown): v is string {
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


export function onlyKeys(entry: Entry, keys: ReadonlySet<string>): boolean {
  for (const key in entry) if (!keys.has(key)) return false;
  return true;
}

/** Checks one measured-values list and reads it into doubles; false when the schema would refuse it. */
export function readValues(holder: FastEvidence, index: number, values: unknown): boolean {
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

