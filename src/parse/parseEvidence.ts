import { evidenceSchemaByKind, type Criterion } from '../criteria/criterion.js';
import { closestName, createIssue, optionsIssues, pathText, shownText, ValidationError, type ValidationIssue } from '../errors/index.js';
import { evidenceSchema, type Evidence, type EvidenceEntry } from '../schema/evidence.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import type { Profile } from '../schema/profile.js';
import type { CriterionId, EvidenceInputFor, EvidenceWrittenInCode, ProfileShape, TypedProfile } from '../schema/profileShape.js';
import { entryIssues } from './entryIssues.js';
import { entryPrototypeKeyIssues } from './entryPrototypeKeyIssues.js';
import { entryShapeIssues } from './entryShapeIssues.js';
import { parseProfile } from './parseProfile.js';
import { processStepIssues } from './processStepIssues.js';
import { reauditDueIssues } from './reauditDueIssues.js';
import type { ParseResult } from './result.js';
import { appendAll } from '../lists/appendAll.js';
import { fieldNames } from '../schema/fieldNames.js';

/** Evidence checked against a profile: the entries by criterion id, each valid for its criterion's kind. */
export interface MatchedEvidence {
  readonly evidence: Evidence;
  readonly entries: ReadonlyMap<string, EvidenceEntry>;
  readonly warnings: readonly ValidationIssue[];
}

/**
 * Returns the criteria of a profile by id, in profile order.
 *
 * @example
 * criteriaById(profile).get('nozzle-d')?.kind
 * //=> 'measurement'
 */
export function criteriaById(profile: Profile): Map<string, Criterion> {
  const map = new Map<string, Criterion>();
  for (const category of profile.categories) for (const criterion of category.criteria) map.set(criterion.id, criterion);
  return map;
}

const byProfile = new WeakMap<Profile, Map<string, Criterion>>();
const byNormalId = new WeakMap<Profile, Map<string, Criterion>>();

/**
 * Returns the criterion an evidence entry names: by its id as written, else by its NFC form (ids
 * equal after NFC normalisation are one id, so `é` written decomposed finds `é`). Case matters.
 */
function criterionNamed(profile: Profile, id: string): Criterion | undefined {
  const exact = cachedCriteriaById(profile).get(id);
  if (exact) return exact;
  let normal = byNormalId.get(profile);
  if (!normal) {
    normal = new Map([...cachedCriteriaById(profile)].map(([key, criterion]) => [key.normalize('NFC'), criterion]));
    if (Object.isFrozen(profile)) byNormalId.set(profile, normal);
  }
  return normal.get(id.normalize('NFC'));
}

/** Returns the criteria of a (parsed, frozen) profile by id, computed once per profile. */
export function cachedCriteriaById(profile: Profile): Map<string, Criterion> {
  let map = byProfile.get(profile);
  if (!map) {
    map = criteriaById(profile);
    if (Object.isFrozen(profile)) byProfile.set(profile, map);
  }
  return map;
}

/**
 * Returns the evidence matched against a profile: every entry validated for its criterion's kind and
 * keyed by its criterion's id, or every problem found. Entries for criteria the profile does not have
 * are warnings, not errors.
 */
export function matchEvidence(profile: Profile, evidence: Evidence): { issues: ValidationIssue[]; matched: MatchedEvidence } {
  const issues: ValidationIssue[] = reauditDueIssues(profile, evidence.auditDate);
  const warnings: ValidationIssue[] = [];
  const entries = new Map<string, EvidenceEntry>();
  const firstAt = new Map<string, string>();
  if (evidence.profile && evidence.profile.id !== profile.id) {
    warnings.push(createIssue('custom', ['profile', 'id'], {
      message: `This evidence was collected for profile "${evidence.profile.id}", not "${profile.id}".`,
    }));
  }
  evidence.entries.forEach((entry, i) => {
    const at = ['entries', i];
    const criterion = criterionNamed(profile, entry.criterion);
    if (!criterion) {
      // The closest id for the first hundred (a list of a hundred thousand strays needs no more).
      const suggestion = warnings.length < 100 ? closestName(entry.criterion, cachedCriteriaById(profile).keys()) : undefined;
      warnings.push(createIssue('unknown_criterion', [...at, 'criterion'], { id: entry.criterion, ...(suggestion ? { suggestion: shownText(suggestion) } : {}) }));
      return;
    }
    const first = firstAt.get(criterion.id);
    if (first !== undefined) {
      issues.push(createIssue('duplicate_entry', [...at, 'criterion'], { id: entry.criterion, first }));
      return;
    }
    firstAt.set(criterion.id, pathText(at));
    const parsed = evidenceSchemaByKind[criterion.kind].safeParse(entry);
    if (!parsed.success) {
      appendAll(issues, fromZodIssues(parsed.error.issues, entry, at, fieldNames(evidenceSchemaByKind[criterion.kind])));
      return;
    }
    const problems = entryIssues(criterion, parsed.data, at);
    if (problems.length > 0) {
      appendAll(issues, problems);
      return;
    }
    entries.set(criterion.id, parsed.data as EvidenceEntry);
  });
  appendAll(issues, processStepIssues(evidence));
  return { issues: withCriteria(issues, evidence), matched: { evidence, entries, warnings: withCriteria(warnings, evidence) } };
}

/**
 * Returns the issues with the criterion id each evidence entry names, for `issueWhere` to show beside
 * the entry's path (`entries[1] (throat-d).values`). The id is read as an own data property only.
 */
