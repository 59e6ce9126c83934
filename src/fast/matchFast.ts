import { staysInCalendar } from '../dates/addCalendarDays.js';
import type { MatchedEvidence } from '../parse/parseEvidence.js';
import { isDateText, isId, isNote, isOptionalText, isPlainObject, isText, onlyKeys } from './entryChecks.js';
import { planOf } from '../kinds/registry.js';
import type { CompiledCriterion, CompiledProfile, Entry, FastEvidence } from './plan.js';

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
    seen: new Array<number>(n).fill(0),
    stamp: 0,
  };
}

/** Returns whether an entry is valid for its criterion (schema and cross-checks), reading measured values. */
function entryFits(compiled: CompiledProfile, holder: FastEvidence, c: CompiledCriterion, e: Entry): boolean {
  return isNote(e.note) && planOf(c.kind).fits(compiled, holder, c, e);
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
  // An audit date whose re-audit due date would leave the calendar is a problem the schemas report.
  if (compiled.profile.decision.reauditDays !== undefined && !staysInCalendar(auditDate, compiled.profile.decision.reauditDays)) return false;
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
  return true;
}

/**
 * Reads evidence the schemas have parsed and matched against the profile (`checkEvidence`) into
 * `holder`: the entries placed by criterion position (each kind's plan reads its entry itself), the
 * process steps and warnings kept. The way in for evidence the structural check is not sure of (warnings,
 * process steps, objects of another kind), so all evidence is evaluated by the same plan.
 *
 * @example
 * placeMatched(compiled, checkEvidence(profile, evidence).matched!, fastEvidenceHolder(compiled)).auditDate
 * //=> '2026-11-24'
 */
export function placeMatched(compiled: CompiledProfile, matched: MatchedEvidence, holder: FastEvidence): FastEvidence {
  const { supplier, auditDate, auditor, processSteps } = matched.evidence;
  // Valid by the schemas: the kind's plan decides every entry from the entry itself (nothing is left
  // of what the structural check may have read into the holder before).
  for (const c of compiled.criteria) holder.entries[c.index] = matched.entries.get(c.criterion.id) as Entry | undefined;
  holder.values.fill(undefined);
  holder.groups.fill(null);
  holder.evidence = matched.evidence as unknown as Entry;
  holder.supplier = supplier.region === undefined ? { id: supplier.id, name: supplier.name } : { id: supplier.id, name: supplier.name, region: supplier.region };
  holder.auditDate = auditDate;
  holder.auditor = auditor;
  holder.processSteps = processSteps;
  holder.warnings = matched.warnings;
  return holder;
}