function withCriteria(issues: readonly ValidationIssue[], input: unknown): ValidationIssue[] {
  const entries = input !== null && typeof input === 'object' ? Object.getOwnPropertyDescriptor(input, 'entries')?.value : undefined;
  if (!Array.isArray(entries)) return [...issues];
  return issues.map((issue) => {
    const [head, index] = issue.segments;
    if (head !== 'entries' || typeof index !== 'number' || issue.criterion !== undefined) return issue;
    const entry: unknown = entries[index];
    const id = entry !== null && typeof entry === 'object' ? Object.getOwnPropertyDescriptor(entry, 'criterion')?.value : undefined;
    return typeof id === 'string' && id !== '' ? { ...issue, criterion: shownText(id) } : issue;
  });
}

/**
 * Returns the evidence matched against a profile, or every problem found: the evidence's own shape
 * and, for every entry whose shape is sound, its fields against its criterion's kind, all at once.
 */
export function checkEvidence(profile: Profile, input: unknown): { issues: ValidationIssue[]; matched?: MatchedEvidence } {
  const parsed = evidenceSchema.safeParse(input);
  const prototypeKeys = entryPrototypeKeyIssues(input);
  if (parsed.success) {
    const { issues, matched } = matchEvidence(profile, parsed.data);
    const all = [...prototypeKeys, ...issues];
    return all.length > 0 ? { issues: withCriteria(all, input) } : { issues, matched };
  }
  const auditDate = (input as { auditDate?: unknown } | null)?.auditDate;
  const issues = [...fromZodIssues(parsed.error.issues, input, [], fieldNames(evidenceSchema)), ...(typeof auditDate === 'string' ? reauditDueIssues(profile, auditDate) : []), ...prototypeKeys];
  const entries = (input as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries)) {
    const broken = new Set(parsed.error.issues.filter((i) => i.path[0] === 'entries').map((i) => i.path[1]));
    const sound = entries.map((entry, i) => (broken.has(i) ? null : entry)) as EvidenceEntry[];
    const partial = { supplier: { id: '-', name: '-' }, auditDate: '2000-01-01', entries: sound } as Evidence;
    const more = matchEvidence(profile, { ...partial, entries: sound.filter((e) => e !== null) });
    // Re-index: matchEvidence numbered the sound entries only.
    const indexOf = sound.map((e, i) => (e === null ? -1 : i)).filter((i) => i >= 0);
    for (const issue of more.issues) {
      const [head, index, ...rest] = issue.segments;
      issues.push(head === 'entries' && typeof index === 'number' ? createIssue(issue.code, ['entries', indexOf[index] as number, ...rest], issue.params) : issue);
    }
  }
  return { issues: withCriteria(issues, input) };
}

/**
 * Returns the parsed evidence, or every problem with its path. With a profile (parsed, or plain JSON
 * that is parsed first: its problems are then the result), each entry is also checked against its
 * criterion's kind; without one, each entry must fit the evidence of some kind and name a criterion
 * no other entry names (see `entryShapeIssues`), so nothing `evaluate` would refuse whatever the
 * profile passes. Never throws for bad input.
 *
 * @example
 * parseEvidence({ supplier: { id: 's1', name: 'CV Maju' }, auditDate: '2026-02-30', entries: [] }).success
 * //=> false
 */
export function parseEvidence(input: unknown, options: { profile?: Profile } = {}): ParseResult<Evidence> {
  const given = options === null || typeof options !== 'object' ? undefined : options.profile;
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) return { success: false, error: new ValidationError(notAnObject, 'evidence') };
  if (given !== undefined) {
    // A profile given as plain JSON (or anything else) is parsed first; a parsed profile is taken as it is.
    const profile = parseProfile(given);
    if (!profile.success) return profile;
    const { issues, matched } = checkEvidence(profile.data, input);
    if (!matched) return { success: false, error: new ValidationError(issues, 'evidence') };
    return { success: true, data: matched.evidence, warnings: matched.warnings };
  }
  const parsed = evidenceSchema.safeParse(input);
  const prototypeKeys = entryPrototypeKeyIssues(input);
  const shapes = parsed.success ? entryShapeIssues(parsed.data) : [];
  if (!parsed.success || prototypeKeys.length > 0 || shapes.length > 0) {
    const issues = parsed.success ? [...prototypeKeys, ...shapes] : [...fromZodIssues(parsed.error.issues, input, [], fieldNames(evidenceSchema)), ...prototypeKeys];
    return { success: false, error: new ValidationError(withCriteria(issues, input), 'evidence') };
  }
  return { success: true, data: parsed.data, warnings: [] };
}

/**
 * Returns the parsed evidence, or throws one `ValidationError` listing every problem. With a profile
 * written in code (see `defineProfile`), evidence written in code may name only that profile's
 * criteria, each entry with the fields of its criterion's kind: a compile-time check.
 *
 * @example
 * defineEvidence({ supplier: { id: 's1', name: 'CV Maju' }, auditDate: '2026-11-28', entries: [] }).auditDate
 * //=> '2026-11-28'
 */
export function defineEvidence<S extends ProfileShape>(input: NoInfer<EvidenceInputFor<S>>, options: { profile: TypedProfile<S> }): Evidence;
export function defineEvidence<const T, P extends Profile = Profile>(
  input: EvidenceWrittenInCode<T> extends true ? (string extends CriterionId<P> ? T : never) : T,
  options?: { profile?: P },
): Evidence;
export function defineEvidence(input: unknown, options: { profile?: Profile } = {}): Evidence {
  const result = parseEvidence(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
